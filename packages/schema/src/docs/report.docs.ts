import { Period, ReportDocument } from '../report.js';
import { describe } from './describe.js';

export const report = describe(ReportDocument, {
  about: {
    it: 'Un report di cst-widgets: un documento JSON con i dati di un report e i suoi dataset, mostrati dagli elementi <cst-…> di una pagina.',
    en: 'A cst-widgets report: one JSON document with a report’s details and its datasets, shown by the <cst-…> elements of a page.',
  },
  fields: {
    $schema: {
      it: 'L’indirizzo di questo schema, perché l’editor (VS Code e altri) suggerisca i campi e segnali gli errori mentre scrivi. La libreria lo ignora.',
      en: 'This schema’s address, so that editors (VS Code and others) suggest fields and flag mistakes as you type. The library ignores it.',
      examples: ['https://unpkg.com/@cst/schema/report.schema.json'],
    },
    schemaVersion: {
      it: 'La versione dello schema in cui è scritto il documento: "1.0". Un documento di una versione più recente viene rifiutato con un messaggio chiaro.',
      en: 'The schema version the document is written in: "1.0". A document of a newer version is refused with a clear message.',
      examples: ['1.0'],
    },
    id: {
      it: 'Identificativo del report: minuscole, cifre e trattini.',
      en: 'The report’s id: lowercase letters, digits and hyphens.',
      examples: ['focus-2016'],
    },
    title: {
      it: 'Il titolo del report.',
      en: 'The report’s title.',
      examples: ['Centro Servizi: Focus Anno 2016'],
    },
    publisher: {
      it: 'Chi pubblica il report (un ente, una società).',
      en: 'Who publishes the report (an authority, a company).',
      examples: [{ name: 'Linea Comune S.p.A.' }],
    },
    locale: {
      it: 'La lingua in cui sono scritti i testi del documento, come codice BCP 47. Gli elementi la usano se la pagina non ne dice una.',
      en: 'The language the document’s texts are written in, as a BCP 47 tag. Elements use it when the page names none.',
      examples: ['it-IT'],
    },
    period: {
      it: 'Il periodo a cui si riferisce il report.',
      en: 'The period the report covers.',
      examples: [{ from: '2016-01-01', to: '2016-12-31', label: 'Anno 2016' }],
    },
    updatedAt: {
      it: 'Quando il documento è stato aggiornato l’ultima volta: data e ora con lo scarto dal tempo universale.',
      en: 'When the document was last updated: date and time with the offset from universal time.',
      examples: ['2017-01-31T09:00:00+01:00'],
    },
    license: {
      it: 'La licenza dei dati, per chi vuole riusarli.',
      en: 'The data’s licence, for those who want to reuse it.',
      examples: [{ name: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }],
    },
    source: {
      it: 'Da dove vengono i dati (il report originale, un sistema, un ufficio).',
      en: 'Where the figures come from (the original report, a system, an office).',
      examples: [{ name: 'Linea Comune S.p.A., Centro Servizi: "Focus Anno 2016"' }],
    },
    datasets: {
      it: 'I dataset del report, ciascuno con il suo identificativo: un elemento li sceglie con l’attributo dataset="…".',
      en: 'The report’s datasets, each under its id: an element picks one with its dataset="…" attribute.',
    },
  },
});

export const period = describe(Period, {
  about: { it: 'Un periodo di tempo, estremi compresi.', en: 'A span of time, both ends included.' },
  fields: {
    from: {
      it: 'Il primo giorno, scritto AAAA-MM-GG.',
      en: 'The first day, written YYYY-MM-DD.',
      examples: ['2016-01-01'],
    },
    to: {
      it: 'L’ultimo giorno, scritto AAAA-MM-GG.',
      en: 'The last day, written YYYY-MM-DD.',
      examples: ['2016-12-31'],
    },
    label: {
      it: 'Come chiamare il periodo nei testi. Facoltativo.',
      en: 'What to call the period in texts. Optional.',
      examples: ['Anno 2016'],
    },
  },
});
