import { BLOCK, STRIDE } from './blocks.js';
import { type XYSource, xAt } from './prepare.js';

/** Appends a column's picks (lowest, highest, first gap; -1 for none) in index order, each once. */
function emit(out: Uint32Array, size: number, a: number, b: number, c: number): number {
  // Three values sorted with three compare-and-swaps; no array per column.
  if (a > b) [a, b] = [b, a];
  if (b > c) [b, c] = [c, b];
  if (a > b) [a, b] = [b, a];
  if (a >= 0) out[size++] = a;
  if (b >= 0 && b !== a) out[size++] = b;
  if (c >= 0 && c !== b) out[size++] = c;
  return size;
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
  const { points, xs, ys, blocks } = source;
  const columns = Math.max(1, Math.floor((maxPoints - 2) / 2));
  const x0 = xAt(source, start);
  const perX = columns / (xAt(source, end - 1) - x0 || 1);
  const columnOf = (x: number) => Math.min(columns - 1, ((x - x0) * perX) | 0);
  const out = new Uint32Array(columns * 3 + 2);
  let size = 0;
  out[size++] = start;
  const last = end - 1;
  // One walk in index order (x ascend, so columns come in order); a column's picks are emitted
  // when the next column starts. The hot loop of a million-point render: locals only.
  let column = -1;
  let lo = -1;
  let hi = -1;
  let gap = -1;
  let loY = Infinity;
  let hiY = -Infinity;
  for (let k = start + 1; k < last; k++) {
    if (blocks && k % BLOCK === 0 && k + BLOCK <= last) {
      // A block inside one column counts by its summary; one across a border is read point by point.
      const at = (k / BLOCK) * STRIDE;
      const c = columnOf(blocks[at + 5]!);
      if (c === columnOf(blocks[at + 6]!)) {
        if (c !== column) {
          if (column >= 0) size = emit(out, size, lo, hi, gap);
          column = c;
          lo = hi = gap = -1;
          loY = Infinity;
          hiY = -Infinity;
        }
        // Blocks and points come in index order: strict comparisons keep the first lowest and highest.
        if (gap < 0) gap = blocks[at + 2]!;
        if (blocks[at + 3]! < loY) {
          lo = blocks[at]!;
          loY = blocks[at + 3]!;
        }
        if (blocks[at + 4]! > hiY) {
          hi = blocks[at + 1]!;
          hiY = blocks[at + 4]!;
        }
        k += BLOCK - 1;
        continue;
      }
    }
    const c = columnOf(xs ? xs[k]! : (points[k]![0] as number));
    if (c !== column) {
      if (column >= 0) size = emit(out, size, lo, hi, gap);
      column = c;
      lo = hi = gap = -1;
      loY = Infinity;
      hiY = -Infinity;
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
  if (column >= 0) size = emit(out, size, lo, hi, gap);
  out[size++] = last;
  return out.subarray(0, size);
}

/**
 * Largest-Triangle-Three-Buckets (Steinarsson 2013): `threshold` indices that keep the visual
 * shape of a gap-free line; offered for callers that want a fixed count rather than columns.
 */
export function lttbIndices(xs: ArrayLike<number>, ys: ArrayLike<number>, threshold: number): Uint32Array {
  const n = xs.length;
  if (threshold >= n || threshold < 3) return Uint32Array.from({ length: n }, (_, i) => i);
  const out = new Uint32Array(threshold);
  const every = (n - 2) / (threshold - 2);
  let a = 0;
  out[0] = 0;
  for (let i = 0; i < threshold - 2; i++) {
    const nextStart = Math.floor((i + 1) * every) + 1;
    const nextEnd = Math.min(Math.floor((i + 2) * every) + 1, n);
    let avgX = 0;
    let avgY = 0;
    for (let j = nextStart; j < nextEnd; j++) {
      avgX += xs[j]!;
      avgY += ys[j]!;
    }
    const len = nextEnd - nextStart || 1;
    avgX /= len;
    avgY /= len;
    const from = Math.floor(i * every) + 1;
    const to = Math.floor((i + 1) * every) + 1;
    let best = from;
    let area = -1;
    for (let j = from; j < to; j++) {
      const current = Math.abs((xs[a]! - avgX) * (ys[j]! - ys[a]!) - (xs[a]! - xs[j]!) * (avgY - ys[a]!));
      if (current > area) [area, best] = [current, j];
    }
    out[i + 1] = a = best;
  }
  out[threshold - 1] = n - 1;
  return out;
}
