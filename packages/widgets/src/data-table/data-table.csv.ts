import type { TableDataset, TableRow } from '@cst/schema';
import type { CsvCell } from '../core/csv.js';
import type { SortState } from '../core/sort.js';
import { columnName, headerColumnIndex } from './data-table.model.js';
import { orderedBlocks, totalCells, valueOf } from './data-table.order.js';

/** The table as CSV rows, in the order shown: raw numbers (deltas in percent), "-" cells empty. */
export function dataTableCsv(table: TableDataset, locale: string, sort?: SortState): CsvCell[][] {
  const h = headerColumnIndex(table);
  const line = (label: string | undefined, cells: TableRow['cells']): CsvCell[] =>
    table.columns.map((col, i) =>
      label !== undefined && i === h
        ? label
        : col.type === 'text' && label !== undefined
          ? ''
          : cells[col.id],
    );
  const out: CsvCell[][] = [table.columns.map(columnName)];
  for (const block of orderedBlocks(table, sort, locale)) {
    const rows = 'group' in block ? block.rows : [block.row];
    if ('group' in block) out.push(table.columns.map((_, i) => (i === h ? block.group.label : '')));
    for (const row of rows) out.push(table.columns.map((col) => valueOf(table, row, col)));
    if ('group' in block && block.group.subtotal) {
      out.push(
        line(block.group.subtotal.label, totalCells(table, block.group.subtotal.cells, block.group.id)),
      );
    }
  }
  if (table.total) out.push(line(table.total.label, totalCells(table, table.total.cells)));
  return out;
}
