// Test cases shared by the Node and the Chromium comparison of the date fast path with Intl.
import { fastDate } from './fast-date.js';
import { FAST_LOCALES } from './fast-number.cases.js';

/** The option sets dates.ts and trend-line/ticks.ts use. */
export const DATE_OPTIONS: Intl.DateTimeFormatOptions[] = [
  { day: '2-digit', month: '2-digit', year: 'numeric' },
  { day: 'numeric', month: 'long', year: 'numeric' },
  { day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' },
  { dateStyle: 'short', timeStyle: 'short' },
  { year: 'numeric' },
  { month: 'short', year: 'numeric' },
  { day: 'numeric', month: 'short' },
  { hour: '2-digit', minute: '2-digit' },
  { hour: '2-digit', minute: '2-digit', second: '2-digit' },
].flatMap((options) => [options, { ...options, timeZone: 'UTC' }] as Intl.DateTimeFormatOptions[]);

/** Deterministic instants from 1583 to 9999, denser from 1900 to 2100, and around every DST change. */
export function dateValues(count: number): Date[] {
  let seed = 1582;
  const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const dates: Date[] = [];
  // The last Sundays of March and October, an hour either side of 00:00–03:00 UTC, minute by minute-ish.
  for (let year = 1970; year < 2040 && dates.length < count / 3; year += 3)
    for (const month of [2, 9])
      for (let minutes = -90; minutes < 270; minutes += 37) {
        const last = new Date(Date.UTC(year, month + 1, 0));
        last.setUTCDate(last.getUTCDate() - last.getUTCDay());
        dates.push(new Date(last.getTime() + minutes * 60_000));
      }
  const span = (from: number, to: number) => {
    const start = Date.UTC(from, 0, 1);
    return new Date(start + Math.floor(random() * (Date.UTC(to, 11, 31) - start)));
  };
  while (dates.length < count) dates.push(random() < 0.7 ? span(1900, 2100) : span(1583, 9999));
  return dates;
}

/** Where the fast path and Intl disagree (empty when they agree); a missing fast path counts. */
export function dateMismatches(dates: Date[]): string[] {
  const out: string[] = [];
  for (const locale of FAST_LOCALES)
    for (const options of DATE_OPTIONS) {
      const fast = fastDate(locale, options);
      const intl = new Intl.DateTimeFormat(locale, options);
      for (const date of dates) {
        const expected = intl.format(date);
        const actual = fast ? fast(date) : 'no fast path';
        if (actual !== expected)
          out.push(`${locale} ${JSON.stringify(options)} ${date.toISOString()}: ${actual} ≠ ${expected}`);
      }
    }
  return out;
}
