import type { TableColumn, TableDataset, TableRow, TotalRow } from '../table.js';
import { addUp, percentChange } from './number.js';

type Cells = TableRow['cells'];

function column(table: TableDataset, columnId: string): TableColumn {
  const found = table.columns.find((c) => c.id === columnId);
  if (!found) throw new Error(`invalid column: ${columnId}`);
  return found;
}

/** The number in a cell; null for text, null or an absent key. */
export function cellNumber(cells: Cells | undefined, columnId: string): number | null {
  const value = cells?.[columnId];
  return typeof value === 'number' ? value : null;
}

/** Whether a column adds up into totals: count and currency columns unless `sum: false`. */
export function isSummable(col: TableColumn): boolean {
  return (col.type === 'count' || col.type === 'currency') && col.sum !== false;
}

/** The rows of a group, or every row. */
export function rowsOf(table: TableDataset, groupId?: string): TableRow[] {
  return groupId === undefined ? table.rows : table.rows.filter((r) => r.group === groupId);
}

/** Sum of a column over every row, or over the rows of one group; empty and text cells count as nothing. */
export function columnTotal(table: TableDataset, columnId: string, groupId?: string): number {
  column(table, columnId);
  return addUp(rowsOf(table, groupId).map((r) => cellNumber(r.cells, columnId)));
}

/** Sum of some cells of one row (the "Totali" column of the tickets table is level 1 + level 2). */
export function rowSum(row: Pick<TableRow, 'cells'>, columnIds: readonly string[]): number {
  return addUp(columnIds.map((id) => cellNumber(row.cells, id)));
}

/** The change, in percent, that a delta column measures on one row (or total line); null if not computable. */
export function tableDelta(table: TableDataset, row: { cells?: Cells }, deltaColumn: string): number | null {
  const col = column(table, deltaColumn);
  if (col.type !== 'delta') throw new Error(`invalid delta column: ${deltaColumn} is a ${col.type} column`);
  if (!col.of) return null;
  return percentChange(cellNumber(row.cells, col.of[0]), cellNumber(row.cells, col.of[1]));
}

/**
 * The totals line computed from the rows (of a group, for a subtotal): summable columns are summed,
 * delta columns compare the summed columns they refer to. Other columns are left out.
 */
export function computedTotal(table: TableDataset, groupId?: string): Required<TotalRow>['cells'] {
  const cells: Record<string, number | null> = {};
  for (const col of table.columns) if (isSummable(col)) cells[col.id] = columnTotal(table, col.id, groupId);
  for (const col of table.columns)
    if (col.type === 'delta') cells[col.id] = tableDelta(table, { cells }, col.id);
  return cells;
}
