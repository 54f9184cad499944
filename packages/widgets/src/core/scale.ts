import { nice, ticks } from 'd3-array';
import { linearMap } from './linear-map.js';

/**
 * A linear scale: a function from domain to range with invert and ticks. Written here
 * because d3-scale's linear scale costs ~9 KB gzip (interpolators, colour, format) for
 * what is a line of arithmetic; d3-array's ticks/nice keep the tick choice d3's.
 */
export interface LinearScale {
  (value: number): number;
  invert(pixel: number): number;
  ticks(count?: number): number[];
  domain: readonly [number, number];
  range: readonly [number, number];
}

export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  options: { nice?: number } = {},
): LinearScale {
  let [d0, d1] = domain;
  if (options.nice) [d0, d1] = nice(d0, d1, options.nice);
  const [r0, r1] = range;
  const scale = linearMap([d0, d1], [r0, r1]) as LinearScale;
  scale.invert = linearMap([r0, r1 === r0 ? r0 + 1 : r1], [d0, d0 === d1 ? d0 + 1 : d1]);
  scale.ticks = (count = 5) => ticks(d0, d1, count);
  (scale as { domain: readonly [number, number] }).domain = [d0, d1];
  (scale as { range: readonly [number, number] }).range = [r0, r1];
  return scale;
}
