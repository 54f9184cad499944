import * as v from 'valibot';
import { IsoDate, IsoDateTime } from '../common.js';
import { type ValidationError, received } from '../issues.js';
import type { SeriesDataset, XType } from '../series.js';
import { at, duplicateIds, error } from './path.js';
import { closest } from '../suggest.js';

type X = string | number;

/**
 * Point lists that the schema's fast path (series.ts) has just read and found with whole-number x
 * in strictly ascending order: what the year check below asks, so it need not read them again.
 * The schema runs right before these checks on the very same list, and clears the mark when the
 * list no longer qualifies.
 */
export const ascendingWholeX = new WeakSet<readonly unknown[]>();

const FITS: Record<XType, { test: (x: X) => boolean; expected: string }> = {
  year: { test: (x) => Number.isInteger(x), expected: 'a year written as a whole number, e.g. 2016' },
  date: { test: (x) => v.is(IsoDate, x), expected: 'a real date written YYYY-MM-DD' },
  datetime: {
    test: (x) => v.is(IsoDateTime, x),
    expected: 'a date and time with its offset, e.g. 2016-12-31T18:00:00+01:00',
  },
};

/** Dates compare as text (YYYY-MM-DD); instants with offsets must compare as instants. */
function position(x: X, type: XType): number | string {
  return type === 'datetime' ? Date.parse(String(x)) : x;
}

function describe(x: X): string {
  return typeof x === 'string' ? `"${x}"` : String(x);
}

function xTypeError(path: string, type: XType, x: X): ValidationError {
  const message = `must be ${FITS[type].expected} (x.type is "${type}"), not ${describe(x)}`;
  return error(path, message, 'x-type', { type, ...received(x) });
}

function pointErrors(dataset: SeriesDataset, seriesIndex: number, path: string): ValidationError[] {
  const type = dataset.x.type;
  const fits = FITS[type].test;
  const errors: ValidationError[] = [];
  const points = dataset.series[seriesIndex]?.points ?? [];
  if (type === 'year' && ascendingWholeX.has(points)) return errors;
  // A plain loop with no per-point allocation: paths are written only for points that fail.
  const xPath = (i: number) => at(path, 'series', seriesIndex, 'points', i, 0);
  let previous: X | undefined;
  let previousAt: number | string = 0;
  for (let i = 0; i < points.length; i++) {
    const x = points[i]![0];
    if (!fits(x)) {
      errors.push(xTypeError(xPath(i), type, x));
      continue;
    }
    const current = position(x, type);
    if (previous !== undefined && !(current > previousAt)) {
      errors.push(
        error(
          xPath(i),
          `must come after ${describe(previous)}: points are in strictly ascending x`,
          'x-order',
          {
            previous,
          },
        ),
      );
    }
    previous = x;
    previousAt = current;
  }
  return errors;
}

export function seriesErrors(dataset: SeriesDataset, path: string): ValidationError[] {
  const ids = new Set(dataset.series.map((s) => s.id));
  const errors = duplicateIds(dataset.series, (i) => at(path, 'series', i, 'id'), 'series');
  dataset.series.forEach((series, i) => {
    if (series.partOf !== undefined && (!ids.has(series.partOf) || series.partOf === series.id)) {
      const others = [...ids].filter((id) => id !== series.id);
      const suggestion = closest(series.partOf, others);
      errors.push(
        error(
          at(path, 'series', i, 'partOf'),
          `must name another series of this dataset, not "${series.partOf}"`,
          'part-of',
          { id: series.partOf, known: others, ...(suggestion ? { suggestion } : {}) },
        ),
      );
    }
    errors.push(...pointErrors(dataset, i, path));
  });
  const type = dataset.x.type;
  (dataset.annotations ?? []).forEach(({ x }, i) => {
    if (!FITS[type].test(x)) errors.push(xTypeError(at(path, 'annotations', i, 'x'), type, x));
  });
  return errors;
}
