// Date formatting without Intl for the locales we ship words for. The first Intl.DateTimeFormat
// of a page loads ICU data (5–23 ms in Chromium); this writes what Intl writes (CLDR) instead.
import { shipped } from './fast-number.js';

/**
 * The option sets dates.ts and trend-line/ticks.ts use → their patterns (CLDR letters) in
 * it|en-US|en-GB; where en-US or en-GB is left out it is the Italian one.
 */
const PATTERNS: Array<[Intl.DateTimeFormatOptions, string]> = [
  [{ day: '2-digit', month: '2-digit', year: 'numeric' }, 'dd/MM/y|MM/dd/y'],
  [{ day: 'numeric', month: 'long', year: 'numeric' }, 'd MMMM y|MMMM d, y'],
  [{ day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' }, 'dd/MM, HH:mm|MM/dd, hh:mm a'],
  [{ dateStyle: 'short', timeStyle: 'short' }, 'dd/MM/yy, HH:mm|M/d/yy, h:mm a|dd/MM/y, HH:mm'],
  [{ year: 'numeric' }, 'y'],
  [{ month: 'short', year: 'numeric' }, 'MMM y'],
  [{ day: 'numeric', month: 'short' }, 'd MMM|MMM d'],
  [{ hour: '2-digit', minute: '2-digit' }, 'HH:mm|hh:mm a'],
  [{ hour: '2-digit', minute: '2-digit', second: '2-digit' }, 'HH:mm:ss|hh:mm:ss a'],
];
/** The same options in any order give the same text. */
const key = (options: object) => JSON.stringify(options, Object.keys(options).sort());
const MONTHS = [
  'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  'January February March April May June July August September October November December',
].map((names) => names.split(' '));

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
  const row = shipped(locale);
  const patterns = PATTERNS.find(([set]) => key(set) === key(fields))?.[1].split('|');
  const pattern = patterns && row >= 0 && (patterns[row] ?? patterns[0]!);
  if (!pattern || (timeZone !== undefined && timeZone !== 'UTC')) return;
  const months = MONTHS[row && 1]!;
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
      if (token === 'MMM') return row > 1 && month === 8 ? 'Sept' : months[month]!.slice(0, 3);
      const n = token === 'yy' ? year % 100 : values['yMdHmsh'.indexOf(token[0]!)]!;
      return String(n).padStart(token.length, '0');
    };
    return pattern.replace(/(\w)\1*/g, text);
  };
}
