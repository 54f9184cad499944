import { ShareDataset, SharePart } from '../share.js';
import { datasetFields } from './common.docs.js';
import { describe } from './describe.js';

export const share = describe(ShareDataset, {
  about: {
    it: 'Le parti di un intero, per esempio desktop 70,2% e smartphone e tablet 29,8%. Le mostra <cst-share>.',
    en: 'The parts of a whole, such as desktop 70.2% and smartphone and tablet 29.8%. Shown by <cst-share>.',
  },
  fields: {
    ...datasetFields('share', 'parti di un intero', 'parts of a whole'),
    format: {
      it: 'Come scrivere i valori delle parti.',
      en: 'How to write the parts’ values.',
      examples: [{ style: 'percent', maximumFractionDigits: 1 }],
    },
    parts: { it: 'Le parti, nell’ordine in cui mostrarle.', en: 'The parts, in the order to show them.' },
  },
});

export const sharePart = describe(SharePart, {
  about: { it: 'Una parte dell’intero.', en: 'One part of the whole.' },
  fields: {
    id: {
      it: 'Identificativo della parte, unico nel dataset.',
      en: 'The part’s id, unique in the dataset.',
      examples: ['desktop'],
    },
    label: { it: 'Il nome della parte.', en: 'The part’s name.', examples: ['Smartphone e tablet'] },
    value: {
      it: 'Quanto vale la parte: un numero JSON, 0 o più.',
      en: 'The part’s amount: a JSON number, 0 or more.',
      examples: [29.8],
    },
  },
});
