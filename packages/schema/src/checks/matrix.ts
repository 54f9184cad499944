import type { ValidationError } from '../issues.js';
import type { MatrixDataset } from '../matrix.js';
import { at, duplicateIds, error, listIds } from './path.js';

/** cells must be rows × columns, and every cell a status of the vocabulary. */
export function matrixErrors(matrix: MatrixDataset, path: string): ValidationError[] {
  const { rows, columns, statuses, cells } = matrix;
  const errors = [
    ...duplicateIds(rows, (i) => at(path, 'rows', i, 'id'), 'row'),
    ...duplicateIds(columns, (i) => at(path, 'columns', i, 'id'), 'column'),
    ...duplicateIds(statuses, (i) => at(path, 'statuses', i, 'id'), 'status'),
  ];
  if (cells.length !== rows.length) {
    errors.push(
      error(at(path, 'cells'), `has ${cells.length} rows of cells but there are ${rows.length} rows`),
    );
  }
  const known = new Set(statuses.map((s) => s.id));
  // Plain loops: a national matrix has ~100.000 cells; paths are written only for cells that fail.
  for (let i = 0; i < cells.length; i++) {
    const row = cells[i]!;
    if (row.length !== columns.length) {
      errors.push(
        error(at(path, 'cells', i), `has ${row.length} cells but there are ${columns.length} columns`),
      );
    }
    for (let j = 0; j < row.length; j++) {
      const cell = row[j] as string | null;
      if (cell !== null && !known.has(cell)) {
        const ids = listIds(statuses.map((s) => s.id));
        errors.push(error(at(path, 'cells', i, j), `unknown status "${cell}" (statuses: ${ids})`));
      }
    }
  }
  return errors;
}
