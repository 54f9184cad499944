import {
  type TableColumn,
  type TableDataset,
  type TableGroup,
  type TableRow,
  computedTotal,
  tableDelta,
} from '@cst/schema';
import type { SortDirection, SortState } from '../core/sort.js';

/** What a cell holds: text, a number, null for "-" (no figure), undefined for nothing at all. */
export type CellValue = string | number | null | undefined;

/** The value a cell holds; an absent delta is computed from the columns it compares. */
export function valueOf(
  table: TableDataset,
  row: { cells?: TableRow['cells'] },
  col: TableColumn,
): CellValue {
  const cells = row.cells ?? {};
  if (col.id in cells) return cells[col.id];
  return col.type === 'delta' ? tableDelta(table, row, col.id) : undefined;
}

/** The cells of a totals line: what the report states, else what the rows add up to. */
export function totalCells(
  table: TableDataset,
  stated: TableRow['cells'] | undefined,
  group?: string,
): TableRow['cells'] {
  return { ...computedTotal(table, group), ...stated };
}

/** The body in blocks: a group and its rows (which stay together), or one ungrouped row. */
export type Block = { group: TableGroup; rows: TableRow[]; first: number } | { row: TableRow; first: number };

/** Rows in blocks, in document order: a group's rows stay together, where its first row is. */
function blocksOf(table: TableDataset): Block[] {
  const groups = new Map((table.groups ?? []).map((g) => [g.id, g]));
  const blocks: Block[] = [];
  const byGroup = new Map<string, { group: TableGroup; rows: TableRow[]; first: number }>();
  table.rows.forEach((row, i) => {
    const group = row.group === undefined ? undefined : groups.get(row.group);
    if (!group) return void blocks.push({ row, first: i });
    let block = byGroup.get(group.id);
    if (!block) {
      block = { group, rows: [], first: i };
      byGroup.set(group.id, block);
      blocks.push(block);
    }
    block.rows.push(row);
  });
  return blocks;
}

/** Orders values: numbers and text by the locale, missing values always last. */
export function compareValues(a: CellValue, b: CellValue, direction: SortDirection, locale: string): number {
  const aMissing = a === null || a === undefined;
  const bMissing = b === null || b === undefined;
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  const order =
    typeof a === 'number' && typeof b === 'number'
      ? a - b
      : String(a).localeCompare(String(b), locale, { numeric: true, sensitivity: 'base' });
  return direction === 'ascending' ? order : -order;
}

/**
 * The body's blocks in the order shown. Sorting keeps groups together: rows sort inside their
 * group, and a group sorts among the other rows by its subtotal (its label for text columns), so
 * "SOL" ranks by "Totale SOL". Without a sort (or by an unknown column), document order.
 */
export function orderedBlocks(table: TableDataset, sort: SortState | undefined, locale: string): Block[] {
  const blocks = blocksOf(table);
  const col = sort && table.columns.find((c) => c.id === sort.column);
  if (!sort || !col) return blocks;
  // One collator and one key per row, read before sorting: comparisons then do no lookups.
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const cmp = (a: CellValue, b: CellValue) =>
    typeof a === 'string' && typeof b === 'string'
      ? (sort.direction === 'ascending' ? 1 : -1) * collator.compare(a, b)
      : compareValues(a, b, sort.direction, locale);
  const byKey = <T>(items: T[], key: (item: T) => CellValue): T[] =>
    items
      .map((item) => ({ item, key: key(item) }))
      .sort((x, y) => cmp(x.key, y.key))
      .map((x) => x.item);
  const rowKey = (row: TableRow) => valueOf(table, row, col);
  const blockKey = (block: Block): CellValue => {
    if ('row' in block) return rowKey(block.row);
    if (col.type === 'text') return block.group.label;
    return totalCells(table, block.group.subtotal?.cells, block.group.id)[col.id];
  };
  return byKey(
    blocks.map((b) => ('group' in b ? { ...b, rows: byKey(b.rows, rowKey) } : b)),
    blockKey,
  );
}
