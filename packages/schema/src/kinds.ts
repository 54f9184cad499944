import * as v from 'valibot';
import { UNKNOWN_KIND } from './rules.js';
import { matrixErrors } from './checks/matrix.js';
import { at, duplicateIds } from './checks/path.js';
import { seriesErrors } from './checks/series.js';
import { slaErrors } from './checks/sla.js';
import { tableErrors } from './checks/table.js';
import { DATASET_KINDS, type DatasetKind } from './constants.js';
import { type ValidationError, describeValue, received } from './issues.js';
import { KpiDataset } from './kpi.js';
import { MatrixDataset } from './matrix.js';
import type { DatasetOfKind } from './report.js';
import { SeriesDataset } from './series.js';
import { ShareDataset } from './share.js';
import { SlaDataset } from './sla.js';
import { TableDataset } from './table.js';

/**
 * One dataset kind: its schema and the cross-field rules its schema cannot state. Importing one
 * definition brings only that kind's schema, so an element that shows KPIs does not carry the
 * matrix schema (about 4.5 KB gzip saved per element entry).
 */
export interface DatasetKindDef<K extends DatasetKind = DatasetKind> {
  readonly kind: K;
  readonly schema: v.GenericSchema<unknown, DatasetOfKind<K>>;
  /** A method, so that a list of definitions of several kinds is a list of definitions of their union. */
  check?(dataset: DatasetOfKind<K>, path: string): ValidationError[];
}

/** The definition of any one of the kinds K (a union of definitions, one per kind). */
export type KindDefOf<K extends DatasetKind> = K extends DatasetKind ? DatasetKindDef<K> : never;

export const kpiKind: DatasetKindDef<'kpi'> = { kind: 'kpi', schema: KpiDataset };
export const slaKind: DatasetKindDef<'sla'> = { kind: 'sla', schema: SlaDataset, check: slaErrors };
export const seriesKind: DatasetKindDef<'series'> = {
  kind: 'series',
  schema: SeriesDataset,
  check: seriesErrors,
};
export const matrixKind: DatasetKindDef<'matrix'> = {
  kind: 'matrix',
  schema: MatrixDataset,
  check: matrixErrors,
};
export const tableKind: DatasetKindDef<'table'> = { kind: 'table', schema: TableDataset, check: tableErrors };
export const shareKind: DatasetKindDef<'share'> = {
  kind: 'share',
  schema: ShareDataset,
  check: (share, path) => duplicateIds(share.parts, (i) => at(path, 'parts', i, 'id'), 'part'),
};

/** Every kind's definition, by kind: the one place that says which rules a kind has. */
export const KIND_DEFS: { readonly [K in DatasetKind]: KindDefOf<K> } = {
  kpi: kpiKind,
  sla: slaKind,
  series: seriesKind,
  matrix: matrixKind,
  table: tableKind,
  share: shareKind,
};

function unknownKind(path: string, value: unknown): ValidationError {
  const message = `${UNKNOWN_KIND}, not ${describeValue(value)}`;
  return { path, message, code: 'unknown-kind', params: received(value) };
}

/** What is wrong with a dataset's `kind`, worded as the full dataset schema words it. */
export function kindErrors(input: unknown, path = '$'): ValidationError[] {
  if (input === undefined) return [{ path, message: 'is required', code: 'required', params: {} }];
  if (typeof input !== 'object' || input === null) return [unknownKind(path, input)];
  const kind = (input as { kind?: unknown }).kind;
  if (kind === undefined)
    return [{ path: `${path}.kind`, message: 'is required', code: 'required', params: {} }];
  if (!(DATASET_KINDS as readonly unknown[]).includes(kind)) return [unknownKind(`${path}.kind`, kind)];
  return [];
}
