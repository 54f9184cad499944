import {
  type TableColumn,
  type TableDataset,
  type TableGroup,
  type TableRow,
  computedTotal,
  tableDelta,
} from '@cst/schema';
import type { CsvCell } from '../core/csv.js';
import { formatValue, intlOptions, numberFormat } from '../core/format.js';

export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  column: string;
  direction: SortDirection;
}

type Value = string | number | null | undefined;

export interface CellView {
  text: string;
  /** Header cell of its row (the first text column, or the label of a totals line). */
  header: boolean;
  numeric: boolean;
  /** ▲ or ▼ beside a delta, so the direction never rests on colour. */
  trend?: 'up' | 'down';
  /** The column's name, with its group ("2015 Operazioni"), shown beside the value when stacked. */
  label: string;
}
export interface RowView {
  kind: 'row' | 'subtotal' | 'total';
  key: string;
  cells: CellView[];
}
/** A run of body rows: one group (label, rows, subtotal) or ungrouped rows. */
export interface SectionView {
  key: string;
  group?: string;
  rows: RowView[];
}
export interface HeaderCellView {
  text: string;
  colspan: number;
  rowspan: number;
  scope: 'col' | 'colgroup';
  /** Set on leaf headers: the column they head (sortable). */
  column?: string;
}
export interface TableModel {
  colgroups: number[];
  headerRows: HeaderCellView[][];
  sections: SectionView[];
  total?: RowView;
  columns: TableColumn[];
}

/**
 * A delta in percent with sign: +26,4%, -1,2%. Grouping from five digits (min2), as the report
 * writes 1836%; the rest of the options come from the column format.
 */
export function formatDelta(value: number, col: TableColumn, locale: string): string {
  const base = intlOptions({ maximumFractionDigits: 1, ...col.format, style: 'percent' });
  const options = { ...base, useGrouping: 'min2', signDisplay: 'exceptZero' } as Intl.NumberFormatOptions;
  return numberFormat(locale, options).format(value / 100);
}

const isNumeric = (col: TableColumn) => col.type !== 'text';

/** The column name with its group, for stacked layout and CSV: "2015 Operazioni". */
export function columnName(col: TableColumn): string {
  return col.group ? `${col.group} ${col.label}` : col.label;
}

/** Index of the column whose cells head their row: the first text column. */
export function headerColumnIndex(table: TableDataset): number {
  return Math.max(
    0,
    table.columns.findIndex((c) => c.type === 'text'),
  );
}

/** The value a cell holds; an absent delta is computed from the columns it compares. */
function valueOf(table: TableDataset, row: { cells?: TableRow['cells'] }, col: TableColumn): Value {
  const cells = row.cells ?? {};
  if (col.id in cells) return cells[col.id];
  return col.type === 'delta' ? tableDelta(table, row, col.id) : undefined;
}

function cellView(value: Value, col: TableColumn, header: boolean, locale: string): CellView {
  const view: CellView = { text: '-', header, numeric: isNumeric(col), label: columnName(col) };
  if (value === undefined) view.text = '';
  else if (typeof value === 'string') view.text = value;
  else if (typeof value === 'number') {
    if (col.type === 'delta') {
      view.text = formatDelta(value, col, locale);
      if (value !== 0) view.trend = value > 0 ? 'up' : 'down';
    } else
      view.text = formatValue(
        value,
        col.format ?? { style: col.type === 'text' ? 'decimal' : col.type },
        locale,
      );
  }
  return view;
}

/** The cells of a totals line: what the report states, else what the rows add up to. */
export function totalCells(
  table: TableDataset,
  stated: TableRow['cells'] | undefined,
  group?: string,
): TableRow['cells'] {
  return { ...computedTotal(table, group), ...stated };
}

/**
 * Formatted cells per row, kept per table and locale: sorting only reorders them, so a sort of a
 * large table does no Intl formatting.
 */
const formatted = new WeakMap<TableDataset, { locale: string; cells: Map<TableRow, CellView[]> }>();

function rowView(table: TableDataset, row: TableRow, key: string, locale: string): RowView {
  let cache = formatted.get(table);
  if (cache?.locale !== locale) formatted.set(table, (cache = { locale, cells: new Map() }));
  let cells = cache.cells.get(row);
  if (!cells) {
    const h = headerColumnIndex(table);
    cells = table.columns.map((col, i) => cellView(valueOf(table, row, col), col, i === h, locale));
    cache.cells.set(row, cells);
  }
  return { kind: 'row', key, cells };
}

function totalView(
  table: TableDataset,
  kind: 'subtotal' | 'total',
  label: string,
  cells: TableRow['cells'],
  key: string,
  locale: string,
): RowView {
  const h = headerColumnIndex(table);
  return {
    kind,
    key,
    cells: table.columns.map((col, i) =>
      i === h
        ? cellView(label, col, true, locale)
        : cellView(col.type === 'text' ? undefined : cells[col.id], col, false, locale),
    ),
  };
}

type Block = { group: TableGroup; rows: TableRow[]; first: number } | { row: TableRow; first: number };

/** Rows in blocks: a group's rows stay together, where its first row is. */
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
export function compareValues(a: Value, b: Value, direction: SortDirection, locale: string): number {
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
 * Sorting keeps groups together: rows sort inside their group, and a group sorts among the
 * other rows by its subtotal (its label for text columns), so "SOL" ranks by "Totale SOL".
 */
function sortBlocks(
  table: TableDataset,
  blocks: Block[],
  sort: SortState | undefined,
  locale: string,
): Block[] {
  const col = sort && table.columns.find((c) => c.id === sort.column);
  if (!sort || !col) return blocks;
  // One collator and one key per row, read before sorting: comparisons then do no lookups.
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const cmp = (a: Value, b: Value) =>
    typeof a === 'string' && typeof b === 'string'
      ? (sort.direction === 'ascending' ? 1 : -1) * collator.compare(a, b)
      : compareValues(a, b, sort.direction, locale);
  const byKey = <T>(items: T[], key: (item: T) => Value): T[] =>
    items
      .map((item) => ({ item, key: key(item) }))
      .sort((x, y) => cmp(x.key, y.key))
      .map((x) => x.item);
  const rowKey = (row: TableRow) => valueOf(table, row, col);
  const blockKey = (block: Block): Value => {
    if ('row' in block) return rowKey(block.row);
    if (col.type === 'text') return block.group.label;
    return totalCells(table, block.group.subtotal?.cells, block.group.id)[col.id];
  };
  return byKey(
    blocks.map((b) => ('group' in b ? { ...b, rows: byKey(b.rows, rowKey) } : b)),
    blockKey,
  );
}

function headerRows(table: TableDataset): { colgroups: number[]; rows: HeaderCellView[][] } {
  const twoRows = table.columns.some((c) => c.group);
  const top: HeaderCellView[] = [];
  const leaves: HeaderCellView[] = [];
  const colgroups: number[] = [];
  table.columns.forEach((col, i) => {
    const leaf = { text: col.label, colspan: 1, rowspan: 1, scope: 'col' as const, column: col.id };
    const prev = table.columns[i - 1];
    if (col.group && prev?.group === col.group) {
      top[top.length - 1]!.colspan++;
      colgroups[colgroups.length - 1]!++;
      leaves.push(leaf);
    } else if (col.group) {
      top.push({ text: col.group, colspan: 1, rowspan: 1, scope: 'colgroup' });
      colgroups.push(1);
      leaves.push(leaf);
    } else {
      top.push({ ...leaf, rowspan: twoRows ? 2 : 1 });
      colgroups.push(1);
    }
  });
  return { colgroups, rows: twoRows ? [top, leaves] : [top] };
}

/** What a data table shows, in order, formatted for the locale. */
export function dataTableModel(table: TableDataset, locale: string, sort?: SortState): TableModel {
  const { colgroups, rows } = headerRows(table);
  const sections: SectionView[] = [];
  for (const block of sortBlocks(table, blocksOf(table), sort, locale)) {
    if ('group' in block) {
      const { group } = block;
      const body = block.rows.map((r, i) => rowView(table, r, r.id ?? `${group.id}-${i}`, locale));
      if (group.subtotal) {
        const cells = totalCells(table, group.subtotal.cells, group.id);
        body.push(totalView(table, 'subtotal', group.subtotal.label, cells, `${group.id}-subtotal`, locale));
      }
      sections.push({ key: `group-${group.id}`, group: group.label, rows: body });
    } else {
      let last = sections[sections.length - 1];
      if (!last || last.group !== undefined) sections.push((last = { key: `rows-${block.first}`, rows: [] }));
      last.rows.push(rowView(table, block.row, block.row.id ?? `row-${block.first}`, locale));
    }
  }
  const total = table.total
    ? totalView(table, 'total', table.total.label, totalCells(table, table.total.cells), 'total', locale)
    : undefined;
  return { colgroups, headerRows: rows, sections, total, columns: table.columns };
}

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
  for (const block of sortBlocks(table, blocksOf(table), sort, locale)) {
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
