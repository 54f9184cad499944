import { parseIsoDate, parseIsoDateTime } from '../calendar.js';
import type { Point, Series, SeriesDataset, XType } from '../series.js';
import { CellReader, formatOf, titleOf } from './cells.js';
import { type Line, findColumn, tidy, uniqueIds } from './columns.js';
import { readX } from './dates.js';
import type { Grid, GridOptions, GridResult } from './types.js';

/** The x of each line, in ascending order; lines whose x cannot be read are left out (with a problem). */
function xLines(lines: readonly Line[], column: number, reader: CellReader) {
  let type: XType | undefined;
  let firstRow = 0;
  const read: { line: Line; x: number | string; at: number }[] = [];
  for (const line of lines) {
    const text = line.cells[column]!;
    const cell = readX(text);
    if (!cell) {
      reader.problem(line.row, column, 'bad-x', { text });
      continue;
    }
    if (type && cell.type !== type) {
      reader.problem(line.row, column, 'mixed-x', { text, type: cell.type, first: type });
      continue;
    }
    type ??= cell.type;
    // calendar.js, not series-x's xMillis: the grid reader is loaded on demand, and importing
    // series-x here would move it into every element's entry (+0,4 KB gzip).
    const at =
      type === 'datetime'
        ? parseIsoDateTime(cell.x as string)
        : type === 'date'
          ? parseIsoDate(cell.x as string)
          : (cell.x as number);
    read.push({ line, x: cell.x, at });
    firstRow ||= line.row;
  }
  read.sort((a, b) => a.at - b.at);
  for (let i = 1; i < read.length; i++) {
    if (read[i]!.at === read[i - 1]!.at) {
      const { line } = read[i]!;
      reader.problem(line.row, column, 'repeated-x', {
        text: line.cells[column]!,
        first: read[i - 1]!.line.row,
      });
    }
  }
  return { type: type ?? 'year', read };
}

/**
 * A series per column but x's. Empty cells (or a dash) before a series' first figure and after its
 * last are no points (a series may start later, as CNS does in 2010); between figures they are gaps (null).
 */
export function gridToSeries(grid: Grid, options: GridOptions<'series'>): GridResult<'series'> {
  const { header, lines, problems } = tidy(grid);
  const reader = new CellReader(options.numbers, header);
  const title = titleOf(options.title, grid.caption, problems);
  const mapped = options.columns?.roles?.x;
  const xColumn = mapped === undefined ? 0 : findColumn(header, [], mapped);
  if (xColumn < 0)
    reader.problem(0, -1, 'missing-column', { role: `x (${mapped})`, headers: header.join(', ') });
  const { type, read } = xLines(lines, Math.max(0, xColumn), reader);
  const columns = header
    .map((_, c) => c)
    .filter((c) => c !== xColumn && lines.some((l) => l.cells[c] !== ''));
  for (const c of columns) if (!header[c]) reader.problem(1, c, 'missing-header');
  const ids = uniqueIds(columns.map((c) => header[c]!));
  const series: Series[] = columns.map((c, k) => {
    const values = read.map(({ line }) => reader.number(line.cells[c]!, line.row, c));
    const defined = values.flatMap((v, i) => (v ? [i] : []));
    const points: Point[] = [];
    for (let i = defined[0] ?? 0; i <= (defined.at(-1) ?? -1); i++)
      points.push([read[i]!.x, values[i]?.value ?? null]);
    const format = formatOf(values);
    return { id: ids[k]!, label: header[c]!, ...(format ? { format } : {}), points };
  });
  const all = [...problems, ...reader.problems];
  if (all.length) return { ok: false, problems: all };
  const x = { type, ...(header[xColumn] ? { label: header[xColumn] } : {}) };
  const dataset: SeriesDataset = { kind: 'series', title, x, series };
  return { ok: true, dataset, problems: [] };
}
