/** A cell of the grid by display row and column (0: the row header, last: the completion column). */
export interface GridCell {
  row: number;
  col: number;
}

export interface GridSize {
  rows: number;
  /** Index of the last column. */
  lastCol: number;
  /** Rows moved by PageUp/PageDown. */
  page: number;
}

export interface GridKey {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/**
 * The cell a key moves to, per the ARIA grid pattern: arrows cell by cell, Home/End to the row's
 * start/end (with Ctrl, the grid's), PageUp/PageDown by a page; clamped at the edges.
 * Undefined when the key is not a grid key or the grid has no rows.
 */
export function nextCell(
  { key, ctrlKey, metaKey }: GridKey,
  { row, col }: GridCell,
  size: GridSize,
): GridCell | undefined {
  const { rows, lastCol, page } = size;
  if (rows === 0) return undefined;
  const ctrl = ctrlKey || metaKey;
  const moves: Record<string, [number, number]> = {
    ArrowUp: [row - 1, col],
    ArrowDown: [row + 1, col],
    ArrowLeft: [row, col - 1],
    ArrowRight: [row, col + 1],
    Home: [ctrl ? 0 : row, 0],
    End: [ctrl ? rows - 1 : row, lastCol],
    PageUp: [row - page, col],
    PageDown: [row + page, col],
  };
  const move = moves[key];
  if (!move) return undefined;
  return { row: Math.min(rows - 1, Math.max(0, move[0])), col: Math.min(lastCol, Math.max(0, move[1])) };
}

/**
 * The active cell kept inside a grid of `rows` rows and `lastCol` + 1 columns (after a filter, a
 * search or new data); the same object when it already is, so nothing changes.
 */
export function clampCell(cell: GridCell, rows: number, lastCol: number): GridCell {
  const lastRow = Math.max(0, rows - 1);
  if (cell.row <= lastRow && cell.col <= lastCol) return cell;
  return { row: Math.min(cell.row, lastRow), col: Math.min(cell.col, lastCol) };
}

/**
 * The row of the grid's one tab stop: the active row when it is rendered (in [start, end)), else
 * the first rendered row, so Tab always lands in the grid.
 */
export function tabStopRow(activeRow: number, start: number, end: number): number {
  return activeRow >= start && activeRow < end ? activeRow : start;
}
