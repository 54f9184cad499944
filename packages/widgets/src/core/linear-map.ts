/**
 * Maps a domain onto a range, linearly: the arithmetic of a scale without its ticks, for drawings
 * that have no axis (a sparkline), so they do not pull in d3-array.
 */
export function linearMap(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): (value: number) => number {
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}
