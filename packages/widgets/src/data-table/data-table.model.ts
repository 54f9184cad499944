import type { TableColumn, TableDataset, TableRow } from '@cst/schema';
import { formatNumber, formatValue, intlOptions } from '../core/format.js';
import type { SortState } from '../core/sort.js';
import { type CellValue, orderedBlocks, totalCells, valueOf } from './data-table.order.js';

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
  /** A column of figures (aligned as such). */
  numeric: boolean;
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
  return formatNumber(value / 100, locale, options);
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

function cellView(value: CellValue, col: TableColumn, header: boolean, locale: string): CellView {
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

function headerRows(table: TableDataset): { colgroups: number[]; rows: HeaderCellView[][] } {
  const twoRows = table.columns.some((c) => c.group);
  const top: HeaderCellView[] = [];
  const leaves: HeaderCellView[] = [];
  const colgroups: number[] = [];
  table.columns.forEach((col, i) => {
    const leaf = {
      text: col.label,
      colspan: 1,
      rowspan: 1,
      scope: 'col' as const,
      column: col.id,
      numeric: isNumeric(col),
    };
    const prev = table.columns[i - 1];
    if (col.group && prev?.group === col.group) {
      top[top.length - 1]!.colspan++;
      colgroups[colgroups.length - 1]!++;
      leaves.push(leaf);
    } else if (col.group) {
      top.push({ text: col.group, colspan: 1, rowspan: 1, scope: 'colgroup', numeric: false });
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
  for (const block of orderedBlocks(table, sort, locale)) {
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
