import type { DatasetKind, KindDefOf } from '@cst/schema';
import type { Grid, GridKind, GridProblem, GridResult, NumberConvention } from '@cst/schema/grid';

/** The kinds a table of cells can be read as, in the order an element that shows several prefers them. */
const GRID_KINDS: readonly string[] = ['kpi', 'series', 'table', 'share', 'sla'] satisfies GridKind[];

/** How an element reads a table of cells: the choices its attributes make, and the page's language. */
export interface GridReading {
  /** The `read-columns` attribute: which columns, in what order, with what role ("Anno; Credenziali attive"). */
  columns?: string;
  /** The `dataset-title` attribute: the title, when the table has no <caption> (a CSV file never has one). */
  title?: string;
  /** The page's locale: a table's numbers are read as its language writes them, and problems worded in it. */
  locale: string;
}

/** A table of cells read as a dataset: the dataset, or its problems and the first one in the reader's words. */
export type GridRead<K extends GridKind = GridKind> =
  Extract<GridResult<K>, { ok: true }> | { ok: false; problems: GridProblem[]; first: string };

/**
 * Data that is a table of text cells, not yet a dataset: a `<table>` inside an element, or a CSV
 * file. Which dataset it holds depends on who reads it (a trend line reads a series, a bar chart a
 * table), so each element reads it with its own kind and attributes (Payload.resolve). Made by
 * grid-reader.ts, which is loaded only when a page has such data.
 */
export interface GridData {
  readonly grid: Grid;
  /** Where the cells came from: it names the error an element shows for them. */
  readonly origin: 'table' | 'csv';
  /** How the numbers are written, when the cells say (a CSV file's dialect); else the page's language decides. */
  readonly numbers?: NumberConvention;
  /** The dataset of `kind` the cells hold, as `reading` says to read them. */
  read<K extends GridKind>(kind: K, reading: GridReading): GridRead<K>;
}

/** True for data that is a table of cells (GridData), which is read for each element by its kind. */
export function isGridData(value: unknown): value is GridData {
  return typeof value === 'object' && value !== null && typeof (value as GridData).read === 'function';
}

/** The first kind an element shows that a table of cells can be read as, if any. */
export function gridKindOf<K extends DatasetKind>(
  kinds: readonly KindDefOf<K>[],
): KindDefOf<K & GridKind> | undefined {
  return kinds.find((def) => GRID_KINDS.includes(def.kind)) as KindDefOf<K & GridKind> | undefined;
}

/** What tells one reading from another, for keeping each reading's result once. */
export const readingKey = (kind: string, { columns = '', title = '', locale }: GridReading): string =>
  `${kind}\n${columns}\n${title}\n${locale}`;
