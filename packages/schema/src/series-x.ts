import { DAY_MS, MAX_MS, parseIsoDate, parseIsoDateTime } from './calendar.js';

/** The x types that are moments in time: a calendar day, an instant. */
export type TimeXType = 'date' | 'datetime';

/**
 * A date's or an instant's x as milliseconds since 1970, NaN when it is neither: ISO text
 * ("2016-12-31", "2016-12-31T18:00:00+01:00"), or a whole number of milliseconds (a date's is its
 * midnight UTC, a whole number of days: `Date.UTC(2016, 11, 31)`).
 */
export function xMillis(x: unknown, type: TimeXType): number {
  if (typeof x === 'number')
    return Number.isInteger(x) && Math.abs(x) <= MAX_MS && (type === 'datetime' || x % DAY_MS === 0)
      ? x
      : NaN;
  if (typeof x !== 'string') return NaN;
  return type === 'date' ? parseIsoDate(x) : parseIsoDateTime(x);
}

/** The x of point lists already read, by list: what checks/series.ts found while checking them. */
const read = new WeakMap<readonly unknown[], { type: TimeXType; xs: Float64Array | null }>();

/** Keeps what the check of a point list read, for `xValues` (null: its x are numbers already). */
export function keepXValues(points: readonly unknown[], type: TimeXType, xs: Float64Array | null): void {
  read.set(points, { type, xs });
}

/**
 * The x of every point as milliseconds since 1970 (see `xMillis`; NaN where a point has neither),
 * each date read once; null when every x is a valid number of milliseconds already, to be read from
 * the points as they are. Checking a dataset (`validateDataset`, or an element's check of the dataset
 * it shows) keeps what it read, so what shows the dataset next reads no date again. The array is
 * shared: read it, never write it.
 */
export function xValues(
  points: readonly (readonly [unknown, unknown])[],
  type: TimeXType,
): Float64Array | null {
  const kept = read.get(points);
  if (kept && kept.type === type && (kept.xs === null || kept.xs.length === points.length)) return kept.xs;
  const xs = new Float64Array(points.length);
  let numbers = true;
  for (let i = 0; i < points.length; i++) {
    const x = points[i]![0];
    xs[i] = xMillis(x, type);
    numbers &&= typeof x === 'number' && xs[i] === xs[i];
  }
  keepXValues(points, type, numbers ? null : xs);
  return numbers ? null : xs;
}
