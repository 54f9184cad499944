import { linePath } from '../core/path.js';
import { linearMap } from '../core/linear-map.js';

export interface SparklineModel {
  path: string;
  /** The last point, to mark it. */
  end: { x: number; y: number };
  first: number;
  last: number;
}

/** Running sums, gaps kept as gaps. */
function runningSum(values: (number | null)[]): (number | null)[] {
  let sum = 0;
  return values.map((value) => (value === null ? null : (sum += value)));
}

/**
 * The y values of a series dataset's first series. The dataset is another one of the document,
 * which the tile's own schema did not check: anything that is not a finite number is a gap.
 */
function firstSeriesValues(dataset: unknown): (number | null)[] {
  const series = (dataset as { series?: unknown } | null)?.series;
  const points = Array.isArray(series) ? (series[0] as { points?: unknown } | undefined)?.points : undefined;
  if (!Array.isArray(points)) return [];
  return points.map((point: unknown) => {
    const y = Array.isArray(point) ? (point[1] as unknown) : null;
    return typeof y === 'number' && Number.isFinite(y) ? y : null;
  });
}

/**
 * A small trend line for a KPI: the first series of a series dataset (cumulated when the
 * dataset holds per-period amounts), scaled into width × height with a margin for the stroke.
 */
export function sparklineModel(dataset: unknown, width: number, height: number): SparklineModel | null {
  const raw = firstSeriesValues(dataset);
  const values = (dataset as { cumulative?: unknown } | null)?.cumulative === true ? runningSum(raw) : raw;
  const defined = values.filter((value): value is number => value !== null);
  if (defined.length < 2) return null;
  const pad = 2;
  const x = linearMap([0, values.length - 1], [pad, width - pad]);
  const min = Math.min(...defined);
  const max = Math.max(...defined);
  const y = linearMap([min, max === min ? min + 1 : max], [height - pad, pad]);
  const path = linePath(
    values.map((_, i) => x(i)),
    values.map((value) => (value === null ? null : y(value))),
  );
  const lastIndex = values.length - 1 - [...values].reverse().findIndex((value) => value !== null);
  const lastValue = values[lastIndex] as number;
  return { path, end: { x: x(lastIndex), y: y(lastValue) }, first: defined[0]!, last: lastValue };
}
