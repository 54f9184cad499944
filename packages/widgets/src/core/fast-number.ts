// Number formatting without Intl for the locales we ship words for. The first Intl.NumberFormat
// of a page loads ICU data (16–42 ms in Chromium); this writes what Intl writes (CLDR) instead.

/** it, it-IT → 0; en, en-US → 1; en-GB → 2; any other locale → -1 (Intl's business). */
export const shipped = (locale: string): number =>
  ['it', 'it-IT', 'en', 'en-US', 'en-GB'].indexOf(locale) >> 1;

/** By signDisplay, the sign for [positive, negative, positive zero, negative zero] (after rounding). */
const SIGN_DISPLAYS = ['auto', 'always', 'exceptZero', 'never'];
const SIGNS = [' - -', '+-+-', '+-  ', '    '];

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
 * A formatter for a shipped locale when every option is one this supports (decimal, percent or
 * EUR; grouping auto, always or min2; fraction digits; signDisplay); else undefined. It returns
 * undefined for NaN and ±Infinity, which Intl writes.
 */
export function fastNumber(
  locale: string,
  options: Intl.NumberFormatOptions,
): ((value: number) => string | undefined) | undefined {
  const {
    style = 'decimal',
    currency,
    useGrouping = 'auto',
    minimumFractionDigits,
    maximumFractionDigits,
    signDisplay = 'auto',
    ...other
  } = options;
  const it = !shipped(locale);
  const signs = SIGNS[SIGN_DISPLAYS.indexOf(signDisplay)];
  const percent = style === 'percent';
  const euro = style === 'currency';
  // Intl's defaults: 0–3 decimals, 0 for percent, 2 for the euro; one given bounds the other.
  const min = minimumFractionDigits ?? Math.min(euro ? 2 : 0, maximumFractionDigits ?? 2);
  const max = maximumFractionDigits ?? Math.max(euro ? 2 : percent ? 0 : 3, min);
  // Grouping starts at this many integer digits: it-IT's default ('auto') leaves 4788 ungrouped.
  const from = useGrouping === 'min2' || (useGrouping === 'auto' && it) ? 5 : 4;
  if (
    shipped(locale) < 0 ||
    JSON.stringify(other) !== '{}' ||
    /null/.test(JSON.stringify(options)) || // Intl reads null as 0 or as "null"
    !signs ||
    (useGrouping !== 'always' && useGrouping !== 'min2' && useGrouping !== 'auto') ||
    (euro ? currency !== 'EUR' : currency !== undefined || (style !== 'decimal' && !percent)) ||
    !(Number.isInteger(min) && Number.isInteger(max) && min >= 0 && min <= max && max <= 20)
  )
    return;
  return (value) => {
    if (!Number.isFinite(value)) return;
    const [int, frac] = roundDecimal(value, percent ? 2 : 0, min, max);
    const sign = signs[+(value < 0 || Object.is(value, -0)) + (/[1-9]/.test(int + frac) ? 0 : 2)]!.trim();
    const number =
      (int.length < from ? int : int.replace(/\B(?=(\d{3})+$)/g, it ? '.' : ',')) +
      (frac ? (it ? ',' : '.') + frac : '');
    return sign + (euro ? (it ? number + '\u00a0€' : '€' + number) : percent ? number + '%' : number);
  };
}
