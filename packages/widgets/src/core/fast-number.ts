// Number formatting without Intl for the locales we ship words for: building Intl formatters is
// the largest part of a first render (bench/README.md, "Formatting without Intl"); this writes what
// Intl writes (CLDR) instead, and leaves every other locale and option to Intl.
import { COMPACT_NAMES, UNIT_NAMES, type Word, inflect } from './fast-number.words.js';

/** The language and variant this writes for; undefined for a locale left to Intl. */
export function shipped(locale: string): 'it' | 'en' | 'en-GB' | undefined {
  if (locale === 'it' || locale === 'it-IT') return 'it';
  if (locale === 'en' || locale === 'en-US') return 'en';
  return locale === 'en-GB' ? 'en-GB' : undefined;
}

/** The sign written, by signDisplay, before a positive, a negative, a positive zero and a negative zero. */
const SIGNS: Record<string, readonly [string, string, string, string]> = {
  auto: ['', '-', '', '-'],
  always: ['+', '-', '+', '-'],
  exceptZero: ['+', '-', '', ''],
  never: ['', '', '', ''],
};

/** The values of each option this writes (fraction digits: 0–20); anything else is left to Intl. */
const VALUES: Record<string, readonly string[]> = {
  style: ['decimal', 'percent', 'currency', 'unit'],
  currency: ['EUR'],
  unit: Object.keys(UNIT_NAMES.itShort),
  unitDisplay: ['short', 'long'],
  notation: ['standard', 'compact'],
  compactDisplay: ['long'],
  useGrouping: ['always', 'min2', 'auto'],
  signDisplay: Object.keys(SIGNS),
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
      /Fr/.test(key) ? !(Number.isInteger(value) && value >= 0 && value <= 20) : !VALUES[key]?.includes(value) // null too: Intl reads it as 0 or "null"
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
  const language = shipped(locale);
  const it = language === 'it';
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
    !language ||
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
  const signs = SIGNS[signDisplay]!;
  const unitName: Word =
    long && !it
      ? [unit, `${unit}s`]
      : (UNIT_NAMES[it ? (long ? 'itLong' : 'itShort') : language === 'en-GB' ? 'enGbShort' : 'enShort'][
          unit
        ] ?? '');
  const compactNames =
    COMPACT_NAMES[
      euro ? (it ? 'itEuro' : language === 'en-GB' ? 'enGbEuro' : 'enEuro') : language === 'it' ? 'it' : 'en'
    ];
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
    const negative = 1 / value < 0; // -0 too
    const zero = !/[1-9]/.test(int + frac);
    const sign = signs[(negative ? 1 : 0) + (zero ? 2 : 0)];
    const one = int === '1' && !frac; // CLDR's plural "one" in it and en
    const number =
      (int.length < from ? int : int.replace(/\B(?=(\d{3})+$)/g, it ? '.' : ',')) +
      (frac ? (it ? ',' : '.') + frac : '');
    const power = thousands ? inflect(compactNames[thousands - 1]!, one) : '';
    return (
      sign +
      (euro
        ? it
          ? number + power + '\u00a0€'
          : '€' + number + power
        : power === 'mille'
          ? power
          : number + (percent ? '%' : units ? ' ' + inflect(unitName, one) : power && ' ' + power))
    );
  };
}
