// Why this exists: the first Intl formatter a tab builds costs 15-20 ms in Chromium (35-40 ms at
// phone speed), once per page, inside the first render of whichever element formats first
// (bench/README.md, "Number and date formatting"). The formats most pages show, in Italian and
// English, are written here instead, exactly as Intl writes them (plain-number.test.ts compares the
// two); every other locale, option or value is left to Intl.

/** Separators and words of a language this writes. */
interface Language {
  group: string;
  decimal: string;
  /** Digits an integer part needs before it is grouped under useGrouping "auto" (CLDR). */
  minGrouping: number;
  euro: (number: string) => string;
  /** Short unit names this writes (those that change neither with the number nor the variant). */
  units: Record<string, string>;
}

const BYTES_AND_MS = {
  millisecond: 'ms',
  kilobyte: 'kB',
  megabyte: 'MB',
  gigabyte: 'GB',
  terabyte: 'TB',
  petabyte: 'PB',
};

const ITALIAN: Language = {
  group: '.',
  decimal: ',',
  minGrouping: 2,
  euro: (number) => `${number}\u00a0€`,
  units: BYTES_AND_MS,
};
const ENGLISH: Language = {
  group: ',',
  decimal: '.',
  minGrouping: 1,
  euro: (number) => `€${number}`,
  units: BYTES_AND_MS,
};
const LANGUAGES: Record<string, Language> = {
  it: ITALIAN,
  'it-IT': ITALIAN,
  en: ENGLISH,
  'en-US': ENGLISH,
  'en-GB': ENGLISH,
};

/**
 * The value rounded half away from zero to `max` decimals as Intl does it: on the shortest decimal
 * that reads back as the double (String(1.005) is "1.005": 1,01, where toFixed says 1.00), shifted
 * `shift` places (a percent's ×100). Returns the integer digits and at least `min` decimals.
 */
function roundDecimal(value: number, shift: number, min: number, max: number): [string, string] {
  const [mantissa = '', exponent = '0'] = String(Math.abs(value)).split('e');
  const [int = '', frac = ''] = mantissa.split('.');
  const digits = int + frac;
  const keep = int.length + Number(exponent) + shift + max; // digits left of the rounding point
  let scaled = keep > 0 ? BigInt(digits.slice(0, keep).padEnd(keep, '0')) : 0n;
  if (keep >= 0 && (digits[keep] ?? '0') >= '5') scaled++;
  const text = String(scaled).padStart(max + 1, '0');
  const point = text.length - max;
  return [text.slice(0, point), text.slice(point).replace(/0+$/, '').padEnd(min, '0')];
}

function group(int: string, separator: string, from: number): string {
  if (int.length < 3 + from) return int;
  let out = int.slice(0, ((int.length - 1) % 3) + 1);
  for (let i = out.length; i < int.length; i += 3) out += separator + int.slice(i, i + 3);
  return out;
}

const STYLES = ['decimal', 'percent', 'currency', 'unit'];
const SIGNS = ['auto', 'exceptZero'];
const GROUPINGS = ['auto', 'always', 'min2'];
const OPTIONS = ['style', 'currency', 'unit', 'unitDisplay', 'useGrouping', 'signDisplay'].concat(
  'minimumFractionDigits',
  'maximumFractionDigits',
);

/**
 * A function writing numbers as `new Intl.NumberFormat(locale, options)` would, when the locale is
 * Italian or English and every option is one this knows (decimal, percent, EUR, a unit of fixed
 * short name; grouping; fraction digits; sign auto or except zero); else undefined. The function
 * itself returns undefined for NaN and ±Infinity, which Intl writes.
 */
export function plainNumber(
  locale: string,
  options: Intl.NumberFormatOptions,
): ((value: number) => string | undefined) | undefined {
  const language = LANGUAGES[locale];
  const { style = 'decimal', currency, unit, unitDisplay = 'short', signDisplay = 'auto' } = options;
  const grouping = String(options.useGrouping ?? 'auto');
  if (
    !language ||
    Object.keys(options).some((key) => !OPTIONS.includes(key)) ||
    !STYLES.includes(style) ||
    !SIGNS.includes(signDisplay) ||
    !GROUPINGS.includes(grouping) ||
    (style === 'currency' && currency !== 'EUR') ||
    (style === 'unit' && (unitDisplay !== 'short' || !unit || !language.units[unit]))
  )
    return undefined;
  const defaultMin = style === 'currency' ? 2 : 0;
  const defaultMax = style === 'currency' ? 2 : style === 'percent' ? 0 : 3;
  const max = options.maximumFractionDigits ?? Math.max(defaultMax, options.minimumFractionDigits ?? 0);
  const min = options.minimumFractionDigits ?? Math.min(defaultMin, max);
  if (!(Number.isInteger(min) && Number.isInteger(max) && min >= 0 && min <= max && max <= 20))
    return undefined;
  const groupFrom = grouping === 'always' ? 1 : grouping === 'min2' ? 2 : language.minGrouping;
  const shift = style === 'percent' ? 2 : 0;

  return (value) => {
    if (!Number.isFinite(value)) return undefined;
    const [int, frac] = roundDecimal(value, shift, min, max);
    const zero = /^0*$/.test(int + frac);
    const negative = value < 0 || Object.is(value, -0);
    const sign = signDisplay === 'exceptZero' ? (zero ? '' : negative ? '-' : '+') : negative ? '-' : '';
    const number = group(int, language.group, groupFrom) + (frac ? language.decimal + frac : '');
    if (style === 'percent') return `${sign}${number}%`;
    if (style === 'currency') return sign + language.euro(number);
    if (style === 'unit') return `${sign}${number} ${language.units[unit!]}`;
    return sign + number;
  };
}
