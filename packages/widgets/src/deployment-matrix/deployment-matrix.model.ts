import { MEANINGS, type MatrixDataset, type Meaning } from '@cst/schema';
import type { SortState } from '../core/sort.js';

/** The columns the rows can be sorted on: the entities' names and their completion. */
export const SORTABLE_COLUMNS = ['entity', 'completion'] as const;

export interface StatusInfo {
  id: string;
  label: string;
  meaning: Meaning;
  description?: string;
  /** Cells holding this status, over the whole matrix. */
  count: number;
  /** The class of a cell holding it ("cell m-done"), built once rather than per cell. */
  cellClass: string;
}

/** What the data says, computed once per dataset: vocabulary, counts, completion per row and column. */
export interface MatrixSummary {
  statuses: StatusInfo[];
  byId: Map<string, StatusInfo>;
  /** Cells with no status. */
  empty: number;
  /** Meanings that occur, in vocabulary order of MEANINGS. */
  meanings: Meaning[];
  /** "done" cells per column and per row (by source index). */
  columnDone: Int32Array;
  rowDone: Int32Array;
  /** Per row, one bit per meaning that occurs in it (for filtering by meaning). */
  rowMeanings: Uint8Array;
}

/**
 * Counts every cell once with integer indexes (the schema's matrixCounts builds a record per row:
 * too slow for a national matrix, where this runs on every update).
 */
export function summarize(matrix: MatrixDataset): MatrixSummary {
  const statuses: StatusInfo[] = matrix.statuses.map((s) => ({
    ...s,
    count: 0,
    cellClass: `cell m-${s.meaning}`,
  }));
  const byId = new Map(statuses.map((s) => [s.id, s]));
  const index = new Map(statuses.map((s, i) => [s.id, i]));
  const meaningBit = statuses.map((s) => 1 << MEANINGS.indexOf(s.meaning));
  const isDone = statuses.map((s) => s.meaning === 'done');
  const counts = new Int32Array(statuses.length);
  const columnDone = new Int32Array(matrix.columns.length);
  const rowDone = new Int32Array(matrix.rows.length);
  const rowMeanings = new Uint8Array(matrix.rows.length);
  const width = matrix.columns.length;
  const noneBit = 1 << MEANINGS.indexOf('none');
  let empty = 0;
  // The previous cell's status: neighbouring cells often share one, which saves the map lookup.
  let lastId: string | null | undefined;
  let last = -1;
  for (let r = 0; r < matrix.rows.length; r++) {
    const cells = matrix.cells[r] ?? [];
    let done = 0;
    let bits = 0;
    for (let c = 0; c < width; c++) {
      const id = cells[c];
      if (id !== lastId) {
        lastId = id;
        last = id == null ? -1 : (index.get(id) ?? -1);
      }
      if (last < 0) {
        empty++;
        bits |= noneBit;
        continue;
      }
      counts[last]!++;
      bits |= meaningBit[last]!;
      if (isDone[last]) {
        done++;
        columnDone[c]!++;
      }
    }
    rowDone[r] = done;
    rowMeanings[r] = bits;
  }
  statuses.forEach((s, i) => (s.count = counts[i]!));
  const present = new Set(statuses.filter((s) => s.count > 0).map((s) => s.meaning));
  if (empty > 0) present.add('none');
  return {
    statuses,
    byId,
    empty,
    meanings: MEANINGS.filter((m) => present.has(m)),
    columnDone,
    rowDone,
    rowMeanings,
  };
}

/**
 * "{done} su {total}" as a function: the message is read once per render, not once per row (a
 * national matrix formats a row's completion for every row that scrolls into view).
 */
export function doneOf(template: string): (done: number, total: number) => string {
  const parts = template.split(/(\{done\}|\{total\})/);
  return (done, total) => {
    let text = '';
    for (const part of parts) text += part === '{done}' ? done : part === '{total}' ? total : part;
    return text;
  };
}

/** A filter value: "" (all), "meaning:<meaning>" or "status:<id>". */
export function rowMatchesFilter(
  matrix: MatrixDataset,
  summary: MatrixSummary,
  row: number,
  filter: string,
): boolean {
  if (!filter) return true;
  const [kind, value] = filter.split(':', 2) as [string, string];
  if (kind === 'meaning') {
    const bit = MEANINGS.indexOf(value as Meaning);
    return bit >= 0 && (summary.rowMeanings[row]! & (1 << bit)) !== 0;
  }
  if (kind === 'status') return (matrix.cells[row] ?? []).includes(value);
  return true;
}

/** Lowercase, without accents, so "citta" finds "Città Metropolitana". */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

export interface RowQuery {
  filter?: string;
  /** By "entity" (name) or "completion"; other columns leave the source order. */
  sort?: SortState;
  /** Text searched in row labels. */
  query?: string;
  /** true: rows that do not match the query are left out; false: they stay and `matches` lists the hits. */
  searchFilters?: boolean;
  locale?: string;
}

export interface RowOrder {
  /** Source indexes of the rows to show, in display order. */
  order: number[];
  /** Display positions of the rows whose label matches the query (empty without a query). */
  matches: number[];
}

/** Rows to show after filter, search and sort. Pure: the element renders `order` as it is. */
export function orderRows(matrix: MatrixDataset, summary: MatrixSummary, options: RowQuery = {}): RowOrder {
  const { filter = '', sort, searchFilters = true, locale = 'it-IT' } = options;
  const query = options.query ? searchKey(options.query) : '';
  let order: number[] = [];
  if (!filter && !(query && searchFilters)) {
    for (let r = 0; r < matrix.rows.length; r++) order.push(r);
  } else {
    for (let r = 0; r < matrix.rows.length; r++) {
      if (!rowMatchesFilter(matrix, summary, r, filter)) continue;
      if (query && searchFilters && !searchKey(matrix.rows[r]!.label).includes(query)) continue;
      order.push(r);
    }
  }
  if (sort && (SORTABLE_COLUMNS as readonly string[]).includes(sort.column)) {
    const sign = sort.direction === 'ascending' ? 1 : -1;
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    const byName = (a: number, b: number) => collator.compare(matrix.rows[a]!.label, matrix.rows[b]!.label);
    order = order.sort(
      sort.column === 'entity'
        ? (a, b) => sign * byName(a, b)
        : (a, b) => sign * (summary.rowDone[a]! - summary.rowDone[b]!) || byName(a, b),
    );
  }
  const matches: number[] = [];
  if (query) {
    order.forEach((r, i) => {
      if (!searchFilters ? searchKey(matrix.rows[r]!.label).includes(query) : true) matches.push(i);
    });
  }
  return { order, matches };
}

/** The matrix as CSV rows: entity (and ISTAT code when any row has one), one column per service, labels not ids. */
export function matrixTable(matrix: MatrixDataset, summary: MatrixSummary, entityHeader: string): string[][] {
  const istat = matrix.rows.some((row) => row.istat);
  const head = [entityHeader, ...(istat ? ['ISTAT'] : []), ...matrix.columns.map((c) => c.label)];
  const body = matrix.rows.map((row, r) => [
    row.label,
    ...(istat ? [row.istat ?? ''] : []),
    ...matrix.columns.map((_, c) => {
      const id = matrix.cells[r]?.[c];
      return id == null ? '' : (summary.byId.get(id)?.label ?? '');
    }),
  ]);
  return [head, ...body];
}

export interface CellChange {
  row: string;
  column: string;
  /** Status id after the change (null: emptied). */
  status: string | null;
}

export interface CellDiff {
  /** How many cells changed. */
  count: number;
  /** The first `keep` of them, in row then column order of the new matrix. */
  changes: CellChange[];
}

/** Where each id of `next` was in `previous` (undefined: new); null when nothing moved. */
function positions(previous: readonly { id: string }[], next: readonly { id: string }[]) {
  if (previous.length === next.length && next.every((item, i) => item.id === previous[i]!.id)) return null;
  const before = new Map(previous.map((item, i) => [item.id, i]));
  return next.map((item) => before.get(item.id));
}

/**
 * Cells whose status changed between two versions of a matrix, matched by row and column id. A
 * full replacement may change every cell of a national matrix: all are counted, but only the first
 * `keep` are described (the element marks at most 200 and names at most 3).
 */
export function diffCells(previous: MatrixDataset, next: MatrixDataset, keep = Infinity): CellDiff {
  const rowAt = positions(previous.rows, next.rows);
  const colAt = positions(previous.columns, next.columns);
  const changes: CellChange[] = [];
  let count = 0;
  for (let r = 0; r < next.rows.length; r++) {
    const p = rowAt ? rowAt[r] : r;
    if (p === undefined) continue;
    const before = previous.cells[p] ?? [];
    const after = next.cells[r] ?? [];
    for (let c = 0; c < next.columns.length; c++) {
      const pc = colAt ? colAt[c] : c;
      if (pc === undefined) continue;
      const now = after[c] ?? null;
      if ((before[pc] ?? null) === now) continue;
      count++;
      if (changes.length < keep)
        changes.push({ row: next.rows[r]!.id, column: next.columns[c]!.id, status: now });
    }
  }
  return { count, changes };
}
