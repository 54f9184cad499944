import type { DatasetOfKind } from '../report.js';
import type { ColumnType } from '../table.js';
import type { NumberConvention } from './numbers.js';

/** A table of text cells as a CSV file or an HTML <table> holds it: a header row, then body rows. */
export interface Grid {
  /** The header row: the names of the columns (series, fields). */
  header: readonly string[];
  /** The body rows, each a list of cell texts. */
  rows: readonly (readonly string[])[];
  /** A title the table carries (an HTML <caption>), used when the options give none. */
  caption?: string;
}

/** The kinds a grid can become. */
export type GridKind = 'kpi' | 'series' | 'table' | 'share' | 'sla';

/** Which header holds what, when the defaults do not fit. */
export interface ColumnMapping {
  /**
   * Only these columns, by heading, in this order (the others are left out): the first is x, or
   * the label, as the first column would be. `['Anno', 'Credenziali attive']`.
   */
  pick?: readonly string[];
  /**
   * Series, share and SLA: a role's header, e.g. `{ x: 'Anno' }`, `{ label: 'Dispositivo', value: 'Quota' }`,
   * `{ measured: 'Valore rilevato' }`. Roles: x; label, value; code, label, direction, target,
   * measured, unit, deviation, deviationUnit, status.
   */
  roles?: Readonly<Record<string, string>>;
  /** Table: a column's type by its header, e.g. `{ Importo: 'currency' }`. */
  types?: Readonly<Record<string, ColumnType>>;
}

export interface GridOptions<K extends GridKind = GridKind> {
  kind: K;
  /** The dataset's title; else the grid's caption; else the kind's own default. */
  title?: string;
  /** How the cells write numbers: `it` (114.877, 35,9%, 1.234,5) or `en` (114,877; 1234.5). */
  numbers: NumberConvention;
  columns?: ColumnMapping;
  /**
   * Table: read for a chart, which draws figures. When no column reads as figures (each is more
   * words than numbers, or as many), those that hold a number are read as figures all the same, so
   * that each word in them is a problem that names its cell instead of a chart with nothing to draw.
   */
  needsFigures?: boolean;
}

export type GridProblemCode =
  | 'empty'
  | 'no-title'
  | 'kpi-cells'
  | 'ragged-row'
  | 'missing-header'
  | 'missing-column'
  | 'not-a-number'
  | 'bad-x'
  | 'mixed-x'
  | 'repeated-x'
  | 'unknown-direction'
  | 'unknown-status'
  | 'status-required'
  | 'unknown-type';

/** A problem at a place of the grid, as a spreadsheet numbers it. */
export interface GridProblem {
  /** From 1; row 1 is the header. 0 when the problem is the whole grid's. */
  row: number;
  /** From 1 (A is 1). 0 when the problem is a whole row's or the grid's. */
  column: number;
  code: GridProblemCode;
  params: Readonly<Record<string, string | number>>;
  /** In English; formatGridProblem words it in Italian too. */
  message: string;
}

export type GridResult<K extends GridKind> =
  { ok: true; dataset: DatasetOfKind<K>; problems: [] } | { ok: false; problems: GridProblem[] };
