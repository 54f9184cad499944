import type { Point, Series } from '../series.js';
import { addUp } from './number.js';

/** Running sum of the y values (yearly releases → active credentials); a gap stays a gap. */
export function cumulative(points: readonly Point[]): Point[] {
  let total = 0;
  return points.map(([x, y]) => {
    if (y === null) return [x, null];
    total = addUp([total, y]);
    return [x, total];
  });
}

/** Sum of a series' y values, gaps ignored. */
export function seriesTotal(series: Series | readonly Point[]): number {
  const points = 'points' in series ? series.points : series;
  return addUp(points.map(([, y]) => y));
}
