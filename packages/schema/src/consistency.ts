import type { ValidationError } from './issues.js';
import type { Dataset, ReportDocument } from './report.js';

/** Cross-field rules a per-field schema cannot state (the helper owning this file fills them in). */
export function datasetConsistencyErrors(_dataset: Dataset, _path: string): ValidationError[] {
  return [];
}

export function consistencyErrors(doc: ReportDocument): ValidationError[] {
  return Object.entries(doc.datasets).flatMap(([id, ds]) => datasetConsistencyErrors(ds, `$.datasets.${id}`));
}
