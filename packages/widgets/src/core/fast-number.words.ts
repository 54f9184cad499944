// CLDR's words after a number in it and en, for fast-number.ts.

/** A word after a number: the same after one and after many, or [after one, after many]. */
export type Word = string | readonly [one: string, other: string];
export const inflect = (word: Word, one: boolean): string =>
  typeof word === 'string' ? word : word[one ? 0 : 1];

/** CLDR's names of the schema's units (MEASURE_UNITS) after a number; English long: the unit's name, +s. */
export const UNIT_NAMES: Record<'itShort' | 'itLong' | 'enShort' | 'enGbShort', Record<string, Word>> = {
  itShort: {
    millisecond: 'ms',
    second: 's',
    minute: 'min',
    hour: 'h',
    day: ['giorno', 'giorni'],
    week: 'sett.',
    month: ['mese', 'mesi'],
    year: ['anno', 'anni'],
    megabyte: 'MB',
    gigabyte: 'GB',
    terabyte: 'TB',
  },
  itLong: {
    millisecond: ['millisecondo', 'millisecondi'],
    second: ['secondo', 'secondi'],
    minute: ['minuto', 'minuti'],
    hour: ['ora', 'ore'],
    day: ['giorno', 'giorni'],
    week: ['settimana', 'settimane'],
    month: ['mese', 'mesi'],
    year: ['anno', 'anni'],
    megabyte: 'megabyte',
    gigabyte: 'gigabyte',
    terabyte: 'terabyte',
  },
  enShort: {
    millisecond: 'ms',
    second: 'sec',
    minute: 'min',
    hour: 'hr',
    day: ['day', 'days'],
    week: ['wk', 'wks'],
    month: ['mth', 'mths'],
    year: ['yr', 'yrs'],
    megabyte: 'MB',
    gigabyte: 'GB',
    terabyte: 'TB',
  },
  enGbShort: {
    millisecond: 'ms',
    second: ['sec', 'secs'],
    minute: ['min', 'mins'],
    hour: ['hr', 'hrs'],
    day: ['day', 'days'],
    week: ['wk', 'wks'],
    month: ['mth', 'mths'],
    year: ['yr', 'yrs'],
    megabyte: 'MB',
    gigabyte: 'GB',
    terabyte: 'TB',
  },
};

/** Compact notation's words for 10³, 10⁶, 10⁹ and 10¹²: long ones for numbers, short ones for euros. */
export const COMPACT_NAMES: Record<'it' | 'en' | 'itEuro' | 'enEuro' | 'enGbEuro', readonly Word[]> = {
  it: [
    ['mille', 'mila'],
    ['milione', 'milioni'],
    ['miliardo', 'miliardi'],
    ['mille miliardi', 'mila miliardi'],
  ],
  en: ['thousand', 'million', 'billion', 'trillion'],
  itEuro: ['K', '\u00a0Mln', '\u00a0Mld', '\u00a0Bln'],
  enEuro: ['K', 'M', 'B', 'T'],
  enGbEuro: ['k', 'm', 'bn', 'tn'],
};
