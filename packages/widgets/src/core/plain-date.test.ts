import { describe, expect, it } from 'vitest';
import { formatDate } from './dates.js';
import { plainDate } from './plain-date.js';

const LOCALES = ['it', 'it-IT', 'en', 'en-US', 'en-GB'];

/** The option sets the elements write dates with (table dates, axis ticks). */
const OPTIONS: Intl.DateTimeFormatOptions[] = [
  { day: '2-digit', month: '2-digit', year: 'numeric' },
  { year: 'numeric' },
  { month: 'short', year: 'numeric' },
  { day: 'numeric', month: 'short' },
  { hour: '2-digit', minute: '2-digit' },
  { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  { dateStyle: 'short', timeStyle: 'short' },
];

/** Instants over every month, day and hour, around midnight and the turn of the year, 1000-9999. */
function instants(): Date[] {
  const out: Date[] = [];
  for (let i = 0; i < 600; i++) out.push(new Date(Date.UTC(1990, 0, 1) + i * 50 * 3_600_000 + i * 61_001));
  for (const year of [1000, 1999, 2016, 2024, 9998])
    out.push(new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year, 11, 31, 23, 59, 59)));
  return out;
}

describe('plainDate(date, locale, options)', () => {
  it('writes exactly what Intl.DateTimeFormat writes, in the local time zone and in UTC', () => {
    let compared = 0;
    for (const locale of LOCALES)
      for (const base of OPTIONS)
        for (const options of [base, { ...base, timeZone: 'UTC' }]) {
          const intl = new Intl.DateTimeFormat(locale, options);
          for (const date of instants()) {
            const plain = plainDate(date, locale, options);
            // US English hours are left to Intl (09:05 AM); every other set is written here.
            if (
              plain === undefined &&
              /^en(-US)?$/.test(locale) &&
              ('hour' in options || 'timeStyle' in options)
            )
              continue;
            expect(plain, `${locale} ${JSON.stringify(options)} ${date.toISOString()}`).toBe(
              intl.format(date),
            );
            compared++;
          }
        }
    expect(compared).toBeGreaterThan(30_000);
  });

  it('writes the months as each language abbreviates them', () => {
    const september = new Date(2026, 8, 7);
    expect(plainDate(september, 'it-IT', { month: 'short', year: 'numeric' })).toBe('set 2026');
    expect(plainDate(september, 'en-US', { day: 'numeric', month: 'short' })).toBe('Sep 7');
    expect(plainDate(september, 'en-GB', { day: 'numeric', month: 'short' })).toBe('7 Sept');
    expect(formatDate('2016-12-31', 'it-IT')).toBe('31/12/2016');
    expect(formatDate('2016-12-31', 'en-US')).toBe('12/31/2016');
  });

  it('leaves to Intl the locales, options, zones and years it does not write', () => {
    const date = new Date(2026, 0, 7, 9, 5);
    for (const locale of ['de-DE', 'fr', 'it-CH', 'en-IN'])
      expect(plainDate(date, locale, { year: 'numeric' })).toBeUndefined();
    for (const options of [
      { month: 'long', year: 'numeric' },
      { dateStyle: 'short' },
      { dateStyle: 'medium', timeStyle: 'short' },
      { year: 'numeric', timeZone: 'Europe/Rome' },
      { hour: '2-digit', minute: '2-digit', hour12: false },
      { day: 'numeric', month: 'short', weekday: 'short' },
    ] as Intl.DateTimeFormatOptions[])
      expect(plainDate(date, 'it', options), JSON.stringify(options)).toBeUndefined();
    expect(plainDate(date, 'en-US', { hour: '2-digit', minute: '2-digit' })).toBeUndefined();
    expect(
      plainDate(new Date(Date.UTC(999, 0, 1)), 'it', { year: 'numeric', timeZone: 'UTC' }),
    ).toBeUndefined();
    expect(plainDate(new Date(Number.NaN), 'it', { year: 'numeric' })).toBeUndefined();
  });
});
