import { type ValidationError, received } from '../issues.js';
import type { SeriesDataset, XType } from '../series.js';
import { at, duplicateIds, error } from './path.js';
import { MAX_MS } from '../calendar.js';
import { type TimeXType, keepXValues, xMillis } from '../series-x.js';
import { closest } from '../suggest.js';

type X = string | number;

/**
 * Point lists that the schema's fast path (series.ts) has just read and found with whole-number x
 * in strictly ascending order: what the year check below asks (and the instant check, of x given in
 * milliseconds), so it need not read them again.
 * The schema runs right before these checks on the very same list, and clears the mark when the
 * list no longer qualifies.
 */
export const ascendingWholeX = new WeakSet<readonly unknown[]>();

const EXPECTED: Record<XType, string> = {
  year: 'a year written as a whole number, e.g. 2016',
  date: 'a real date written YYYY-MM-DD, or its midnight UTC in milliseconds since 1970',
  datetime: 'a date and time with its offset, e.g. 2016-12-31T18:00:00+01:00, or milliseconds since 1970',
};

/** Where an x sits on its axis (a year, or milliseconds since 1970); NaN when it is not of the type. */
function position(x: unknown, type: XType): number {
  if (type !== 'year') return xMillis(x, type);
  return Number.isInteger(x) ? (x as number) : NaN;
}

/**
 * The x of the last list of dates or instants read as text, as they were when read (a copy: the
 * list itself may be changed in place afterwards), with the numbers read from them. A live update
 * mostly repeats its x (the same instants with new figures, or the window moved on by a few
 * points): those are taken from here instead of parsed again. One list is kept, the last checked.
 */
let lastRead: { texts: readonly unknown[]; xs: Float64Array; type: XType } | undefined;

/** Where a list whose first x is `first` starts within the last list read of that type: -1 if not near its start. */
function lastReadOffset(first: unknown, type: XType): number {
  if (!lastRead || lastRead.type !== type) return -1;
  const end = Math.min(lastRead.texts.length, 64);
  for (let k = 0; k < end; k++) if (lastRead.texts[k] === first) return k;
  return -1;
}

function describe(x: X): string {
  return typeof x === 'string' ? `"${x}"` : String(x);
}

function xTypeError(path: string, type: XType, x: X): ValidationError {
  const message = `must be ${EXPECTED[type]} (x.type is "${type}"), not ${describe(x)}`;
  return error(path, message, 'x-type', { type, ...received(x) });
}

function pointErrors(dataset: SeriesDataset, seriesIndex: number, path: string): ValidationError[] {
  const type = dataset.x.type;
  const errors: ValidationError[] = [];
  const points = dataset.series[seriesIndex]?.points ?? [];
  if (ascendingWholeX.has(points) || points.length === 0) {
    // Whole numbers in ascending order, as the schema's pass found them: years, or instants in
    // milliseconds once the first and last are in a Date's range. These are read in place.
    if (type === 'year' || points.length === 0) return errors;
    const [first, last] = [points[0]![0] as number, points[points.length - 1]![0] as number];
    if (type === 'datetime' && Math.abs(first) <= MAX_MS && Math.abs(last) <= MAX_MS) {
      keepXValues(points, type, null);
      return errors;
    }
  }
  // Dates are read once, here: the numbers are kept for whatever shows the dataset (xValues).
  const xs = type === 'year' ? undefined : new Float64Array(points.length);
  let numbers = true;
  // A plain loop with no per-point allocation: paths are written only for points that fail.
  const xPath = (i: number) => at(path, 'series', seriesIndex, 'points', i, 0);
  let previous: X | undefined;
  let previousAt = 0;
  const texts = xs && new Array<unknown>(points.length);
  const offset = xs ? lastReadOffset(points[0]![0], type) : -1;
  const known = offset >= 0 ? lastRead! : undefined;
  for (let i = 0; i < points.length; i++) {
    const x = points[i]![0];
    if (texts) texts[i] = x;
    const j = i + offset;
    const current =
      known && j < known.texts.length && known.texts[j] === x ? known.xs[j]! : position(x, type);
    if (current !== current) {
      errors.push(xTypeError(xPath(i), type, x));
      continue;
    }
    if (xs) xs[i] = current;
    numbers &&= typeof x === 'number';
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
  if (xs && errors.length === 0) {
    keepXValues(points, type as TimeXType, numbers ? null : xs);
    if (!numbers) lastRead = { texts: texts!, xs, type };
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
    if (Number.isNaN(position(x, type))) errors.push(xTypeError(at(path, 'annotations', i, 'x'), type, x));
  });
  return errors;
}
