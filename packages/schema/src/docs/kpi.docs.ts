import { KpiDataset } from '../kpi.js';
import { datasetFields } from './common.docs.js';
import { describe } from './describe.js';

export const kpi = describe(KpiDataset, {
  about: {
    it: 'Un indicatore: un numero con la sua etichetta, per esempio 55.211 credenziali attive o uptime 100%. Lo mostra <cst-kpi-tile>.',
    en: 'An indicator: one number with its label, such as 55,211 active credentials or 100% uptime. Shown by <cst-kpi-tile>.',
  },
  fields: {
    ...datasetFields('kpi', 'un indicatore', 'an indicator'),
    value: {
      it: 'Il valore, come numero JSON: 98.5 e non "98,5" (le percentuali in percento: 99.92 per 99,92%).',
      en: 'The value, as a JSON number: 98.5, not "98,5" (percentages in percent: 99.92 for 99.92%).',
      examples: [55211, 99.92],
    },
    format: {
      it: 'Come scrivere il valore (intero, percentuale, valuta, unità). Se manca, come numero.',
      en: 'How to write the value (whole, percent, currency, unit). A plain number when absent.',
      examples: [{ style: 'percent' }],
    },
    qualifier: {
      it: 'Se il valore è un limite e non un numero esatto: over ("oltre"), under ("meno di"), about ("circa").',
      en: 'When the value is a bound rather than an exact figure: over, under, about.',
      examples: ['over'],
    },
    previous: {
      it: 'Il valore del periodo precedente: l’elemento mostra la variazione (+2, ▲ 3,1%).',
      en: 'The previous period’s value: the element shows the change (+2, ▲ 3.1%).',
      examples: [354],
    },
    previousLabel: {
      it: 'Come si chiama il periodo precedente nei testi.',
      en: 'What the previous period is called in texts.',
      examples: ['2015'],
    },
    better: {
      it: 'In quale direzione la variazione è buona: up (più utenti), down (meno ticket), neutral.',
      en: 'Which way a change is good: up (more users), down (fewer tickets), neutral.',
      examples: ['up'],
    },
    target: {
      it: 'L’obiettivo da raggiungere, nello stesso formato del valore.',
      en: 'The target to reach, in the value’s format.',
      examples: [99],
    },
    trend: {
      it: 'L’identificativo di un dataset "series" dello stesso documento, disegnato come piccola linea sotto il valore.',
      en: 'The id of a "series" dataset of the same document, drawn as a small line under the value.',
      examples: ['credentials-by-year'],
    },
  },
});
