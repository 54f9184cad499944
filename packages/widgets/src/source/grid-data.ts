import type { Dataset, DatasetKind, KindDefOf } from '@cst/schema';
import type { Grid, NumberConvention } from '@cst/schema/grid';
import type { DataProblem } from './problems.js';

/** How an element reads a table of cells: the choices its attributes make, and the page's language. */
export interface GridReading {
  /** The `read-columns` attribute: which columns, in what order, with what role ("Anno; Credenziali attive"). */
  columns?: string;
  /** The `dataset-title` attribute: the title, when the table has no <caption> (a CSV file never has one). */
  title?: string;
  /** The page's locale: a table's figures are read as its language writes them, unless the cells say otherwise (a CSV file's dialect). */
  locale: string;
  /** The element draws figures (a chart): cells read for it must give a column of figures (GridOptions.needsFigures). */
  needsFigures?: boolean;
}

/** Cells read and checked as one element's dataset: the dataset, or why not. */
export type GridChecked = { ok: true; dataset: Dataset } | { ok: false; problem: DataProblem };

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
  /** What tells this element's reading of the cells from another's (its first readable kind, its reading). */
  key(kinds: readonly KindDefOf<DatasetKind>[], reading: GridReading): string;
  /**
   * The cells read as the first of `kinds` a table can be (a bar chart, which shows tables and
   * series, reads a table), as `reading` says, then checked with that kind's schema.
   */
  check(kinds: readonly KindDefOf<DatasetKind>[], reading: GridReading): GridChecked;
}

/** True for data that is a table of cells (GridData), which is read for each element by its kind. */
export function isGridData(value: unknown): value is GridData {
  return typeof value === 'object' && value !== null && typeof (value as GridData).check === 'function';
}
