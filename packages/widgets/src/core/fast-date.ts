// Date formatting without Intl for the locales we ship words for: building Intl formatters is
// the largest part of a first render (bench/README.md, "Formatting without Intl"); this writes what
// Intl writes (CLDR) instead.
import { shipped } from './fast-number.js';

/** A pattern in CLDR letters per language; a missing en or enGb one is the Italian one (day first). */
interface Patterns {
  it: string;
  en?: string;
  enGb?: string;
}

/** The option sets dates.ts and trend-line/ticks.ts use, and their patterns. */
const PATTERNS: Array<[Intl.DateTimeFormatOptions, Patterns]> = [
  [
    { day: '2-digit', month: '2-digit', year: 'numeric' },
    { it: 'dd/MM/y', en: 'MM/dd/y' },
  ],
  [
    { day: 'numeric', month: 'long', year: 'numeric' },
    { it: 'd MMMM y', en: 'MMMM d, y' },
  ],
  [
    { day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' },
    { it: 'dd/MM, HH:mm', en: 'MM/dd, hh:mm a' },
  ],
  [
    { dateStyle: 'short', timeStyle: 'short' },
    { it: 'dd/MM/yy, HH:mm', en: 'M/d/yy, h:mm a', enGb: 'dd/MM/y, HH:mm' },
  ],
  [{ year: 'numeric' }, { it: 'y' }],
  [{ month: 'short', year: 'numeric' }, { it: 'MMM y' }],
  [
    { day: 'numeric', month: 'short' },
    { it: 'd MMM', en: 'MMM d' },
  ],
  [
    { hour: '2-digit', minute: '2-digit' },
    { it: 'HH:mm', en: 'hh:mm a' },
  ],
  [
    { hour: '2-digit', minute: '2-digit', second: '2-digit' },
    { it: 'HH:mm:ss', en: 'hh:mm:ss a' },
  ],
];
/** The same options in any order give the same text. */
const key = (options: object) => JSON.stringify(options, Object.keys(options).sort());
const MONTHS = {
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(
    ' ',
  ),
  en: 'January February March April May June July August September October November December'.split(' '),
};

/**
 * A formatter for a shipped locale, an option set above and the local zone or UTC; else
 * undefined. It returns undefined outside the years 1583–9999 (before 1582 ICU's calendar is the
 * Julian one) and for invalid dates, which Intl writes.
 */
export function fastDate(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): ((value: Date | number) => string | undefined) | undefined {
  const { timeZone, ...fields } = options;
  const language = shipped(locale);
  const patterns = PATTERNS.find(([set]) => key(set) === key(fields))?.[1];
  if (!language || !patterns || (timeZone !== undefined && timeZone !== 'UTC')) return;
  const pattern =
    (language === 'en' ? patterns.en : language === 'en-GB' ? patterns.enGb : undefined) ?? patterns.it;
  const months = language === 'it' ? MONTHS.it : MONTHS.en;
  return (value) => {
    const date = new Date(value);
    // getFullYear or getUTCFullYear and so on: Date's local getters follow the zone as Intl does.
    const get = (name: string) => date[((timeZone ? 'getUTC' : 'get') + name) as 'getDate']();
    const year = get('FullYear');
    if (!(year > 1582 && year < 1e4)) return;
    const month = get('Month');
    const hour = get('Hours');
    // The numbers behind the letters y, M, d, H, m, s and h (the hour on a 12-hour clock).
    const values = [year, month + 1, get('Date'), hour, get('Minutes'), get('Seconds'), hour % 12 || 12];
    const text = (token: string): string => {
      if (token === 'a') return hour < 12 ? 'AM' : 'PM';
      if (token === 'MMMM') return months[month]!;
      // en-GB abbreviates September as "Sept".
      if (token === 'MMM') return language === 'en-GB' && month === 8 ? 'Sept' : months[month]!.slice(0, 3);
      const n = token === 'yy' ? year % 100 : values['yMdHmsh'.indexOf(token[0]!)]!;
      return String(n).padStart(token.length, '0');
    };
    return pattern.replace(/(\w)\1*/g, text);
  };
}
