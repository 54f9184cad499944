// Loaded on demand (import()), when a page has a <table> inside an element or a CSV src: the grid
// reader of @cst/schema is not paid for by pages that do not use it.
import {
  type Grid,
  type GridKind,
  type NumberConvention,
  formatGridProblem,
  gridProblem,
  gridToDataset,
  parseColumns,
} from '@cst/schema/grid';
import type { GridData, GridRead, GridReading } from './grid-data.js';

/** How a language writes its numbers: a decimal comma (it, de, fr, es…) or a decimal point (en). */
function numbersOf(locale: string): NumberConvention {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal');
  return decimal?.value === ',' ? 'it' : 'en';
}

/**
 * Cells to be read as a dataset by each element that shows them (see GridData). The title is the
 * table's <caption>, else the element's `dataset-title`, else `untitled` (a CSV file's name).
 * `rowShift` moves the rows problems name (a table whose first row is not a header row).
 */
export function gridData(
  grid: Grid,
  origin: GridData['origin'],
  {
    numbers,
    untitled,
    rowShift = 0,
  }: { numbers?: NumberConvention; untitled?: string; rowShift?: number } = {},
): GridData {
  return {
    grid,
    origin,
    numbers,
    read<K extends GridKind>(kind: K, { columns, title, locale }: GridReading): GridRead<K> {
      const caption = grid.caption?.trim() || title?.trim() || untitled;
      const result = gridToDataset(caption ? { ...grid, caption } : grid, {
        kind,
        numbers: numbers ?? numbersOf(locale),
        ...(columns?.trim() ? { columns: parseColumns(columns) } : {}),
      });
      if (result.ok) return result;
      const problems = result.problems.map((p) =>
        p.row > 0 && rowShift ? gridProblem(p.row + rowShift, p.column, p.code, p.params) : p,
      );
      return { ok: false, problems, first: formatGridProblem(problems[0]!, locale) };
    },
  };
}
