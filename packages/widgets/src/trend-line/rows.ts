import type { SeriesDataset } from '@cst/schema';
import type { CsvCell } from '../core/csv.js';
import { isoX } from '../core/dates.js';
import { type Prepared, xAt, yAt } from './prepare.js';

/** One row of the data table: an x and the value of each series there (undefined: no point at x). */
export interface DataRow {
  x: number | string;
  values: Array<number | null | undefined>;
}

/**
 * Every point, one row per x, series side by side: the table and the CSV show all of them, never
 * the downsampled ones. Series are merged by x (each is ascending), so series with different
 * x values (CNS from 2010, active from 2007) line up.
 */
export function dataRows(prepared: Prepared): DataRow[] {
  const { series } = prepared;
  const cursor = series.map(() => 0);
  const rows: DataRow[] = [];
  for (;;) {
    let x = Infinity;
    for (let k = 0; k < series.length; k++)
      if (cursor[k]! < series[k]!.n) x = Math.min(x, xAt(series[k]!, cursor[k]!));
    if (x === Infinity) return rows;
    const row: DataRow = {
      x: 0,
      values: new Array<number | null | undefined>(series.length).fill(undefined),
    };
    for (let k = 0; k < series.length; k++) {
      const s = series[k]!;
      const i = cursor[k]!;
      if (i < s.n && xAt(s, i) === x) {
        row.x = s.points[i]![0];
        const y = yAt(s, i);
        row.values[k] = y === y ? y : null;
        cursor[k] = i + 1;
      }
    }
    rows.push(row);
  }
}

/** An x as a file holds it: a year as is, a date or an instant as ISO text (also when given in milliseconds). */
function csvX(x: number | string, type: SeriesDataset['x']['type']): CsvCell {
  return type === 'year' || typeof x === 'string' ? x : isoX(x, type);
}

/** The table as CSV cells: a header of the x label and series labels, then every row. */
export function csvRows(dataset: SeriesDataset, rows: readonly DataRow[]): CsvCell[][] {
  const header: CsvCell[] = [dataset.x.label ?? 'x', ...dataset.series.map((s) => s.label)];
  const type = dataset.x.type;
  return [header, ...rows.map((row) => [csvX(row.x, type), ...row.values] as CsvCell[])];
}
