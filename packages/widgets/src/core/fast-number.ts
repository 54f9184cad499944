// Number formatting without Intl for the locales we ship words for. The first Intl.NumberFormat
// of a page loads ICU data (16–42 ms in Chromium); this writes what Intl writes (CLDR) instead.

/** it, it-IT → 0; en, en-US → 1; en-GB → 2; any other locale → -1 (Intl's business). */
export const shipped = (locale: string): number =>
  ['it', 'it-IT', 'en', 'en-US', 'en-GB'].indexOf(locale) >> 1;

/** By signDisplay, the sign for [positive, negative, positive zero, negative zero] (after rounding). */
const SIGNS = [' - -', '+-+-', '+-  ', '    '];

/** The schema's MEASURE_UNITS. */
const UNITS = 'millisecond second minute hour day week month year megabyte gigabyte terabyte';

/** The values this writes, by option; fraction digits are 0–20. Anything else is left to Intl. */
const VALUES: Record<string, string> = {
  style: 'decimal percent currency unit',
  currency: 'EUR',
  unit: UNITS,
  unitDisplay: 'short long',
  notation: 'standard compact',
  compactDisplay: 'long',
  useGrouping: 'always min2 auto',
  signDisplay: 'auto always exceptZero never',
};

// CLDR's words, one entry per unit or power of a thousand: "stem/one/other" (giorn/o/i → giorno,
// giorni) or a word for both. Units: it short, it long, en short, en-GB short (en long: the
// unit's name, +s). Compact: it long, en long (10³, 10⁶, 10⁹, 10¹²), then the euro's short ones.
const UNIT_WORDS = [
  'ms,s,min,h,giorn/o/i,sett.,mes/e/i,ann/o/i,MB,GB,TB',
  'millisecond/o/i,second/o/i,minut/o/i,or/a/e,giorn/o/i,settiman/a/e,mes/e/i,ann/o/i,megabyte,gigabyte,terabyte',
  'ms,sec,min,hr,day//s,wk//s,mth//s,yr//s,MB,GB,TB',
  'ms,sec//s,min//s,hr//s,day//s,wk//s,mth//s,yr//s,MB,GB,TB',
];
const COMPACT_WORDS = [
  '/mille/mila,milion/e/i,miliard/o/i,/mille miliardi/mila miliardi',
  'thousand,million,billion,trillion',
  'K,\u00a0Mln,\u00a0Mld,\u00a0Bln',
  'K,M,B,T',
  'k,m,bn,tn',
];
const word = (entry: string, one: boolean) => {
  const [stem, a = '', b = a] = entry.split('/');
  return stem + (one ? a : b);
};

/**
 * The value rounded half away from zero to `max` decimals, as Intl does: on the shortest decimal
 * that reads back as the double (String(1.005) is "1.005", so it rounds to 1.01, not toFixed's
 * 1.00), times 10^shift (percent). Returns the integer digits and at least `min` decimals.
 */
export function roundDecimal(value: number, shift: number, min: number, max: number): [string, string] {
  const [mantissa = '', exponent = '0'] = String(Math.abs(value)).split('e');
  const [int = '', frac = ''] = mantissa.split('.');
  const digits = int + frac;
  const keep = int.length + Number(exponent) + shift + max; // digits left of the rounding point
  let scaled = keep > 0 ? BigInt(digits.slice(0, keep).padEnd(keep, '0')) : 0n;
  if (keep >= 0 && digits[keep]! >= '5') scaled++;
  const text = String(scaled).padStart(max + 1, '0');
  const point = text.length - max;
  return [text.slice(0, point), text.slice(point).replace(/0+$/, '').padEnd(min, '0')];
}

/**
 * A formatter for a shipped locale when every option is one this supports (decimal, percent, EUR,
 * the schema's units short or long; compact long for decimal and EUR; grouping auto, always or
 * min2; fraction digits; signDisplay); else undefined. It returns undefined for NaN and ±Infinity,
 * which Intl writes.
 */
export function fastNumber(
  locale: string,
  options: Intl.NumberFormatOptions,
): ((value: number) => string | undefined) | undefined {
  for (const [key, value] of Object.entries(options))
    if (
      /Fr/.test(key)
        ? !(Number.isInteger(value) && value >= 0 && value <= 20)
        : !VALUES[key]?.split(' ').includes(value) // null too: Intl reads it as 0 or "null"
    )
      return;
  const {
    style = 'decimal',
    unit = '',
    unitDisplay,
    notation,
    compactDisplay,
    minimumFractionDigits,
    maximumFractionDigits,
    signDisplay = 'auto',
  } = options;
  const compact = notation === 'compact';
  const { useGrouping = compact ? 'min2' : 'auto' } = options;
  const row = shipped(locale);
  const it = !row;
  const percent = style === 'percent';
  const euro = style === 'currency';
  const units = style === 'unit';
  const long = unitDisplay === 'long';
  // Intl's defaults: 0–3 decimals, 0 for percent, 2 for the euro; one given bounds the other.
  // Compact with neither: whole numbers, but at least 2 significant digits (1,2 milioni).
  const auto = compact && minimumFractionDigits === undefined && maximumFractionDigits === undefined;
  const min = auto ? 0 : (minimumFractionDigits ?? Math.min(euro ? 2 : 0, maximumFractionDigits ?? 2));
  const max = maximumFractionDigits ?? Math.max(euro ? 2 : percent ? 0 : 3, min);
  // Grouping starts at this many integer digits: it-IT's default ('auto') leaves 4788 ungrouped,
  // and so does compact's in every locale (1000 trillion).
  const from = useGrouping === 'min2' || (useGrouping === 'auto' && (it || compact)) ? 5 : 4;
  if (
    row < 0 ||
    min > max || // Intl throws
    (euro && !options.currency) ||
    (units && !unit) ||
    (compact &&
      (!compactDisplay ||
        percent ||
        units ||
        // Engines disagree on the euro's other bound here (Chromium 156: 0–3, Node 20: 2).
        (euro && (minimumFractionDigits === undefined) !== (maximumFractionDigits === undefined))))
  )
    return;
  const signs = SIGNS[VALUES.signDisplay!.split(' ').indexOf(signDisplay)]!;
  const unitWord =
    long && !it
      ? unit + '//s'
      : (UNIT_WORDS[row ? row + 1 : +long]!.split(',')[UNITS.split(' ').indexOf(unit)] ?? '');
  const compactWords = COMPACT_WORDS[euro ? row + 2 : +!it]!.split(',');
  return (value) => {
    if (!Number.isFinite(value)) return;
    // The exponent of the shortest decimal that reads back as the value (0 for 0).
    const magnitude = auto ? +value.toExponential().split('e')[1]! : 0;
    // Compact: the first power of a thousand under which the rounded value is below 1000, up
    // to 10¹² (999.950 → 1 milione), as ICU picks it: by magnitude, then once more if rounded up.
    let thousands = 0;
    const round = () =>
      roundDecimal(
        value,
        percent ? 2 : -3 * thousands,
        min,
        auto ? Math.max(0, 1 + 3 * thousands - magnitude) : max,
      );
    let [int, frac] = round();
    while (compact && int[3] && thousands < 4) {
      thousands++;
      [int, frac] = round();
    }
    const sign = signs[+(1 / value < 0) + (/[1-9]/.test(int + frac) ? 0 : 2)]!.trim(); // -0 too
    const one = int === '1' && !frac; // CLDR's plural "one" in it and en
    const number =
      (int.length < from ? int : int.replace(/\B(?=(\d{3})+$)/g, it ? '.' : ',')) +
      (frac ? (it ? ',' : '.') + frac : '');
    const power = thousands ? word(compactWords[thousands - 1]!, one) : '';
    return (
      sign +
      (euro
        ? it
          ? number + power + '\u00a0€'
          : '€' + number + power
        : power === 'mille'
          ? power
          : number + (percent ? '%' : units ? ' ' + word(unitWord, one) : power && ' ' + power))
    );
  };
}
