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
