/**
 * Which rows of a list to put in the DOM for a scroll position. Rows have one height: a fixed one
 * (the deployment matrix) or an estimate, the mean of the rows measured so far (tables whose rows
 * wrap); the spacers above and below then follow that estimate.
 */
export interface VirtualWindow {
  /** First row to render (inclusive). */
  start: number;
  /** Row after the last one to render (exclusive). */
  end: number;
  /** Space above the first rendered row, in px. */
  offset: number;
  /** Space below the last rendered row, in px. */
  after: number;
  /** Height of all rows, in px. */
  total: number;
}

export interface WindowInput {
  rowCount: number;
  rowHeight: number;
  /** Scroll offset of the rows' area (the scroller's scrollTop). */
  scrollTop: number;
  /** Visible height of the scroller, in px. */
  viewport: number;
  /** Rows rendered beyond each edge, so a fast scroll does not show blanks. */
  overscan?: number;
}

/** The rows visible at `scrollTop`, plus `overscan` rows on each side, clamped to the list. */
export function virtualWindow({
  rowCount,
  rowHeight,
  scrollTop,
  viewport,
  overscan = 6,
}: WindowInput): VirtualWindow {
  const height = rowHeight > 0 ? rowHeight : 1;
  const first = Math.floor(Math.max(0, scrollTop) / height);
  const visible = Math.ceil(Math.max(0, viewport) / height) + 1;
  const start = Math.max(0, Math.min(first - overscan, rowCount - visible - overscan));
  const end = Math.min(rowCount, first + visible + overscan);
  return {
    start: Math.min(start, end),
    end,
    offset: Math.min(start, end) * height,
    after: (rowCount - end) * height,
    total: rowCount * height,
  };
}

export interface RevealInput {
  index: number;
  rowHeight: number;
  scrollTop: number;
  viewport: number;
  /** Height covered at the top (a sticky header) and at the bottom (a sticky footer). */
  before?: number;
  after?: number;
}

/** The scrollTop that brings row `index` fully into view, or the current one if it already is. */
export function revealRow({
  index,
  rowHeight,
  scrollTop,
  viewport,
  before = 0,
  after = 0,
}: RevealInput): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  const visibleBottom = scrollTop + viewport - before - after;
  if (bottom > visibleBottom) return Math.max(0, bottom - (viewport - before - after));
  return scrollTop;
}
