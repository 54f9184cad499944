import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dateFormat, formatDate, formatDateTime, formatLongDate } from './dates.js';
import { dateMismatches, dateValues } from './fast-date.cases.js';
import { fastDate } from './fast-date.js';

// The zone is Europe/Rome (vitest config): local dates cross daylight saving twice a year.
describe('fastDate(locale, options): what Intl writes, without Intl', () => {
  it('writes what Intl writes for every shipped locale × option set, local and UTC, × 1500 instants', () => {
    expect(dateMismatches(dateValues(1500))).toEqual([]);
  }, 60_000);

  it('has no fast path for other locales, zones and options', () => {
    const unsupported: Array<[string, Intl.DateTimeFormatOptions]> = [
      ['de-DE', { year: 'numeric' }],
      ['en-AU', { year: 'numeric' }],
      ['it-IT', { year: '2-digit' }],
      ['it-IT', { month: 'long' }],
      ['it-IT', { dateStyle: 'long' }],
      ['it-IT', { dateStyle: 'short' }],
      ['it-IT', { year: 'numeric', timeZone: 'Europe/Rome' }],
      ['en-US', { hour: '2-digit', minute: '2-digit', hour12: false }],
      ['en-US', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }],
      ['en-US', { year: 'numeric', weekday: 'long' }],
    ];
    for (const [locale, options] of unsupported) expect(fastDate(locale, options), locale).toBeUndefined();
  });
});

describe('dateFormat(locale, options)', () => {
  // Counts the Intl.DateTimeFormat objects built while a test runs.
  const original = Intl.DateTimeFormat;
  let built = 0;
  beforeAll(() => {
    Intl.DateTimeFormat = class extends original {
      constructor(...args: ConstructorParameters<typeof original>) {
        super(...args);
        built++;
      }
    } as typeof original;
  });
  afterAll(() => {
    Intl.DateTimeFormat = original;
  });
  beforeEach(() => {
    built = 0;
  });

  it('builds no Intl.DateTimeFormat for the shipped locales and the library’s formats', () => {
    for (const locale of ['it', 'en-GB']) {
      formatDate('2016-12-31', locale);
      formatLongDate(new Date(2016, 11, 31), locale);
      dateFormat(locale, { day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' }).format(0);
      formatDateTime('2017-03-12T13:05:00Z', locale);
      dateFormat(locale, { month: 'short', year: 'numeric' }).format(Date.UTC(2017, 8, 1));
    }
    expect(built).toBe(0);
  });

  it('falls back to Intl for the rest: other options, years before 1583, now, invalid dates', () => {
    const same = (locale: string, options: Intl.DateTimeFormatOptions, date: Date | number) =>
      expect(dateFormat(locale, options).format(date)).toBe(
        new Intl.DateTimeFormat(locale, options).format(date),
      );
    same('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' }, new Date(2016, 11, 31));
    same('it-IT', { dateStyle: 'full' }, new Date(2016, 11, 31));
    same('it-IT', { day: 'numeric', month: 'long', year: 'numeric' }, new Date(1582, 9, 4)); // Julian
    same('it-IT', { day: 'numeric', month: 'long', year: 'numeric' }, new Date(1582, 11, 31));
    same('en-US', { year: 'numeric' }, Date.UTC(12000, 0, 1));
    expect(() => dateFormat('it-IT', { year: 'numeric' }).format(NaN)).toThrow(RangeError);
    expect(dateFormat('it-IT', { day: '2-digit', month: '2-digit' }).formatToParts(0)).toEqual(
      new Intl.DateTimeFormat('it-IT', { day: '2-digit', month: '2-digit' }).formatToParts(0),
    );
    expect(built).toBeGreaterThan(0);
  });
});
