/** Appends a column's picks (lowest, highest, first gap) in index order, each once. */
function emit(out: Uint32Array, size: number, lo: number, hi: number, gap: number): number {
  const picks = [lo, hi, gap].filter((i) => i >= 0).sort((a, b) => a - b);
  for (let k = 0; k < picks.length; k++) if (picks[k] !== picks[k - 1]) out[size++] = picks[k]!;
  return size;
}

/**
 * Min/max per pixel column: which point indices to draw so that every column shows its lowest
 * and highest value (peaks and dips survive), with the first and last point always kept and a
 * gap (NaN) inside a column kept as a gap. Indices come back ascending. With no gaps the result
 * has at most `maxPoints` indices; a column holding a gap may add one more.
 * `xs` must be ascending; `start`/`end` bound the slice to look at (end exclusive).
 */
export function minMaxIndices(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  maxPoints: number,
  start = 0,
  end = xs.length,
): Uint32Array {
  const n = end - start;
  if (n <= maxPoints) return Uint32Array.from({ length: n }, (_, i) => start + i);
  const columns = Math.max(1, Math.floor((maxPoints - 2) / 2));
  const x0 = xs[start]!;
  const perX = columns / (xs[end - 1]! - x0 || 1);
  const out = new Uint32Array(columns * 3 + 2);
  let size = 0;
  out[size++] = start;
  let column = -1;
  let lo = -1;
  let hi = -1;
  let gap = -1;
  let loY = 0;
  let hiY = 0;
  // The hot loop of a million-point render: locals only, no calls per point.
  for (let i = start + 1; i < end - 1; i++) {
    let c = ((xs[i]! - x0) * perX) | 0;
    if (c >= columns) c = columns - 1;
    if (c !== column) {
      if (column >= 0) size = emit(out, size, lo, hi, gap);
      column = c;
      lo = hi = gap = -1;
    }
    const y = ys[i]!;
    if (y !== y) {
      if (gap < 0) gap = i;
    } else if (lo < 0) {
      lo = hi = i;
      loY = hiY = y;
    } else if (y < loY) {
      lo = i;
      loY = y;
    } else if (y > hiY) {
      hi = i;
      hiY = y;
    }
  }
  if (column >= 0) size = emit(out, size, lo, hi, gap);
  out[size++] = end - 1;
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
