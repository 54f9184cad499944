// @cst/schema/grid: a grid of text cells (a CSV file, an HTML <table>) to a dataset of a given kind,
// reading numbers and dates as the text's language writes them. Pure and free of valibot, so the
// browser can use it for a <table> inside an element; the dataset it gives still goes through the
// kind's validation like data from any other route.
import { gridToKpi, gridToShare } from './parts.js';
import { gridToSeries } from './series.js';
import { gridToSla } from './sla.js';
import { gridToTable } from './table.js';
import { pickColumns, placeInGrid } from './pick.js';
import type { Grid, GridKind, GridOptions, GridResult } from './types.js';

export { italianDateToIso, readX, type XCell } from './dates.js';
export { type CellNumber, type NumberConvention, isJsonNumber, isNone, readNumber } from './numbers.js';
export { columnLetter, formatGridProblem, gridProblem } from './problems.js';
export { slug } from './columns.js';
export { parseColumns } from './pick.js';
// One kind's converter alone, for code that shows one kind (a bundler then leaves the others out).
export { gridToKpi, gridToShare } from './parts.js';
export { gridToSeries } from './series.js';
export { gridToSla } from './sla.js';
export { gridToTable } from './table.js';
export type * from './types.js';

const CONVERTERS: { [K in GridKind]: (grid: Grid, options: GridOptions<K>) => GridResult<K> } = {
  kpi: gridToKpi,
  series: gridToSeries,
  table: gridToTable,
  share: gridToShare,
  sla: gridToSla,
};

/**
 * A dataset of the given kind from a grid, or the problems that stop it, each with its row and
 * column: `gridToDataset({ header: ['Anno', 'Attive'], rows: [['2015', '12.022']] },
 * { kind: 'series', title: 'Credenziali', numbers: 'it' })`.
 */
export function gridToDataset<K extends GridKind>(grid: Grid, options: GridOptions<K>): GridResult<K> {
  const convert = CONVERTERS[options.kind] as (grid: Grid, options: GridOptions<K>) => GridResult<K>;
  const pick = options.columns?.pick;
  if (!pick?.length) return convert(grid, options);
  const picked = pickColumns(grid, pick);
  if ('problems' in picked) return { ok: false, problems: picked.problems };
  const result = convert(picked.grid, options);
  return result.ok
    ? result
    : { ok: false, problems: result.problems.map((p) => placeInGrid(p, picked.from)) };
}
