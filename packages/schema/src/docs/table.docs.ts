import { TableColumn, TableDataset, TableGroup, TableRow, TotalRow } from '../table.js';
import { datasetFields } from './common.docs.js';
import { describe } from './describe.js';

export const table = describe(TableDataset, {
  about: {
    it: 'Una tabella con colonne tipizzate (testo, conteggi, importi, percentuali, variazioni), righe, gruppi e totali. La mostrano <cst-data-table> e <cst-bar-chart>.',
    en: 'A table with typed columns (text, counts, amounts, percents, changes), rows, groups and totals. Shown by <cst-data-table> and <cst-bar-chart>.',
  },
  fields: {
    ...datasetFields('table', 'una tabella', 'a table'),
    columns: {
      it: 'Le colonne, nell’ordine in cui mostrarle.',
      en: 'The columns, in the order to show them.',
    },
    rows: { it: 'Le righe, nell’ordine in cui mostrarle.', en: 'The rows, in the order to show them.' },
    groups: {
      it: 'Gruppi di righe con un titolo e un subtotale facoltativo. Facoltativi.',
      en: 'Groups of rows with a heading and an optional subtotal. Optional.',
    },
    total: {
      it: 'La riga dei totali. I valori scritti qui devono essere la somma delle righe.',
      en: 'The totals line. Values given here must be what the rows add up to.',
      examples: [{ label: 'Totale' }],
    },
  },
});

export const tableColumn = describe(TableColumn, {
  about: { it: 'Una colonna della tabella.', en: 'A table column.' },
  fields: {
    id: {
      it: 'Identificativo della colonna: le celle delle righe lo usano come chiave.',
      en: 'The column’s id: the rows’ cells use it as their key.',
      examples: ['y2016'],
    },
    label: { it: 'L’intestazione della colonna.', en: 'The column’s heading.', examples: ['Anno 2016'] },
    type: {
      it: 'Il tipo della colonna: text (testo), count (conteggio intero), decimal (con decimali), currency (importo), percent (in percento) o delta (variazione percentuale tra due colonne).',
      en: 'The column’s type: text, count (whole), decimal, currency (an amount), percent (in percent) or delta (percent change between two columns).',
      examples: ['count', 'currency', 'delta'],
    },
    group: {
      it: 'Un’intestazione comune a colonne vicine ("2015" sopra Operazioni e Importo).',
      en: 'A heading shared by adjacent columns ("2015" over Operations and Amount).',
      examples: ['2015'],
    },
    format: {
      it: 'Come scrivere i numeri della colonna, se diverso da quanto dice il tipo.',
      en: 'How to write the column’s numbers, when not as its type says.',
      examples: [{ style: 'currency', currency: 'EUR', minimumFractionDigits: 2 }],
    },
    of: {
      it: 'Per una colonna delta: le due colonne che confronta, [da, a]. Le celle vuote si calcolano.',
      en: 'For a delta column: the two columns it compares, [from, to]. Cells left out are computed.',
      examples: [['y2015', 'y2016']],
    },
    sum: {
      it: 'Per conteggi e importi: false se la colonna non va sommata nei totali (predefinito true).',
      en: 'For counts and amounts: false when the column must not be summed into totals (default true).',
      examples: [false],
    },
  },
});

export const tableRow = describe(TableRow, {
  about: { it: 'Una riga della tabella.', en: 'A table row.' },
  fields: {
    id: {
      it: 'Identificativo della riga. Facoltativo.',
      en: 'The row’s id. Optional.',
      examples: ['demografici'],
    },
    group: {
      it: 'L’identificativo del gruppo a cui appartiene la riga.',
      en: 'The id of the group the row belongs to.',
      examples: ['sol'],
    },
    cells: {
      it: 'Le celle, per identificativo di colonna: un testo (colonne text), un numero JSON, o null (mostrato "-").',
      en: 'The cells, by column id: a text (text columns), a JSON number, or null (shown as "-").',
      examples: [{ category: 'Demografici', y2015: 79831, y2016: 125107 }],
    },
  },
});

export const totalRow = describe(TotalRow, {
  about: {
    it: 'Una riga di totali: i valori scritti sono quelli del report, controllati contro la somma delle righe.',
    en: 'A totals line: values given are what the report states, checked against the rows’ sum.',
  },
  fields: {
    label: { it: 'L’etichetta della riga.', en: 'The line’s label.', examples: ['Totale'] },
    cells: {
      it: 'I totali per colonna. Quelli che mancano si calcolano.',
      en: 'The totals by column. Those left out are computed.',
      examples: [{ y2015: 809628, y2016: 981483 }],
    },
  },
});

export const tableGroup = describe(TableGroup, {
  about: { it: 'Un gruppo di righe.', en: 'A group of rows.' },
  fields: {
    id: {
      it: 'Identificativo del gruppo, usato dalle righe.',
      en: 'The group’s id, used by the rows.',
      examples: ['sol'],
    },
    label: { it: 'Il titolo del gruppo.', en: 'The group’s heading.', examples: ['SOL Servizi On Line'] },
    subtotal: {
      it: 'Il subtotale del gruppo. Facoltativo.',
      en: 'The group’s subtotal. Optional.',
      examples: [{ label: 'Totale SOL' }],
    },
  },
});
