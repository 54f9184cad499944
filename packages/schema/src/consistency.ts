import { matrixErrors } from './checks/matrix.js';
import { at, duplicateIds, error } from './checks/path.js';
import { seriesErrors } from './checks/series.js';
import { slaErrors } from './checks/sla.js';
import { tableErrors } from './checks/table.js';
import { type ValidationError, toJsonPath } from './issues.js';
import type { Dataset, ReportDocument } from './report.js';

/** Cross-field rules a per-field schema cannot state: references, unique ids, shapes, stated totals. */
export function datasetConsistencyErrors(dataset: Dataset, path: string): ValidationError[] {
  switch (dataset.kind) {
    case 'matrix':
      return matrixErrors(dataset, path);
    case 'table':
      return tableErrors(dataset, path);
    case 'series':
      return seriesErrors(dataset, path);
    case 'sla':
      return slaErrors(dataset, path);
    case 'share':
      return duplicateIds(dataset.parts, (i) => at(path, 'parts', i, 'id'), 'part');
    case 'kpi':
      return []; // its one reference (trend) needs the document: see below
  }
}

/** A KPI's sparkline must be a series of the same document. */
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
