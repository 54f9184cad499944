import { Annotation, Series, SeriesDataset, SeriesX, SeriesY, Threshold } from '../series.js';
import { datasetFields } from './common.docs.js';
import { describe } from './describe.js';

export const series = describe(SeriesDataset, {
  about: {
    it: 'Una o più serie di valori nel tempo (anni, date o istanti), per esempio le credenziali rilasciate dal 2007 al 2016. La mostrano <cst-trend-line> e <cst-bar-chart>.',
    en: 'One or more series of values over time (years, dates or instants), such as credentials released 2007–2016. Shown by <cst-trend-line> and <cst-bar-chart>.',
  },
  fields: {
    ...datasetFields('series', 'serie nel tempo', 'series over time'),
    x: {
      it: 'L’asse orizzontale: che cosa è x (year, date o datetime) e il suo nome.',
      en: 'The horizontal axis: what x is (year, date or datetime) and its name.',
      examples: [{ type: 'year', label: 'Anno' }],
    },
    y: {
      it: 'L’asse verticale: il nome e come scrivere i numeri. Facoltativo.',
      en: 'The vertical axis: its name and how to write its numbers. Optional.',
      examples: [{ label: 'Credenziali rilasciate', format: { style: 'count' } }],
    },
    cumulative: {
      it: 'true se i valori sono quantità per periodo la cui somma è il totale (rilasci → attive): l’elemento può mostrare anche il totale progressivo.',
      en: 'true when the values are per-period amounts whose running sum is the stock (releases → active): the element can show the running total too.',
      examples: [true],
    },
    series: {
      it: 'Le serie, ciascuna con le sue coppie [x, y].',
      en: 'The series, each with its [x, y] pairs.',
    },
    thresholds: {
      it: 'Linee orizzontali di riferimento, per esempio l’obiettivo del 99%.',
      en: 'Horizontal reference lines, such as the 99% target.',
      examples: [[{ value: 99, label: 'Obiettivo SLA' }]],
    },
    annotations: {
      it: 'Momenti da segnare sull’asse orizzontale, con un’etichetta.',
      en: 'Moments to mark on the horizontal axis, with a label.',
      examples: [[{ x: 2010, label: 'Arriva la CNS' }]],
    },
  },
});

export const seriesX = describe(SeriesX, {
  about: { it: 'L’asse orizzontale di una serie.', en: 'A series’ horizontal axis.' },
  fields: {
    type: {
      it: 'year (x è un anno: 2016), date (x è una data: "2016-12-31", o la sua mezzanotte UTC in millisecondi dal 1970: 1483142400000) o datetime (x è un istante con lo scarto: "2016-12-31T18:00:00+01:00", o i suoi millisecondi dal 1970: 1483203600000, come li dà Date.getTime()).',
      en: 'year (x is a year: 2016), date (x is a date: "2016-12-31", or its midnight UTC in milliseconds since 1970: 1483142400000) or datetime (x is an instant with its offset: "2016-12-31T18:00:00+01:00", or its milliseconds since 1970: 1483203600000, as Date.getTime() gives them).',
      examples: ['year', 'date', 'datetime'],
    },
    label: { it: 'Il nome dell’asse.', en: 'The axis’ name.', examples: ['Anno'] },
  },
});

export const seriesY = describe(SeriesY, {
  about: { it: 'L’asse verticale di una serie.', en: 'A series’ vertical axis.' },
  fields: {
    label: { it: 'Il nome dell’asse.', en: 'The axis’ name.', examples: ['Credenziali rilasciate'] },
    format: {
      it: 'Come scrivere i numeri dell’asse e delle serie che non ne hanno uno proprio.',
      en: 'How to write the axis’ numbers and those of series without a format of their own.',
      examples: [{ style: 'count' }],
    },
  },
});

export const seriesLine = describe(Series, {
  about: { it: 'Una serie: un nome e le sue coppie [x, y].', en: 'One series: a name and its [x, y] pairs.' },
  fields: {
    id: {
      it: 'Identificativo della serie, unico nel dataset.',
      en: 'The series’ id, unique in the dataset.',
      examples: ['active'],
    },
    label: {
      it: 'Il nome della serie nella legenda.',
      en: 'The series’ name in the legend.',
      examples: ['Credenziali attive'],
    },
    format: {
      it: 'Come scrivere i numeri di questa serie, se diverso dall’asse y.',
      en: 'How to write this series’ numbers, when not as the y axis.',
    },
    partOf: {
      it: 'L’identificativo di un’altra serie di cui questa è una parte ("di cui CNS" è parte delle credenziali attive).',
      en: 'The id of another series this one is part of ("of which CNS" is part of the active credentials).',
      examples: ['active'],
    },
    points: {
      it: 'Le coppie [x, y] in ordine di x crescente: x come dice x.type (un anno; una data o un istante in testo ISO o in millisecondi dal 1970), y un numero JSON o null per un buco.',
      en: 'The [x, y] pairs in ascending x: x as x.type says (a year; a date or an instant as ISO text or in milliseconds since 1970), y a JSON number or null for a gap.',
      examples: [
        [
          [2015, 12022],
          [2016, 13584],
        ],
      ],
    },
  },
});

export const threshold = describe(Threshold, {
  about: { it: 'Una linea orizzontale di riferimento.', en: 'A horizontal reference line.' },
  fields: {
    value: {
      it: 'Dove passa la linea, sull’asse y.',
      en: 'Where the line is, on the y axis.',
      examples: [99],
    },
    label: {
      it: 'Che cosa indica la linea, senza il valore: l’elemento lo scrive accanto, nel formato dell’asse y e nella lingua della pagina («Obiettivo SLA: 99%»).',
      en: 'What the line stands for, without its value: the element writes the value beside it, in the y axis format and the page’s language ("Obiettivo SLA: 99%").',
      examples: ['Obiettivo SLA'],
    },
  },
});

export const annotation = describe(Annotation, {
  about: { it: 'Un momento segnato sull’asse orizzontale.', en: 'A moment marked on the horizontal axis.' },
  fields: {
    x: {
      it: 'Il momento, scritto come le x dei punti.',
      en: 'The moment, written as the points’ x.',
      examples: [2010],
    },
    label: {
      it: 'Che cosa è successo in quel momento.',
      en: 'What happened at the time.',
      examples: ['Arriva la CNS'],
    },
  },
});
