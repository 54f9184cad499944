// Loaded on demand (import()), when a page has a <table> inside an element or a CSV src: the grid
// reader of @cst/schema is not paid for by pages that do not use it.
import { type DatasetKind, type KindDefOf, validateDatasetAs } from '@cst/schema';
import {
  type Grid,
  type GridKind,
  type GridProblem,
  type NumberConvention,
  gridProblem,
  gridToDataset,
  parseColumns,
} from '@cst/schema/grid';
import type { GridChecked, GridData, GridReading } from './grid-data.js';
import { invalidProblem } from './problems.js';
import { readTable } from './table-child.js';

/** The kinds a table of cells can be read as, in the order an element that shows several prefers them. */
const GRID_KINDS: readonly string[] = ['kpi', 'series', 'table', 'share', 'sla'] satisfies GridKind[];

/** The first kind an element shows that a table of cells can be read as, if any. */
const gridKindOf = (kinds: readonly KindDefOf<DatasetKind>[]) =>
  kinds.find((def) => GRID_KINDS.includes(def.kind)) as KindDefOf<GridKind> | undefined;

/** Locales whose decimal mark is known without Intl (as core/plain-number.ts writes them). */
const KNOWN: Record<string, NumberConvention> = {
  it: 'it',
  'it-IT': 'it',
  en: 'en',
  'en-US': 'en',
  'en-GB': 'en',
};
const conventions = new Map<string, NumberConvention>();

/** How a language writes its numbers: a decimal comma (it, de, fr, es…) or a decimal point (en); Intl asked once for another. */
function numbersOf(locale: string): NumberConvention {
  let convention = KNOWN[locale] ?? conventions.get(locale);
  if (!convention) {
    const parts = new Intl.NumberFormat(locale).formatToParts(1.5);
    convention = parts.find((part) => part.type === 'decimal')?.value === ',' ? 'it' : 'en';
    conventions.set(locale, convention);
  }
  return convention;
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
  /** The dataset of `kind` the cells hold, or their problems placed in the table the reader sees. */
  function read(kind: GridKind, { columns, title, locale, needsFigures }: GridReading) {
    const caption = grid.caption?.trim() || title?.trim() || untitled;
    const result = gridToDataset<GridKind>(caption ? { ...grid, caption } : grid, {
      kind,
      numbers: numbers ?? numbersOf(locale),
      ...(columns?.trim() ? { columns: parseColumns(columns) } : {}),
      ...(needsFigures ? { needsFigures } : {}),
    });
    if (result.ok) return result.dataset;
    const problems: GridProblem[] = [];
    for (const p of result.problems)
      problems.push(p.row > 0 && rowShift ? gridProblem(p.row + rowShift, p.column, p.code, p.params) : p);
    return problems;
  }
  return {
    grid,
    origin,
    numbers,
    // How the cells are read, not the locale: a language that writes numbers the same reads them the same.
    key: (kinds, { columns = '', title = '', locale, needsFigures = false }) =>
      [gridKindOf(kinds)?.kind, columns, title, numbers ?? numbersOf(locale), needsFigures].join('\n'),
    check(kinds, reading): GridChecked {
      const def = gridKindOf(kinds);
      if (!def) {
        const expected = kinds.map((candidate) => candidate.kind).join(', ');
        return { ok: false, problem: { code: 'grid-unsupported', params: { expected } } };
      }
      const dataset = read(def.kind, reading);
      if (Array.isArray(dataset)) {
        // Worded from `cells` where it is shown (core/problem-message.ts), in the language of that moment.
        const code = origin === 'csv' ? 'invalid-csv' : 'invalid-table';
        return { ok: false, problem: { code, cells: dataset, params: { count: dataset.length } } };
      }
      const checked = validateDatasetAs(dataset as unknown, def as KindDefOf<DatasetKind>, '$');
      return checked.valid
        ? { ok: true, dataset: checked.value }
        : { ok: false, problem: invalidProblem(checked.errors) };
    },
  };
}

/** A `<table>`'s cells; a table without a header row has empty headings, its rows counted from its first. */
export function tableData(table: HTMLTableElement): GridData {
  const cells = readTable(table);
  return gridData(cells, 'table', { rowShift: cells.headless ? -1 : 0 });
}
