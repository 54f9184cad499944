import { MEANINGS, type MatrixDataset, type Meaning } from '../matrix.js';

/** How many cells of a row or column hold each status, each meaning, and nothing. */
export interface StatusCounts {
  byStatus: Record<string, number>;
  byMeaning: Record<Meaning, number>;
  empty: number;
}

export interface MatrixCounts {
  columns: Record<string, StatusCounts>;
  rows: Record<string, StatusCounts>;
  total: StatusCounts;
}

function zero(matrix: MatrixDataset): StatusCounts {
  return {
    byStatus: Object.fromEntries(matrix.statuses.map((s) => [s.id, 0])),
    byMeaning: Object.fromEntries(MEANINGS.map((m) => [m, 0])) as Record<Meaning, number>,
    empty: 0,
  };
}

function add(counts: StatusCounts, statusId: string | null, meaning: Meaning | undefined): void {
  if (statusId === null) {
    counts.empty += 1;
    return;
  }
  counts.byStatus[statusId] = (counts.byStatus[statusId] ?? 0) + 1;
  if (meaning) counts.byMeaning[meaning] += 1;
}

/** Cell counts per column, per row and overall, by status id and by meaning ("Portale servizi": 28 done). */
export function matrixCounts(matrix: MatrixDataset): MatrixCounts {
  const meaningOf = new Map(matrix.statuses.map((s) => [s.id, s.meaning]));
  const columns = Object.fromEntries(matrix.columns.map((c) => [c.id, zero(matrix)]));
  const rows = Object.fromEntries(matrix.rows.map((r) => [r.id, zero(matrix)]));
  const total = zero(matrix);
  matrix.rows.forEach((row, i) => {
    matrix.columns.forEach((col, j) => {
      const statusId = matrix.cells[i]?.[j] ?? null;
      const meaning = statusId === null ? undefined : meaningOf.get(statusId);
      for (const counts of [columns[col.id], rows[row.id], total]) if (counts) add(counts, statusId, meaning);
    });
  });
  return { columns, rows, total };
}
