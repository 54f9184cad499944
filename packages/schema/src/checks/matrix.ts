import type { ValidationError } from '../issues.js';
import type { MatrixDataset } from '../matrix.js';
import { at, duplicateIds, error, unknownId } from './path.js';

/**
 * Cell grids that the schema's fast path (matrix.ts) has just read, with the distinct status ids
 * they hold: when each of those is a known status, the check below need not read ~100.000 cells a
 * second time. The schema runs right before these checks on the very same grid and clears the
 * mark when the grid no longer qualifies; the check takes the mark (one use).
 */
export const cellIds = new WeakMap<readonly unknown[], ReadonlySet<string>>();

/** Duplicate ids, looked for only when a set of the ids is smaller than the list (a builtin, fast). */
function duplicates(items: readonly { id: string }[], pathOf: (i: number) => string, what: string) {
  if (new Set(items.map((item) => item.id)).size === items.length) return [];
  return duplicateIds(items, pathOf, what);
}

/** cells must be rows × columns, and every cell a status of the vocabulary. */
export function matrixErrors(matrix: MatrixDataset, path: string): ValidationError[] {
  const { rows, columns, statuses, cells } = matrix;
  const errors = [
    ...duplicates(rows, (i) => at(path, 'rows', i, 'id'), 'row'),
    ...duplicates(columns, (i) => at(path, 'columns', i, 'id'), 'column'),
    ...duplicates(statuses, (i) => at(path, 'statuses', i, 'id'), 'status'),
  ];
  if (cells.length !== rows.length) {
    errors.push(
      error(
        at(path, 'cells'),
        `has ${cells.length} rows of cells but there are ${rows.length} rows`,
        'row-count',
        {
          found: cells.length,
          expected: rows.length,
        },
      ),
    );
  }
  const known = new Set(statuses.map((s) => s.id));
  const seen = cellIds.get(cells);
  cellIds.delete(cells);
  const allKnown = seen !== undefined && [...seen].every((id) => known.has(id));
  // Plain loops: a national matrix has ~100.000 cells; paths are written only for cells that fail.
  for (let i = 0; i < cells.length; i++) {
    const row = cells[i]!;
    if (row.length !== columns.length) {
      errors.push(
        error(
          at(path, 'cells', i),
          `has ${row.length} cells but there are ${columns.length} columns`,
          'cell-count',
          {
            found: row.length,
            expected: columns.length,
          },
        ),
      );
    }
    if (allKnown) continue;
    for (let j = 0; j < row.length; j++) {
      const cell = row[j] as string | null;
      if (cell !== null && !known.has(cell)) {
        errors.push(unknownId(at(path, 'cells', i, j), 'unknown-status', cell, [...known]));
      }
    }
  }
  return errors;
}
