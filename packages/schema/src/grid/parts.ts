import type { KpiDataset } from '../kpi.js';
import type { ShareDataset } from '../share.js';
import { CellReader, formatOf, fractionDigits, titleOf } from './cells.js';
import { findColumn, tidy, uniqueIds } from './columns.js';
import { gridProblem } from './problems.js';
import type { Grid, GridOptions, GridResult } from './types.js';

/** A KPI is a table of one cell: its figure; the title is the options', the caption, or the cell's heading. */
export function gridToKpi(grid: Grid, options: GridOptions<'kpi'>): GridResult<'kpi'> {
  const { header, lines, problems } = tidy(grid);
  const reader = new CellReader(options.numbers, header);
  const filled = lines.flatMap((line) =>
    line.cells.flatMap((text, column) => (text ? [{ text, column, row: line.row }] : [])),
  );
  if (filled.length !== 1) {
    if (lines.length) problems.push(gridProblem(0, 0, 'kpi-cells', { found: filled.length }));
    return { ok: false, problems };
  }
  const { text, column, row } = filled[0]!;
  const title = titleOf(options.title ?? grid.caption ?? header[column], undefined, problems);
  const value = reader.number(text, row, column);
  const all = [...problems, ...reader.problems];
  if (!value || all.length) return { ok: false, problems: all };
  const format = formatOf([value]);
  const dataset: KpiDataset = { kind: 'kpi', title, value: value.value, ...(format ? { format } : {}) };
  return { ok: true, dataset, problems: [] };
}

const LABELS = ['label', 'etichetta', 'voce', 'nome', 'name', 'categoria', 'category'];
const VALUES = ['value', 'valore', 'quota', 'share', 'percentuale', 'percent', 'totale', 'total'];

/** Parts of a whole: a label column (the first) and a value column (the second), or as the mapping says. */
export function gridToShare(grid: Grid, options: GridOptions<'share'>): GridResult<'share'> {
  const { header, lines, problems } = tidy(grid);
  const reader = new CellReader(options.numbers, header);
  const title = titleOf(options.title, grid.caption, problems);
  const roles = options.columns?.roles ?? {};
  const pick = (role: string, names: string[], fallback: number) => {
    const found = roles[role] === undefined ? findColumn(header, names) : findColumn(header, [], roles[role]);
    const column = found >= 0 ? found : roles[role] === undefined && fallback < header.length ? fallback : -1;
    if (column < 0) reader.problem(0, -1, 'missing-column', { role, headers: header.join(', ') });
    return column;
  };
  const labelColumn = pick('label', LABELS, 0);
  const valueColumn = pick('value', VALUES, labelColumn === 0 ? 1 : 0);
  if (labelColumn < 0 || valueColumn < 0) return { ok: false, problems: [...problems, ...reader.problems] };
  const labels = lines.map((line) => line.cells[labelColumn]!);
  const values = lines.map((line) => {
    const value = reader.number(line.cells[valueColumn]!, line.row, valueColumn);
    if (value === null)
      reader.problem(line.row, valueColumn, 'not-a-number', { text: line.cells[valueColumn]! });
    return value;
  });
  const ids = uniqueIds(labels);
  const all = [...problems, ...reader.problems];
  if (all.length) return { ok: false, problems: all };
  const parts = lines.map((_, i) => ({ id: ids[i]!, label: labels[i]!, value: values[i]!.value }));
  const format = header[valueColumn]?.includes('%')
    ? {
        style: 'percent' as const,
        ...fractionDigits(
          values.filter((v) => !!v),
          'percent',
        ),
      }
    : formatOf(values);
  const dataset: ShareDataset = { kind: 'share', title, ...(format ? { format } : {}), parts };
  return { ok: true, dataset, problems: [] };
}
