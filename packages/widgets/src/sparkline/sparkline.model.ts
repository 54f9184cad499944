import type { SeriesDataset } from '@cst/schema';
import { linePath } from '../core/path.js';
import { linearScale } from '../core/scale.js';

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
 * A small trend line for a KPI: the first series of a series dataset (cumulated when the
 * dataset holds per-period amounts), scaled into width × height with a margin for the stroke.
 */
export function sparklineModel(series: SeriesDataset, width: number, height: number): SparklineModel | null {
  const points = series.series[0]?.points ?? [];
  const raw = points.map(([, y]) => y);
  const values = series.cumulative ? runningSum(raw) : raw;
  const defined = values.filter((value): value is number => value !== null);
  if (defined.length < 2) return null;
  const pad = 2;
  const x = linearScale([0, values.length - 1], [pad, width - pad]);
  const min = Math.min(...defined);
  const max = Math.max(...defined);
  const y = linearScale([min, max === min ? min + 1 : max], [height - pad, pad]);
  const path = linePath(
    values.map((_, i) => x(i)),
    values.map((value) => (value === null ? null : y(value))),
  );
  const lastIndex = values.length - 1 - [...values].reverse().findIndex((value) => value !== null);
  const lastValue = values[lastIndex] as number;
  return { path, end: { x: x(lastIndex), y: y(lastValue) }, first: defined[0]!, last: lastValue };
}
