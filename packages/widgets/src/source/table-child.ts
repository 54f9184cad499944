import type { Grid } from '@cst/schema/grid';

/** A table's cells; `headless` when it has no header row (its headings are empty, its first row is row 1). */
export type TableCells = Grid & { headless?: true };

/** A cell's text as a reader sees it, white space squashed; a <time datetime> inside gives its machine-readable date. */
function cellText(cell: HTMLTableCellElement): string {
  const time = cell.querySelector('time[datetime]');
  const text = time ? time.getAttribute('datetime')! : cell.textContent;
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Rows of text cells as a grid lays them out: a cell spanning columns or rows fills the places it
 * covers with empty cells after it (a group's heading spanning the table is a label and empties).
 */
function layOut(rows: readonly HTMLTableRowElement[]): string[][] {
  const grid: string[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (grid[r]![c] !== undefined) c++;
      const [across, down] = [
        Math.max(1, cell.colSpan),
        Math.max(1, Math.min(cell.rowSpan || 1, rows.length - r)),
      ];
      for (let dr = 0; dr < down; dr++)
        for (let dc = 0; dc < across; dc++)
          grid[r + dr]![c + dc] = dr === 0 && dc === 0 ? cellText(cell) : '';
      c += across;
    }
  });
  return grid.map((cells) => Array.from(cells, (cell) => cell ?? ''));
}

/**
 * A <table> as a grid of text: its <caption>, its header row (the last row of <thead>, else a
 * first row of <th> cells only; a table without one, such as a KPI's single cell, has headings of
 * nothing), and every other row of its bodies and foot, in order.
 */
export function readTable(table: HTMLTableElement): TableCells {
  const all = [...table.rows];
  const head = table.tHead?.rows;
  const first = all[0];
  const headerRow = head?.length
    ? head[head.length - 1]
    : first && [...first.cells].every((cell) => cell.localName === 'th')
      ? first
      : undefined;
  const bodyRows = all.filter((row) => row !== headerRow && row.parentElement !== table.tHead);
  const laidOut = layOut(headerRow ? [headerRow, ...bodyRows] : bodyRows);
  const rows = headerRow ? laidOut.slice(1) : laidOut;
  const width = Math.max(0, ...laidOut.map((cells) => cells.length));
  const caption = table.caption?.textContent?.replace(/\s+/g, ' ').trim();
  return {
    header: headerRow ? laidOut[0]! : Array.from({ length: width }, () => ''),
    rows,
    ...(caption ? { caption } : {}),
    ...(headerRow ? {} : { headless: true }),
  };
}
