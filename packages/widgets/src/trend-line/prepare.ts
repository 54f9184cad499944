import type { Point, SeriesDataset, ValueFormat, XType } from '@cst/schema';

/** Which values are plotted: as given, or their running sum (for per-period amounts). */
export type TrendView = 'period' | 'cumulative';

/** One series as numbers: x in years or ms, y with NaN for a gap. Arrays may be longer than `n`. */
export interface PreparedSeries {
  id: string;
  label: string;
  format?: ValueFormat;
  points: readonly Point[];
  xs: Float64Array;
  ys: Float64Array;
  n: number;
  /** Lowest and highest y (Infinity / -Infinity when every point is a gap). */
  min: number;
  max: number;
  /** The running sum so far, to carry on when points are appended. */
  sum: number;
  /**
   * Indices of the first and last defined points and of the (first) lowest and highest, -1 when
   * every point is a gap: found in the same pass, so the description reads no point again.
   */
  first: number;
  last: number;
  lo: number;
  hi: number;
}

export interface Prepared {
  dataset: SeriesDataset;
  view: TrendView;
  series: PreparedSeries[];
  /** Points added by the last update when it only appended (0 when it was rebuilt). */
  appended: number;
}

/** x as a number: a year as is; a date at local midnight; a date-time as its instant. */
export function xNumber(x: number | string, type: XType): number {
  if (typeof x === 'number') return x;
  if (type === 'date') return new Date(+x.slice(0, 4), +x.slice(5, 7) - 1, +x.slice(8, 10)).getTime();
  return Date.parse(x);
}

function fill(target: PreparedSeries, from: number, type: XType, cumulative: boolean): void {
  const { points, xs, ys } = target;
  let { min, max, sum, first, last, lo, hi } = target;
  const n = points.length;
  for (let i = from; i < n; i++) {
    const point = points[i]!;
    const x = point[0];
    const raw = point[1];
    xs[i] = typeof x === 'number' ? x : xNumber(x, type);
    if (raw === null) {
      ys[i] = NaN;
      continue;
    }
    const y = cumulative ? (sum += raw) : raw;
    ys[i] = y;
    if (first < 0) first = i;
    last = i;
    if (y < min) {
      min = y;
      lo = i;
    }
    if (y > max) {
      max = y;
      hi = i;
    }
  }
  target.n = n;
  target.min = min;
  target.max = max;
  target.sum = sum;
  target.first = first;
  target.last = last;
  target.lo = lo;
  target.hi = hi;
}

function grow(array: Float64Array, size: number): Float64Array {
  if (array.length >= size) return array;
  const next = new Float64Array(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}

/** True when every series of `next` holds the points of `previous` and maybe more after them. */
function extends_(previous: Prepared, next: SeriesDataset, view: TrendView): boolean {
  const old = previous.dataset;
  if (previous.view !== view || old.x.type !== next.x.type || old.cumulative !== next.cumulative)
    return false;
  if (old.series.length !== next.series.length) return false;
  return next.series.every((series, i) => {
    const before = previous.series[i]!;
    if (series.id !== before.id || series.points.length < before.n) return false;
    if (before.n === 0) return true;
    const [a, b] = [before.points[before.n - 1]!, series.points[before.n - 1]!];
    const [c, d] = [before.points[0]!, series.points[0]!];
    return a[0] === b[0] && a[1] === b[1] && c[0] === d[0] && c[1] === d[1];
  });
}

/**
 * Numbers for drawing, computed once per dataset. When the new dataset only appends points to the
 * previous one (a live feed), the earlier numbers, extremes and running sums are kept and only
 * the new points are read. Either way `previous` is consumed: its buffers are reused when they fit.
 */
export function prepare(dataset: SeriesDataset, view: TrendView, previous?: Prepared): Prepared {
  const type = dataset.x.type;
  const cumulative = view === 'cumulative';
  if (previous && extends_(previous, dataset, view)) {
    let appended = 0;
    const series = dataset.series.map((s, i) => {
      const before = previous.series[i]!;
      const from = before.n;
      appended += s.points.length - from;
      const next: PreparedSeries = {
        ...before,
        label: s.label,
        format: s.format,
        points: s.points,
        xs: grow(before.xs, s.points.length),
        ys: grow(before.ys, s.points.length),
      };
      fill(next, from, type, cumulative);
      return next;
    });
    return { dataset, view, series, appended };
  }
  // A replaced million-point series would otherwise allocate 16 MB per update: reuse the buffers.
  const reuse = (old: Float64Array | undefined, size: number) =>
    old && old.length >= size && old.length <= size * 2 ? old : new Float64Array(size);
  const series = dataset.series.map((s, i) => {
    const size = s.points.length;
    const prepared: PreparedSeries = {
      id: s.id,
      label: s.label,
      format: s.format,
      points: s.points,
      xs: reuse(previous?.series[i]?.xs, size),
      ys: reuse(previous?.series[i]?.ys, size),
      n: 0,
      min: Infinity,
      max: -Infinity,
      sum: 0,
      first: -1,
      last: -1,
      lo: -1,
      hi: -1,
    };
    fill(prepared, 0, type, cumulative);
    return prepared;
  });
  return { dataset, view, series, appended: 0 };
}

/** The index of the point whose x is nearest to `x` (xs ascending). */
export function nearestIndex(xs: Float64Array, n: number, x: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && x - xs[lo - 1]! < xs[lo]! - x ? lo - 1 : lo;
}
