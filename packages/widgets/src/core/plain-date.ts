// Dates written without Intl for the formats the elements show first (why: plain-number.ts), in
// Italian and English, exactly as Intl.DateTimeFormat writes them (plain-date.test.ts compares the
// two); every other locale, option set or year is left to Intl.

type Variant = 'it' | 'en-US' | 'en-GB';
const VARIANTS: Record<string, Variant> = {
  it: 'it',
  'it-IT': 'it',
  en: 'en-US',
  'en-US': 'en-US',
  'en-GB': 'en-GB',
};

const MONTHS: Record<Variant, readonly string[]> = {
  it: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
  'en-US': ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  'en-GB': ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
};

interface Fields {
  year: number;
  month: number;
  day: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const two = (n: number) => String(n).padStart(2, '0');

/** The writer of each option set this knows, by its fields (timeZone aside), for a variant. */
const WRITERS: Record<string, (f: Fields, variant: Variant) => string | undefined> = {
  'day,month,year:2-digit,2-digit,numeric': (f, v) =>
    v === 'en-US'
      ? `${two(f.month + 1)}/${two(f.day)}/${f.year}`
      : `${two(f.day)}/${two(f.month + 1)}/${f.year}`,
  'year:numeric': (f) => String(f.year),
  'month,year:short,numeric': (f, v) => `${MONTHS[v][f.month]} ${f.year}`,
  'day,month:numeric,short': (f, v) =>
    v === 'en-US' ? `${MONTHS[v][f.month]} ${f.day}` : `${f.day} ${MONTHS[v][f.month]}`,
  'dateStyle,timeStyle:short,short': (f, v) =>
    v === 'en-US'
      ? undefined
      : `${two(f.day)}/${two(f.month + 1)}/${v === 'it' ? two(f.year % 100) : f.year}, ${two(f.hours)}:${two(f.minutes)}`,
  'hour,minute:2-digit,2-digit': (f, v) => (v === 'en-US' ? undefined : `${two(f.hours)}:${two(f.minutes)}`),
  'hour,minute,second:2-digit,2-digit,2-digit': (f, v) =>
    v === 'en-US' ? undefined : `${two(f.hours)}:${two(f.minutes)}:${two(f.seconds)}`,
};

/**
 * A date written as `new Intl.DateTimeFormat(locale, options).format(date)` would, for Italian and
 * English and the option sets above (in the local time zone or UTC); undefined otherwise, and for
 * years outside 1000-9999.
 */
export function plainDate(
  date: Date,
  locale: string,
  options: Intl.DateTimeFormatOptions,
): string | undefined {
  const variant = VARIANTS[locale];
  const { timeZone, ...fields } = options;
  const keys = Object.keys(fields).sort();
  const write = WRITERS[`${keys}:${keys.map((key) => fields[key as keyof typeof fields])}`];
  if (!variant || !write || (timeZone !== undefined && timeZone !== 'UTC')) return undefined;
  const utc = timeZone === 'UTC';
  const year = utc ? date.getUTCFullYear() : date.getFullYear();
  if (!(year >= 1000 && year <= 9999)) return undefined;
  return write(
    utc
      ? {
          year,
          month: date.getUTCMonth(),
          day: date.getUTCDate(),
          hours: date.getUTCHours(),
          minutes: date.getUTCMinutes(),
          seconds: date.getUTCSeconds(),
        }
      : {
          year,
          month: date.getMonth(),
          day: date.getDate(),
          hours: date.getHours(),
          minutes: date.getMinutes(),
          seconds: date.getSeconds(),
        },
    variant,
  );
}
