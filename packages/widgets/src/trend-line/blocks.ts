import type { PreparedSeries } from './prepare.js';

/**
 * Points per block. Each block of points `[b * BLOCK, (b + 1) * BLOCK)` is summarised while the
 * points are read anyway, as `STRIDE` numbers from `b * STRIDE`: the indices of its first lowest,
 * first highest and first gap (-1 for none), and its lowest and highest y. The downsampler takes
 * a block that falls inside one pixel column from these, so a million points are not read twice.
 * Only series whose y stays in the points have blocks (a y column is read fast enough).
 */
export const BLOCK = 64;
export const STRIDE = 5;

/** How many numbers the summaries of `points` points take. */
export const blockSize = (points: number) => Math.ceil(points / BLOCK) * STRIDE;

/**
 * Summarises the blocks from the one holding `from` to `n` (a block left partial by the previous
 * update is summarised again from its start), reading y from the points, and carries the series'
 * extremes along.
 */
export function summarise(s: PreparedSeries, blocks: Float64Array, from: number, n: number): void {
  const { points } = s;
  let { min, max, lo, hi } = s;
  for (let b = Math.floor(from / BLOCK), i = b * BLOCK; i < n; b++) {
    const end = Math.min(n, i + BLOCK);
    const at = b * STRIDE;
    let bLo = -1;
    let bHi = -1;
    let bGap = -1;
    let bLoY = Infinity;
    let bHiY = -Infinity;
    // The hot loop of a million-point update: a read and two comparisons per point.
    for (; i < end; i++) {
      const y = points[i]![1] ?? NaN;
      if (y !== y) {
        if (bGap < 0) bGap = i;
        continue;
      }
      if (y < bLoY) {
        bLo = i;
        bLoY = y;
      }
      if (y > bHiY) {
        bHi = i;
        bHiY = y;
      }
    }
    blocks[at] = bLo;
    blocks[at + 1] = bHi;
    blocks[at + 2] = bGap;
    blocks[at + 3] = bLoY;
    blocks[at + 4] = bHiY;
    // Blocks come in index order, so strict comparisons keep the first lowest and highest.
    if (bLoY < min) {
      min = bLoY;
      lo = bLo;
    }
    if (bHiY > max) {
      max = bHiY;
      hi = bHi;
    }
  }
  Object.assign(s, { min, max, lo, hi });
}
