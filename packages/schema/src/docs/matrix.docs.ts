import { MatrixColumn, MatrixDataset, MatrixRow, MatrixRowNoun, MatrixStatus } from '../matrix.js';
import { datasetFields } from './common.docs.js';
import { describe } from './describe.js';

export const matrix = describe(MatrixDataset, {
  about: {
    it: 'Una matrice enti × servizi: in ogni casella lo stato di un servizio in un ente (✓ online, in corso, non richiesto…). La mostra <cst-deployment-matrix>.',
    en: 'An entities × services grid: each cell holds a service’s status in an entity (✓ online, in progress, not requested…). Shown by <cst-deployment-matrix>.',
  },
  fields: {
    ...datasetFields('matrix', 'matrice enti × servizi', 'entities × services'),
    rows: {
      it: 'Le righe: gli enti (comuni, scuole, uffici…).',
      en: 'The rows: the entities (municipalities, schools, offices…).',
    },
    columns: { it: 'Le colonne: i servizi.', en: 'The columns: the services.' },
    statuses: {
      it: 'Il vocabolario degli stati che le caselle possono avere, con etichetta e significato.',
      en: 'The vocabulary of statuses the cells may hold, with label and meaning.',
    },
    cells: {
      it: 'Una lista per riga, con una casella per colonna, nello stesso ordine di rows e columns: l’identificativo di uno stato, o null (niente da dire).',
      en: 'One list per row, with one cell per column, in the order of rows and columns: a status id, or null (nothing to say).',
      examples: [[['online', 'wip', null]]],
    },
    rowNoun: {
      it: 'Che cosa sono le righe, per lingua ("it", "en"): il nome al singolare e al plurale. La matrice lo usa nell’intestazione della prima colonna, nella ricerca e nel conteggio ("Scuola", "Cerca scuole", "12 scuole su 28"). Facoltativo: senza, "Ente" ed "enti" (in inglese "Entity", "entities"); l’attributo row-noun dell’elemento vince su questo campo.',
      en: 'What the rows are, by language ("it", "en"): the noun in the singular and the plural. The matrix uses it in the first column’s heading, its search and its count ("School", "Find schools", "12 of 28 schools"). Optional: without it, "Ente" and "enti" (in English "Entity", "entities"); the element’s row-noun attribute wins over this field.',
      examples: [{ it: { one: 'scuola', other: 'scuole' }, en: { one: 'school', other: 'schools' } }],
    },
  },
});

export const matrixRowNoun = describe(MatrixRowNoun, {
  about: {
    it: 'Un nome al singolare e al plurale, come lo scrive una lingua.',
    en: 'A noun in the singular and the plural, as a language writes it.',
  },
  fields: {
    one: {
      it: 'Il singolare, in minuscolo.',
      en: 'The singular, in lower case.',
      examples: ['scuola', 'ufficio'],
    },
    other: {
      it: 'Il plurale, in minuscolo.',
      en: 'The plural, in lower case.',
      examples: ['scuole', 'uffici'],
    },
  },
});

export const matrixRow = describe(MatrixRow, {
  about: { it: 'Una riga della matrice: un ente.', en: 'A matrix row: an entity.' },
  fields: {
    id: {
      it: 'Identificativo della riga, unico nella matrice.',
      en: 'The row’s id, unique in the matrix.',
      examples: ['bagno-a-ripoli'],
    },
    label: { it: 'Il nome dell’ente.', en: 'The entity’s name.', examples: ['Bagno a Ripoli'] },
    istat: {
      it: 'Il codice ISTAT del comune, sei cifre. Facoltativo.',
      en: 'The municipality’s ISTAT code, six digits. Optional.',
      examples: ['048001'],
    },
  },
});

export const matrixColumn = describe(MatrixColumn, {
  about: { it: 'Una colonna della matrice: un servizio.', en: 'A matrix column: a service.' },
  fields: {
    id: {
      it: 'Identificativo della colonna, unico nella matrice.',
      en: 'The column’s id, unique in the matrix.',
      examples: ['rete-civica'],
    },
    label: { it: 'Il nome del servizio.', en: 'The service’s name.', examples: ['Rete civica rel. 2016'] },
    description: {
      it: 'Una spiegazione del servizio. Facoltativa.',
      en: 'An explanation of the service. Optional.',
    },
  },
});

export const matrixStatus = describe(MatrixStatus, {
  about: {
    it: 'Uno stato del vocabolario: l’etichetta è quello che si legge, il significato decide come appare.',
    en: 'A status of the vocabulary: its label is what readers see, its meaning decides how it looks.',
  },
  fields: {
    id: {
      it: 'Identificativo dello stato, usato nelle caselle.',
      en: 'The status’ id, used in the cells.',
      examples: ['online'],
    },
    label: {
      it: 'Il testo mostrato nella casella.',
      en: 'The text shown in the cell.',
      examples: ['✓ online', 'wip'],
    },
    meaning: {
      it: 'Il significato: done (fatto), in-progress (in corso), not-requested (non richiesto), not-applicable (non applicabile), none (nessuno). Più stati possono avere lo stesso significato ("✓ su store" e "✓ online" sono done).',
      en: 'The meaning: done, in-progress, not-requested, not-applicable, none. Several statuses may share one ("✓ su store" and "✓ online" are both done).',
      examples: ['done'],
    },
    description: {
      it: 'Il testo più lungo mostrato nella legenda. Facoltativo.',
      en: 'The longer wording shown in the legend. Optional.',
      examples: ['Attività completata'],
    },
  },
});
