import { Attribution, ValueFormat } from '../common.js';
import { type Doc, describe } from './describe.js';

export const attribution = describe(Attribution, {
  about: {
    it: 'Chi pubblica qualcosa o da dove viene: un nome e, se c’è, un indirizzo web.',
    en: 'Who published something, or where it comes from: a name and, where there is one, a web address.',
  },
  fields: {
    name: {
      it: 'Il nome, come va mostrato ai lettori (un ente, una licenza, un documento).',
      en: 'The name, as readers should see it (an organisation, a licence, a document).',
      examples: ['Linea Comune S.p.A.', 'CC-BY-4.0'],
    },
    url: {
      it: 'Indirizzo web completo (con https://) dove saperne di più. Facoltativo.',
      en: 'Full web address (with https://) where to learn more. Optional.',
      examples: ['https://creativecommons.org/licenses/by/4.0/'],
    },
  },
});

export const valueFormat = describe(ValueFormat, {
  about: {
    it: 'Come si scrive un numero. Le percentuali si scrivono in percento, come nel report: 99.92 vuol dire 99,92%, mai 0,9992.',
    en: 'How a number is written. Percentages are written in percent, as the report states them: 99.92 means 99,92%, never 0.9992.',
  },
  fields: {
    style: {
      it: 'Il tipo di numero: count (interi, 4.788), decimal (con decimali), percent (99,92%), currency (11.240.255,77 €), unit (7 ms, 8 TB).',
      en: 'The kind of number: count (whole, 4,788), decimal, percent (99.92%), currency (€11,240,255.77), unit (7 ms, 8 TB).',
      examples: ['count', 'percent', 'currency'],
    },
    currency: {
      it: 'Codice ISO 4217 della valuta, per style "currency". Se manca: EUR.',
      en: 'ISO 4217 code of the currency, for style "currency". EUR when absent.',
      examples: ['EUR'],
    },
    unit: {
      it: 'L’unità di misura, per style "unit": il browser la scrive nella lingua della pagina (ms, GB, mesi…).',
      en: 'The unit of measure, for style "unit": the browser writes it in the page’s language (ms, GB, months…).',
      examples: ['millisecond', 'gigabyte', 'month'],
    },
    suffix: {
      it: 'Parole da scrivere dopo il numero quando non c’è un’unità adatta.',
      en: 'Words written after the number where no unit fits.',
      examples: ['CPU core', 'di RAM'],
    },
    minimumFractionDigits: {
      it: 'Il numero minimo di decimali da mostrare (da 0 a 6): con 2, 98.5 si scrive 98,50.',
      en: 'The fewest decimals to show (0 to 6): with 2, 98.5 is written 98.50.',
      examples: [2],
    },
    maximumFractionDigits: {
      it: 'Il numero massimo di decimali da mostrare (da 0 a 6): il numero si arrotonda.',
      en: 'The most decimals to show (0 to 6): the number is rounded.',
      examples: [1],
    },
    notation: {
      it: 'standard (2.200.000) oppure compact (2,2 Mln), per numeri grandi in poco spazio.',
      en: 'standard (2,200,000) or compact (2.2M), for large numbers in little space.',
      examples: ['compact'],
    },
  },
});

/** The fields every dataset has besides its own, worded once. */
export const datasetFields = (kind: string, what: string, whatEn: string) =>
  ({
    kind: {
      it: `Il tipo di dataset: qui "${kind}" (${what}). Decide quali elementi lo mostrano e quali campi ha.`,
      en: `The kind of dataset: here "${kind}" (${whatEn}). It decides which elements show it and which fields it has.`,
      examples: [kind],
    },
    title: {
      it: 'Il titolo, mostrato sopra i dati e letto dai lettori di schermo.',
      en: 'The title, shown above the figures and read by screen readers.',
      examples: ['Ticket gestiti'],
    },
    description: {
      it: 'Una frase che spiega i dati, mostrata sotto il titolo. Facoltativa.',
      en: 'A sentence that explains the figures, shown under the title. Optional.',
      examples: ['Nell’anno 2016 sono stati gestiti complessivamente 4.788 ticket'],
    },
    asOf: {
      it: 'La data a cui si riferiscono i dati, scritta AAAA-MM-GG. Facoltativa.',
      en: 'The date the figures refer to, written YYYY-MM-DD. Optional.',
      examples: ['2016-12-31'],
    },
    note: {
      it: 'Una nota mostrata sotto i dati (fonti, avvertenze). Facoltativa.',
      en: 'A note shown under the figures (sources, caveats). Optional.',
    },
    source: {
      it: 'Da dove vengono i dati di questo dataset, se diverso dalla fonte del documento.',
      en: 'Where this dataset’s figures come from, when not the document’s source.',
    },
  }) satisfies Record<string, Doc>;
