import type { SeriesDataset } from '@cst/schema';
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

/** The series a tile draws: the one named, else the first; none when the name is not the dataset's. */
export function sparklineSeries(
  dataset: SeriesDataset,
  seriesId?: string,
): SeriesDataset['series'][number] | undefined {
  return seriesId ? dataset.series.find((series) => series.id === seriesId) : dataset.series[0];
}

/**
 * A small trend line for a KPI: one series of a series dataset (checked with its schema; the first
 * unless `seriesId` names another), cumulated when the dataset holds per-period amounts, scaled into
 * width × height with a margin for the stroke. Null when there is nothing to draw.
 */
export function sparklineModel(
  dataset: SeriesDataset,
  seriesId: string | undefined,
  width: number,
  height: number,
): SparklineModel | null {
  const series = sparklineSeries(dataset, seriesId);
  if (!series) return null;
  const raw = series.points.map(([, y]) => y);
  const values = dataset.cumulative === true ? runningSum(raw) : raw;
  const defined = values.filter((value): value is number => value !== null);
  if (defined.length < 2) return null;
  const pad = 2;
  const x = linearMap([0, values.length - 1], [pad, width - pad]);
  // A loop, not Math.min(...values): a series of a few hundred thousand points overflows the call stack.
  let [min, max] = [Infinity, -Infinity];
  for (const value of defined) [min, max] = [Math.min(min, value), Math.max(max, value)];
  const y = linearMap([min, max === min ? min + 1 : max], [height - pad, pad]);
  const path = linePath(
    values.map((_, i) => x(i)),
    values.map((value) => (value === null ? null : y(value))),
  );
  const lastIndex = values.length - 1 - [...values].reverse().findIndex((value) => value !== null);
  const lastValue = values[lastIndex] as number;
  return { path, end: { x: x(lastIndex), y: y(lastValue) }, first: defined[0]!, last: lastValue };
}
