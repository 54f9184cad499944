import { type Point, type SeriesDataset, type ValueFormat, type XType, xMillis, xValues } from '@cst/schema';
import { blockSize, summarise } from './blocks.js';

/** Which values are plotted: as given, or their running sum (for per-period amounts). */
export type TrendView = 'period' | 'cumulative';

/**
 * One series, ready to draw. A million points are read in place (two fresh 8 MB columns would
 * cost more than the drawing); what the points do not hold as plain numbers is kept in columns
 * (x parsed from dates, y summed in the cumulative view), and so are x and y up to `COLUMNS`
 * points, where reading columns beats reading the points. Read them with `xAt` and `yAt`.
 * Columns may be longer than `n`.
 */
export interface PreparedSeries {
  id: string;
  label: string;
  format?: ValueFormat;
  points: readonly Point[];
  /**
   * x as numbers (dates in ms), when kept. An instant's are the numbers the dataset's check read
   * (`xValues`), shared with it: never written here.
   */
  xs?: Float64Array;
  /** y as plotted (the running sums in the cumulative view; NaN for a gap), when kept. */
  ys?: Float64Array;
  /** A summary of every block of points, for the downsampler, when y is read from the points (see blocks.ts). */
  blocks?: Float64Array;
  n: number;
  /** Lowest and highest y (Infinity / -Infinity when every point is a gap). */
  min: number;
  max: number;
  /** The running sum so far, to carry on when points are appended. */
  sum: number;
  /**
   * Indices of the first and last defined points and of the (first) lowest and highest, -1 when
   * every point is a gap: found while preparing, so the description reads no point again.
   */
  first: number;
  last: number;
  lo: number;
  hi: number;
}

/** Where x and y are read: the points, or the columns that stand in for their x or y. */
export type XYSource = Pick<PreparedSeries, 'points' | 'xs' | 'ys' | 'blocks'>;

/** The x of point `i` as a number: a year, or ms since the epoch. */
export function xAt(s: XYSource, i: number): number {
  return s.xs ? s.xs[i]! : (s.points[i]![0] as number);
}

/** The plotted y of point `i`: NaN for a gap. */
export function yAt(s: XYSource, i: number): number {
  if (s.ys) return s.ys[i]!;
  const y = s.points[i]![1];
  return y === null ? NaN : y;
}

/** Up to this many points (1 MB columns) a series keeps its x and y as columns too. */
export const COLUMNS = 1 << 17;

export interface Prepared {
  dataset: SeriesDataset;
  view: TrendView;
  series: PreparedSeries[];
  /** Points added by the last update when it only appended (0 when it was rebuilt). */
  appended: number;
}

/** A day given by its midnight UTC, at its local midnight: where the local calendar's ticks put that day. */
function localMidnight(utcMidnight: number): number {
  const utc = new Date(utcMidnight);
  const local = new Date(0);
  local.setFullYear(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
  return local.setHours(0, 0, 0, 0);
}

/**
 * The x of a dataset's points as numbers, when the points do not hold them: an instant's or a date's
 * from ISO text, as the dataset's check read them (xValues); null when the points hold numbers (years,
 * milliseconds).
 */
function givenXs(points: readonly Point[], type: XType): Float64Array | null {
  return type === 'year' ? null : xValues(points, type);
}

/** The x column of a prepared series when this module may write it (not the check's own, see givenXs). */
function ownXs(s: PreparedSeries | undefined, type: XType | undefined): Float64Array | undefined {
  return s?.xs && type && s.xs !== givenXs(s.points, type) ? s.xs : undefined;
}

/** x as a number: a year as is; a date at local midnight; a date-time as its instant. */
export function xNumber(x: number | string, type: XType): number {
  if (type === 'year') return x as number;
  const ms = xMillis(x, type);
  return type === 'date' ? localMidnight(ms) : ms;
}

/** The first point from `from` on (or, with `step` -1, the last down to it) that is not a gap. */
function defined(s: XYSource, from: number, to: number, step: 1 | -1): number {
  for (let i = from; i !== to; i += step) if (yAt(s, i) === yAt(s, i)) return i;
  return -1;
}

/**
 * Reads the points from `from` on, once: into the columns kept, or into block summaries, with the
 * extremes either way (dates are parsed first); the ends are looked for from either end.
 */
function fill(target: PreparedSeries, from: number, type: XType, cumulative: boolean): void {
  const { points, xs, ys, blocks } = target;
  const n = points.length;
  const given = givenXs(points, type);
  // x kept as numbers in the points (years, milliseconds), copied into a column of its own when kept.
  const inPlace = given === null && type !== 'date';
  if (xs && type === 'date')
    for (let i = from; i < n; i++) xs[i] = localMidnight(given ? given[i]! : (points[i]![0] as number));
  if (blocks) summarise(target, blocks, from, n);
  else if (ys) {
    // One flat pass (optimised early, while it runs): y into its column, summed in the cumulative
    // view, years into theirs, extremes as they come.
    let { min, max, lo, hi, sum } = target;
    for (let i = from; i < n; i++) {
      const point = points[i]!;
      if (xs && inPlace) xs[i] = point[0] as number;
      const raw = point[1];
      const y = raw === null ? NaN : cumulative ? (sum += raw) : raw;
      ys[i] = y;
      if (y < min) {
        min = y;
        lo = i;
      }
      if (y > max) {
        max = y;
        hi = i;
      }
    }
    Object.assign(target, { min, max, lo, hi, sum });
  }
  const last = defined(target, n - 1, from - 1, -1);
  if (target.first < 0) target.first = defined(target, from, n, 1);
  if (last >= 0) target.last = last;
  target.n = n;
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
      const given = type === 'date' ? null : givenXs(s.points, type);
      const own = ownXs(before, type);
      appended += s.points.length - from;
      const next: PreparedSeries = {
        ...before,
        label: s.label,
        format: s.format,
        points: s.points,
        xs: given ?? (own && grow(own, s.points.length)),
        ys: before.ys && grow(before.ys, s.points.length),
        blocks: before.blocks && grow(before.blocks, blockSize(s.points.length)),
      };
      fill(next, from, type, cumulative);
      return next;
    });
    return { dataset, view, series, appended };
  }
  // Columns where the points do not hold the numbers, or are few enough; a replaced series reuses the old ones.
  const reuse = (old: Float64Array | undefined, size: number) =>
    old && old.length >= size && old.length <= size * 2 ? old : new Float64Array(size);
  const series = dataset.series.map((s, i) => {
    const size = s.points.length;
    const few = size <= COLUMNS;
    const given = givenXs(s.points, type);
    const prepared: PreparedSeries = {
      id: s.id,
      label: s.label,
      format: s.format,
      points: s.points,
      xs:
        type !== 'date' && given
          ? given
          : type === 'date' || few
            ? reuse(ownXs(previous?.series[i], previous?.dataset.x.type), size)
            : undefined,
      ys: cumulative || few ? reuse(previous?.series[i]?.ys, size) : undefined,
      blocks: cumulative || few ? undefined : reuse(previous?.series[i]?.blocks, blockSize(size)),
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

/** The index of the point whose x is nearest to `x` (x ascending, `s.n` > 0). */
export function nearestIndex(s: XYSource & { n: number }, x: number): number {
  let lo = 0;
  let hi = s.n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xAt(s, mid) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && x - xAt(s, lo - 1) < xAt(s, lo) - x ? lo - 1 : lo;
}
