import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  Point,
  Series,
  SeriesDataset,
  toValidationErrors,
  validateDataset,
  validateReport,
} from '../src/index.js';
import { readDocument } from './load.js';
import { wording } from './wording.js';

/** The series schema as it was before the fast path: valibot checks every point. */
const FullSeriesDataset = v.strictObject({
  ...SeriesDataset.entries,
  series: v.array(v.strictObject({ ...Series.entries, points: v.array(Point) })),
});

/** What the full valibot schema alone reports for a dataset (paths under `path`). */
function fullSchemaErrors(input: unknown, path = '$') {
  const parsed = v.safeParse(FullSeriesDataset, input, { abortEarly: false });
  if (parsed.success) return [];
  return parsed.issues.flatMap(toValidationErrors).map((e) => ({ ...e, path: path + e.path.slice(1) }));
}

function dataset(points: unknown[], more: unknown[] = [[2020, 1]]) {
  return {
    kind: 'series',
    title: 'Credenziali',
    x: { type: 'year' },
    series: [
      { id: 'active', label: 'Attive', points },
      { id: 'cns', label: 'CNS', points: more },
    ],
  };
}

/** Bad points, each placed after valid ones so the fast loop has to stop part way. */
const BAD_POINTS: Array<[string, unknown]> = [
  ['a decimal year', [2016.5, 1]],
  ['a NaN y', [2016, Number.NaN]],
  ['an infinite y', [2016, Number.POSITIVE_INFINITY]],
  ['a y written as text', [2016, '12']],
  ['a missing y', [2016]],
  ['a third item', [2016, 1, 2]],
  ['an object instead of a pair', { x: 2016, y: 1 }],
  ['null instead of a pair', null],
  ['a boolean x', [true, 1]],
  ['an undefined y', [2016, undefined]],
  ['a hole for x', [, 1]], // eslint-disable-line no-sparse-arrays
];

describe('Series.points fast path', () => {
  it.each(BAD_POINTS)('reports %s exactly as the full schema does', (_, bad) => {
    const input = dataset([[2014, 1], [2015, 2], bad, [2017, 4]]);
    const errors = validateDataset(input, '$.datasets.credentials').errors;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors).toEqual(fullSchemaErrors(input, '$.datasets.credentials'));
    expect(errors.every((e) => e.path.startsWith('$.datasets.credentials.series[0].points[2]'))).toBe(true);
  });

  it('reports every bad point of every series, in order, with its path and message', () => {
    const input = dataset(
      [
        [2014, 1],
        [2015, 'x'],
        [2016, 3],
        [2017.5, 4],
      ],
      [[2020, Number.NaN]],
    );
    const errors = validateDataset(input).errors;
    expect(wording(errors)).toEqual([
      { path: '$.series[0].points[1][1]', message: 'must be a number, not the text "x"' },
      {
        path: '$.series[0].points[3][0]',
        message: 'must be a whole number (a year, or milliseconds since 1970), not 2017.5',
      },
      { path: '$.series[1].points[0][1]', message: 'must be a number, not NaN' },
    ]);
    expect(errors).toEqual(fullSchemaErrors(input));
  });

  it('reports a list that is not a list as the full schema does', () => {
    const input = dataset({ 0: [2016, 1] } as unknown as unknown[]);
    const errors = validateDataset(input).errors;
    expect(wording(errors)).toEqual([
      { path: '$.series[0].points', message: 'must be a list, not an object' },
    ]);
    expect(errors).toEqual(fullSchemaErrors(input));
  });

  it('reports a bad point inside a whole document with the document path', () => {
    const doc = readDocument('minimal.json');
    const credentials = doc.datasets.credentials;
    if (credentials?.kind !== 'series') throw new Error('minimal.json has no series "credentials"');
    (credentials.series[1]!.points as unknown[]).push([2017, 'n/d']);
    expect(wording(validateReport(doc).errors)).toEqual([
      {
        path: '$.datasets.credentials.series[1].points[2][1]',
        message: 'must be a number, not the text "n/d"',
      },
    ]);
  });

  it('accepts valid points (years, dates, gaps, negative and zero values) with the same output', () => {
    const points = [
      [2014, 0],
      [2015, null],
      [2016, -3.25],
      [2017, 1e9],
    ];
    const result = validateDataset(dataset(points));
    expect(result.errors).toEqual([]);
    const full = v.parse(FullSeriesDataset, dataset(points));
    expect(result.value).toEqual(full);
  });

  it('passes a valid list through without copying it (a million points are not copied)', () => {
    const points = Array.from({ length: 1000 }, (_, i) => [1000 + i, i % 7 === 0 ? null : i / 3]);
    const result = validateDataset(dataset(points));
    expect(result.valid).toBe(true);
    if (result.value?.kind !== 'series') throw new Error('not a series');
    expect(result.value.series[0]!.points).toBe(points);
  });

  it('still applies the cross-field checks (ascending x) after the fast path', () => {
    expect(
      wording(
        validateDataset(
          dataset([
            [2016, 1],
            [2015, 2],
          ]),
        ).errors,
      ),
    ).toEqual([
      {
        path: '$.series[0].points[1][0]',
        message: 'must come after 2016: points are in strictly ascending x',
      },
    ]);
  });

  it('checks the order again when a list that was valid is changed and validated again', () => {
    const points = [
      [2015, 1],
      [2016, 2],
    ];
    expect(validateDataset(dataset(points)).valid).toBe(true);
    points.push([2016, 3], [2016.5, 4]);
    expect(wording(validateDataset(dataset(points)).errors)).toEqual([
      {
        path: '$.series[0].points[3][0]',
        message: 'must be a whole number (a year, or milliseconds since 1970), not 2016.5',
      },
    ]);
    points.pop();
    expect(wording(validateDataset(dataset(points)).errors)).toEqual([
      {
        path: '$.series[0].points[2][0]',
        message: 'must come after 2016: points are in strictly ascending x',
      },
    ]);
  });

  it('refuses dates written as text in a year series after the fast path', () => {
    expect(
      wording(
        validateDataset(
          dataset([
            [2015, 1],
            ['2016', 2],
          ]),
        ).errors,
      ),
    ).toEqual([
      {
        path: '$.series[0].points[1][0]',
        message: 'must be a year written as a whole number, e.g. 2016 (x.type is "year"), not "2016"',
      },
    ]);
  });
});
