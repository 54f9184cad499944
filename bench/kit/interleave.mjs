// Interleaved runs: every library once per run, the order rotated each run, reported as medians.

/** `list` rotated by `run`, so that each run starts from a different library. */
export const rotated = (list, run) => list.map((_, i) => list[(i + run) % list.length]);

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
