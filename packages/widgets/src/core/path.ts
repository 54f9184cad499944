/**
 * SVG path strings for polylines and areas, with gaps. d3-shape's line() costs ~3 KB gzip
 * (curves, d3-path) for what a straight-segment chart needs: "M x,y L x,y …".
 */
const round = (value: number) => Math.round(value * 100) / 100;

/** A polyline through the points; a null y starts a new segment. */
export function linePath(xs: ArrayLike<number>, ys: ArrayLike<number | null>): string {
  let path = '';
  let pen = false;
  for (let i = 0; i < xs.length; i++) {
    const y = ys[i];
    if (y === null || y === undefined || Number.isNaN(y)) {
      pen = false;
      continue;
    }
    path += `${pen ? 'L' : 'M'}${round(xs[i]!)},${round(y)}`;
    pen = true;
  }
  return path;
}

/** The area between the line and a baseline; each gap-free run closes on the baseline. */
export function areaPath(xs: ArrayLike<number>, ys: ArrayLike<number | null>, baseline: number): string {
  let path = '';
  let start = -1;
  const close = (end: number) => {
    if (start < 0) return;
    path += `L${round(xs[end]!)},${round(baseline)}L${round(xs[start]!)},${round(baseline)}Z`;
    start = -1;
  };
  for (let i = 0; i < xs.length; i++) {
    const y = ys[i];
    if (y === null || y === undefined || Number.isNaN(y)) {
      close(i - 1);
      continue;
    }
    path += `${start < 0 ? 'M' : 'L'}${round(xs[i]!)},${round(y)}`;
    if (start < 0) start = i;
  }
  close(xs.length - 1);
  return path;
}
