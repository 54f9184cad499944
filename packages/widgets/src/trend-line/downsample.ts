import { BLOCK, STRIDE } from './blocks.js';
import { type XYSource, xAt } from './prepare.js';

/** Appends a column's picks (lowest, highest, first gap; -1 for none) in index order, each once. */
function emit(out: Uint32Array, size: number, a: number, b: number, c: number): number {
  const first = Math.min(a, b, c);
  const last = Math.max(a, b, c);
  const middle = a + b + c - first - last;
  if (first >= 0) out[size++] = first;
  if (middle >= 0 && middle !== first) out[size++] = middle;
  if (last >= 0 && last !== middle) out[size++] = last;
  return size;
}

/** The pixel column of point `i`: x read as in xAt, `perX` columns per unit of x from `x0`. */
function columnOf(source: XYSource, i: number, x0: number, perX: number, columns: number): number {
  const x = source.xs ? source.xs[i]! : (source.points[i]![0] as number);
  return Math.min(columns - 1, ((x - x0) * perX) | 0);
}

/**
 * Min/max per pixel column: which point indices to draw so that every column shows its lowest
 * and highest value (peaks and dips survive), with the first and last point always kept and a
 * gap (NaN) inside a column kept as a gap. Indices come back ascending. With no gaps the result
 * has at most `maxPoints` indices; a column holding a gap may add one more.
 * x must be ascending; `start`/`end` bound the slice to look at (end exclusive).
 */
export function minMaxIndices(source: XYSource, maxPoints: number, start: number, end: number): Uint32Array {
  const n = end - start;
  if (n <= maxPoints) {
    const every = new Uint32Array(n);
    for (let i = 0; i < n; i++) every[i] = start + i;
    return every;
  }
  // One function, no closures: it runs once per render, so its loops must be optimised while they
  // run, and a closure made per call would be a new call target each time, undoing that.
  const { points, ys, blocks } = source;
  const columns = Math.max(1, Math.floor((maxPoints - 2) / 2));
  const x0 = xAt(source, start);
  const perX = columns / (xAt(source, end - 1) - x0 || 1);
  const out = new Uint32Array(columns * 3 + 2);
  let size = 0;
  out[size++] = start;
  const last = end - 1;
  let i = start + 1;
  while (i < last) {
    // x ascend, so a column is a run of indices: find where it ends by galloping then bisection
    // (a few x read near i), then read only y inside it.
    const column = columnOf(source, i, x0, perX, columns);
    let stop = i + 1;
    let step = 1;
    while (stop + step < last && columnOf(source, stop + step, x0, perX, columns) === column) {
      stop += step;
      step *= 2;
    }
    let top = Math.min(last, stop + step);
    while (stop < top) {
      const mid = (stop + top) >>> 1;
      if (columnOf(source, mid, x0, perX, columns) > column) top = mid;
      else stop = mid + 1;
    }
    // Whole blocks inside the column, [from, to), count by their summaries; blocks and points
    // come in index order, so strict comparisons keep the first lowest and highest. Without
    // blocks (y in a column) `from` is never met: one comparison per point, the fewest steps.
    const from = blocks ? Math.min(stop, Math.ceil(i / BLOCK) * BLOCK) : stop;
    const to = blocks ? Math.max(from, Math.floor(stop / BLOCK) * BLOCK) : stop;
    let lo = -1;
    let hi = -1;
    let gap = -1;
    let loY = Infinity;
    let hiY = -Infinity;
    for (let k = i; k < stop; k++) {
      if (k === from && to > from) {
        // (`| 0`: indices are stored as doubles; as small integers, like k, the optimised loop
        // meets one kind of number.)
        for (let at = (from / BLOCK) * STRIDE; k < to; k += BLOCK, at += STRIDE) {
          if (gap < 0) gap = blocks![at + 2]! | 0;
          if (blocks![at + 3]! < loY) {
            lo = blocks![at]! | 0;
            loY = blocks![at + 3]!;
          }
          if (blocks![at + 4]! > hiY) {
            hi = blocks![at + 1]! | 0;
            hiY = blocks![at + 4]!;
          }
        }
        if (k >= stop) break;
      }
      const y = ys ? ys[k]! : (points[k]![1] ?? NaN);
      if (y !== y) {
        if (gap < 0) gap = k;
        continue;
      }
      if (y < loY) {
        lo = k;
        loY = y;
      }
      if (y > hiY) {
        hi = k;
        hiY = y;
      }
    }
    size = emit(out, size, lo, hi, gap);
    i = stop;
  }
  out[size++] = last;
  return out.subarray(0, size);
}
