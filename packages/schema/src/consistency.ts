import { at, error } from './checks/path.js';
import { type ValidationError, toJsonPath } from './issues.js';
import { closest } from './suggest.js';
import { type DatasetKindDef, KIND_DEFS } from './kinds.js';
import type { Dataset, ReportDocument } from './report.js';

/** Cross-field rules a per-field schema cannot state: each kind's own, from its definition (kinds.ts). */
export function datasetConsistencyErrors(dataset: Dataset, path: string): ValidationError[] {
  const def = KIND_DEFS[dataset.kind] as DatasetKindDef;
  return def.check?.(dataset, path) ?? [];
}

/** A KPI's sparkline must be a series of the same document: the one rule that needs the document. */
function trendErrors(doc: ReportDocument, datasetId: string, path: string): ValidationError[] {
  const dataset = doc.datasets[datasetId];
  if (dataset?.kind !== 'kpi' || dataset.trend === undefined) return [];
  const id = dataset.trend;
  const trend = doc.datasets[id];
  if (trend?.kind === 'series') return [];
  const where = at(path, 'trend');
  if (trend) {
    const message = `"${id}" is a ${trend.kind} dataset, not a series`;
    return [error(where, message, 'trend-not-series', { id, kind: trend.kind })];
  }
  const series = Object.keys(doc.datasets).filter((key) => doc.datasets[key]!.kind === 'series');
  const suggestion = closest(id, series);
  const params = { id, known: series, ...(suggestion ? { suggestion } : {}) };
  return [error(where, `"${id}" is not a dataset of this document`, 'trend-missing', params)];
}

export function consistencyErrors(doc: ReportDocument): ValidationError[] {
  return Object.entries(doc.datasets).flatMap(([id, dataset]) => {
    const path = toJsonPath(['datasets', id]);
    return [...datasetConsistencyErrors(dataset, path), ...trendErrors(doc, id, path)];
  });
}
