import { NumericTarget, SlaDataset, SlaDeviation, SlaItem, SlaMeasure, TextTarget } from '../sla.js';
import { datasetFields } from './common.docs.js';
import { describe } from './describe.js';

export const sla = describe(SlaDataset, {
  about: {
    it: 'I livelli di servizio (SLA): per ognuno l’obiettivo, il valore rilevato e se è stato rispettato. Li mostra <cst-sla-table>.',
    en: 'Service levels (SLA): for each, its target, what was measured and whether it was met. Shown by <cst-sla-table>.',
  },
  fields: {
    ...datasetFields('sla', 'livelli di servizio', 'service levels'),
    atRiskMargin: {
      it: 'Sotto questo margine un SLA rispettato è "a rischio": punti percentuali per gli obiettivi in percento (0.5 = mezzo punto), frazione dell’obiettivo per gli altri (0.05 = 5%). 0 o assente: nessun "a rischio".',
      en: 'Met items closer to the target than this are "at risk": percentage points for percent targets (0.5 = half a point), a fraction of the target for others (0.05 = 5%). 0 or absent: none at risk.',
      examples: [0.5, 0.05],
    },
    items: {
      it: 'Gli SLA, nell’ordine in cui mostrarli.',
      en: 'The service levels, in the order to show them.',
    },
  },
});

export const slaItem = describe(SlaItem, {
  about: {
    it: 'Un livello di servizio: codice, descrizione, obiettivo e valore rilevato. Stato e scostamento si calcolano dai numeri; vanno scritti solo quando i numeri non ci sono.',
    en: 'One service level: code, description, target and measure. Status and deviation are computed from the numbers; write them only where there are no numbers.',
  },
  fields: {
    code: {
      it: 'Il codice dello SLA, unico nel dataset.',
      en: 'The item’s code, unique in the dataset.',
      examples: ['SLA.1'],
    },
    label: {
      it: 'Che cosa misura lo SLA.',
      en: 'What the item measures.',
      examples: ['Tasso di disponibilità (uptime) dei sistemi database'],
    },
    target: {
      it: 'L’obiettivo: un numero con una direzione (almeno 99%, al massimo 7 ms) oppure un testo (entro 1h lavorativa).',
      en: 'The target: a number with a direction (at least 99%, at most 7 ms) or a text (within 1 working hour).',
      examples: [{ direction: 'at-least', value: 99, format: { style: 'percent' } }],
    },
    measured: {
      it: 'Il valore rilevato nel periodo: un numero (nel formato dell’obiettivo), un testo, o entrambi. null o assente: non rilevato.',
      en: 'What was measured in the period: a number (in the target’s format), a text, or both. null or absent: not measured.',
      examples: [{ value: 99.92 }, { text: 'Nessuno scostamento significativo' }],
    },
    deviation: {
      it: 'Lo scostamento dall’obiettivo, da scrivere solo se non si calcola (obiettivo o misura di testo): un numero o un testo.',
      en: 'How far from the target, to write only where it cannot be computed (a text target or measure): a number or a text.',
      examples: [{ value: 0 }],
    },
    status: {
      it: 'Lo stato: met (rispettato), at-risk (a rischio), breached (non rispettato), not-measured (non rilevato). Obbligatorio per obiettivi di testo; con i numeri si calcola, e se scritto deve concordare.',
      en: 'The status: met, at-risk, breached, not-measured. Required for text targets; computed from numbers, and when given it must agree.',
      examples: ['met'],
    },
  },
});

export const numericTarget = describe(NumericTarget, {
  about: {
    it: 'Un obiettivo numerico con una direzione: uptime "almeno 99%", risposta "al massimo 7 ms".',
    en: 'A numeric target with a direction: uptime "at least 99%", response "at most 7 ms".',
  },
  fields: {
    direction: {
      it: 'at-least: il valore rilevato deve essere almeno l’obiettivo; at-most: al massimo.',
      en: 'at-least: the measure must reach the target; at-most: it must not exceed it.',
      examples: ['at-least', 'at-most'],
    },
    value: { it: 'L’obiettivo, come numero JSON.', en: 'The target, as a JSON number.', examples: [99, 7] },
    format: {
      it: 'Come scrivere obiettivo e valore rilevato (percentuale, unità…).',
      en: 'How to write the target and the measure (percent, unit…).',
      examples: [{ style: 'unit', unit: 'millisecond' }],
    },
    text: {
      it: 'Parole da mostrare al posto del numero.',
      en: 'Words to show instead of the number.',
      examples: ['Ogni 6 mesi'],
    },
  },
});

export const textTarget = describe(TextTarget, {
  about: {
    it: 'Un obiettivo a parole ("entro 1h lavorativa"): stato e scostamento vanno scritti nello SLA.',
    en: 'A target in words ("within 1 working hour"): the item must state its status and deviation.',
  },
  fields: {
    direction: {
      it: 'Sempre "text": l’obiettivo è a parole.',
      en: 'Always "text": the target is in words.',
      examples: ['text'],
    },
    text: { it: 'L’obiettivo a parole.', en: 'The target in words.', examples: ['entro 1h lavorativa'] },
  },
});

const [measuredNumber, measuredText] = SlaMeasure.options;
export const slaMeasureNumber = describe(measuredNumber, {
  about: {
    it: 'Un valore rilevato numerico, con parole facoltative.',
    en: 'A numeric measure, with optional words.',
  },
  fields: {
    value: {
      it: 'Il valore rilevato, come numero JSON nel formato dell’obiettivo.',
      en: 'The measure, as a JSON number in the target’s format.',
      examples: [99.92],
    },
    text: { it: 'Parole da mostrare al posto del numero.', en: 'Words to show instead of the number.' },
  },
});
export const slaMeasureText = describe(measuredText, {
  about: { it: 'Un valore rilevato a parole.', en: 'A measure in words.' },
  fields: {
    text: {
      it: 'Il valore rilevato a parole.',
      en: 'The measure in words.',
      examples: ['Nessuno scostamento significativo'],
    },
  },
});

const [deviationNumber, deviationText] = SlaDeviation.options;
export const slaDeviationNumber = describe(deviationNumber, {
  about: { it: 'Uno scostamento numerico.', en: 'A numeric deviation.' },
  fields: {
    value: {
      it: 'Lo scostamento: positivo quando meglio dell’obiettivo.',
      en: 'The deviation: positive when better than the target.',
      examples: [0],
    },
    unit: {
      it: 'percent (relativo, in percento: il valore predefinito) oppure pp (punti percentuali).',
      en: 'percent (relative, in percent: the default) or pp (percentage points).',
      examples: ['pp'],
    },
  },
});
export const slaDeviationText = describe(deviationText, {
  about: { it: 'Uno scostamento a parole.', en: 'A deviation in words.' },
  fields: {
    text: {
      it: 'Lo scostamento a parole.',
      en: 'The deviation in words.',
      examples: ['Nessuno scostamento significativo'],
    },
  },
});
