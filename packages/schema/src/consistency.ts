import { at, error } from './checks/path.js';
import { type ValidationError, toJsonPath } from './issues.js';
import { type DatasetKindDef, KIND_DEFS } from './kinds.js';
import type { Dataset, ReportDocument } from './report.js';

/** Cross-field rules a per-field schema cannot state: each kind's own, from its definition (kinds.ts). */
export function datasetConsistencyErrors(dataset: Dataset, path: string): ValidationError[] {
  const def = KIND_DEFS[dataset.kind] as DatasetKindDef;
  return def.check?.(dataset, path) ?? [];
}

/** A KPI's sparkline must be a series of the same document: the one rule that needs the document. */
function trendErrors(doc: ReportDocument, id: string, path: string): ValidationError[] {
  const dataset = doc.datasets[id];
  if (dataset?.kind !== 'kpi' || dataset.trend === undefined) return [];
  const trend = doc.datasets[dataset.trend];
  if (trend?.kind === 'series') return [];
  const problem = trend ? `is a ${trend.kind} dataset, not a series` : 'is not a dataset of this document';
  return [error(at(path, 'trend'), `"${dataset.trend}" ${problem}`)];
}

export function consistencyErrors(doc: ReportDocument): ValidationError[] {
  return Object.entries(doc.datasets).flatMap(([id, dataset]) => {
    const path = toJsonPath(['datasets', id]);
    return [...datasetConsistencyErrors(dataset, path), ...trendErrors(doc, id, path)];
  });
}
