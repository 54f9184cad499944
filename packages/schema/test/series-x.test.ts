// Dates and instants as x: ISO text or milliseconds since 1970, each read once by character codes,
// exactly as the schema's own date and date-time rules read them.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { IsoDate, IsoDateTime, type SeriesDataset, validateDataset, xMillis, xValues } from '../src/index.js';
import { parseIsoDate, parseIsoDateTime } from '../src/calendar.js';
import { wording } from './wording.js';

/** A deterministic stream of numbers in [0, 1). */
function random(seed = 7): () => number {
  return () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Date-times in every form the schema accepts: T or space, 0-9 decimals, Z or an offset in each of its forms. */
function dateTimes(count: number): string[] {
  const next = random();
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, () => {
    const date = new Date(Date.UTC(1 + Math.floor(next() * 9998), 0, 1) + next() * 366 * 86_400_000);
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const time = `${pad(Math.floor(next() * 24))}:${pad(Math.floor(next() * 60))}:${pad(Math.floor(next() * 60))}`;
    const decimals = pick([0, 0, 1, 3, 6, 9]);
    const fraction = decimals
      ? `.${String(Math.floor(next() * 10 ** decimals)).padStart(decimals, '0')}`
      : '';
    const [oh, om] = [pad(Math.floor(next() * 24)), pad(Math.floor(next() * 60))];
    const offset = pick(['Z', `+${oh}:${om}`, `-${oh}:${om}`, `+${oh}${om}`, `-${oh}`, ` +${oh}:${om}`]);
    return `${pad(y, 4)}-${pad(m)}-${pad(d)}${pick(['T', ' '])}${time}${fraction}${offset}`;
  });
}

/** The same instant as Date.parse reads it, once written in the one form every engine reads. */
function reference(text: string): number {
  const match =
    /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.(\d+))?(?:(Z)| ?([+-])(\d{2}):?(\d{2})?)$/.exec(text)!;
  const [, date, time, fraction = '', z, sign, oh, om = '00'] = match;
  const ms = fraction.padEnd(3, '0').slice(0, 3);
  // Years before 100 are read by Date.parse in this form too (it is ISO, not the legacy parser).
  return Date.parse(`${date}T${time}.${ms}${z ? 'Z' : `${sign}${oh}:${om}`}`);
}

/** Every text one character away from `text`: replaced by a digit, a letter or a sign, or left out. */
function neighbours(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    for (const c of ['0', '3', '9', 'T', ' ', ':', '-', '+', 'Z', '.', 'x'])
      out.push(text.slice(0, i) + c + text.slice(i + 1));
    out.push(text.slice(0, i) + text.slice(i + 1));
  }
  return out;
}

describe('parseIsoDateTime', () => {
  it('reads every form of date-time the schema accepts, to the millisecond Date.parse gives', () => {
    for (const text of dateTimes(3000)) {
      expect(v.is(IsoDateTime, text), text).toBe(true);
      expect(parseIsoDateTime(text), text).toBe(reference(text));
    }
  });

  it('refuses exactly what the schema refuses, one character away from a valid date-time', () => {
    const texts = [
      '2016-12-31T18:00:00+01:00',
      '2016-02-29 23:59:59.123456789Z',
      '2015-02-28T00:00:00-0530',
      '2016-12-31T18:00:00.5 -01',
    ].flatMap(neighbours);
    for (const text of texts)
      expect(Number.isNaN(parseIsoDateTime(text)), text).toBe(!v.is(IsoDateTime, text));
    const bad = [
      '2015-02-29T00:00:00Z',
      '2016-04-31T00:00:00Z',
      '2016-12-31T24:00:00Z',
      '2016-12-31T18:00Z',
      '2016-12-31T18:00:00.1234567890Z',
      '2016-12-31T18:00:00.Z',
    ];
    for (const text of bad) expect(parseIsoDateTime(text), text).toBeNaN();
  });
});

describe('parseIsoDate', () => {
  it('reads YYYY-MM-DD as its midnight UTC, the days of each month and leap years included', () => {
    expect(parseIsoDate('2016-12-31')).toBe(Date.UTC(2016, 11, 31));
    expect(parseIsoDate('2016-02-29')).toBe(Date.UTC(2016, 1, 29));
    expect(parseIsoDate('2000-02-29')).toBe(Date.UTC(2000, 1, 29));
    expect(parseIsoDate('0050-03-01')).toBe(Date.parse('0050-03-01'));
    for (const bad of ['2015-02-29', '1900-02-29', '2016-04-31', '2016-13-01', '2016-00-10', '2016-1-01'])
      expect(parseIsoDate(bad), bad).toBeNaN();
    for (const text of neighbours('2016-02-29'))
      expect(Number.isNaN(parseIsoDate(text)), text).toBe(!v.is(IsoDate, text));
  });
});

describe('xMillis', () => {
  it('takes whole milliseconds for an instant, and a whole number of days for a date', () => {
    expect(xMillis(1483203600000, 'datetime')).toBe(1483203600000);
    expect(xMillis(Date.UTC(2016, 11, 31), 'date')).toBe(Date.UTC(2016, 11, 31));
    // Local midnight in Rome is 23:00 UTC the day before: not a date's number.
    for (const bad of [Date.UTC(2016, 11, 30, 23), 1.5, Number.NaN, 8.64e15 + 1, '1483142400000', null])
      expect(xMillis(bad, 'date'), String(bad)).toBeNaN();
    expect(xMillis(1483203600000.5, 'datetime')).toBeNaN();
  });
});

/** A dataset of one series of instants one minute apart, as text or as numbers. */
function minutes(count: number, as: 'iso' | 'epoch', type: 'date' | 'datetime' = 'datetime'): SeriesDataset {
  const start = Date.UTC(2017, 0, 1);
  const step = type === 'date' ? 86_400_000 : 60_000;
  const points = Array.from({ length: count }, (_, i): [string | number, number] => {
    const ms = start + i * step;
    const iso = type === 'date' ? new Date(ms).toISOString().slice(0, 10) : new Date(ms).toISOString();
    return [as === 'iso' ? iso : ms, i];
  });
  return { kind: 'series', title: 'Accessi', x: { type }, series: [{ id: 'a', label: 'Accessi', points }] };
}

describe('series of dates and instants', () => {
  it('accepts milliseconds since 1970 for dates and instants, as it accepts ISO text', () => {
    for (const type of ['date', 'datetime'] as const)
      for (const as of ['iso', 'epoch'] as const)
        expect(validateDataset(minutes(50, as, type)).errors, `${type} ${as}`).toEqual([]);
  });

  it('refuses a date whose number is not a midnight UTC, and numbers out of order', () => {
    const dataset = minutes(3, 'epoch', 'date');
    dataset.series[0]!.points[1]![0] = Date.UTC(2017, 0, 1, 23);
    dataset.series[0]!.points[2]![0] = Date.UTC(2016, 0, 1);
    expect(wording(validateDataset(dataset).errors)).toEqual([
      {
        path: '$.series[0].points[1][0]',
        message:
          'must be a real date written YYYY-MM-DD, or its midnight UTC in milliseconds since 1970 (x.type is "date"), not 1483311600000',
      },
      {
        path: '$.series[0].points[2][0]',
        message: 'must come after 1483228800000: points are in strictly ascending x',
      },
    ]);
  });

  it('gives the x as numbers its check read, without reading a date again', () => {
    const dataset = minutes(1000, 'iso');
    const points = dataset.series[0]!.points;
    expect(validateDataset(dataset).valid).toBe(true);
    const read = xValues(points, 'datetime')!;
    expect(read[999]).toBe(Date.UTC(2017, 0, 1) + 999 * 60_000);
    // Were the text read again, this point would now be NaN.
    points[999]![0] = 'not a date';
    expect(xValues(points, 'datetime')).toBe(read);
    expect(xValues(points, 'datetime')![999]).toBe(Date.UTC(2017, 0, 1) + 999 * 60_000);
  });

  it('leaves x given in milliseconds where they are: nothing to read again', () => {
    const dataset = minutes(1000, 'epoch');
    expect(validateDataset(dataset).valid).toBe(true);
    expect(xValues(dataset.series[0]!.points, 'datetime')).toBeNull();
    // Out of a Date's range at either end: read point by point, and refused.
    dataset.series[0]!.points[999]![0] = 8.64e15 + 60_000;
    expect(validateDataset(dataset).errors.map((e) => e.path)).toEqual(['$.series[0].points[999][0]']);
  });

  it('reads the x of a list it has not checked, NaN where a point has none', () => {
    const points: [string | number, number][] = [
      ['2017-01-01T00:00:00Z', 1],
      [1483228860000, 2],
      ['ieri', 3],
    ];
    expect([...xValues(points, 'datetime')!]).toEqual([1483228800000, 1483228860000, Number.NaN]);
    expect(xValues([[1483228800000, 1]], 'datetime')).toBeNull();
  });
});
