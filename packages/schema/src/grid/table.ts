import { COLUMN_TYPES, type ColumnType } from '../constants.js';
import type { TableDataset, TableGroup, TableRow, TotalRow } from '../table.js';
import { CellReader, fractionDigits, titleOf } from './cells.js';
import { type Line, idMaker, tidy, uniqueIds } from './columns.js';
import type { CellNumber } from './numbers.js';
import type { Grid, GridOptions, GridResult } from './types.js';

/** A heading that names a change between two columns: "Variazione", "Var. %", "Diff %", "Δ". */
const CHANGE = /(^|[^a-z])(variazion[ei]|var\.?|diff\.?|differenza|delta|change|Δ)([^a-z]|$)/i;
/** A label that closes a table or a group: "Totale", "Totali", "Totale SOL", "Total". */
const TOTAL = /^(sub)?total[ei]?s?\b/i;

type Cell = CellNumber | null | undefined;
const isNumber = (n: Cell): n is CellNumber => !!n;

/** The type of a column of figures, from its heading and how its figures are written. */
function figureType(heading: string, numbers: readonly CellNumber[]): ColumnType {
  if (numbers.some((n) => n.currency)) return 'currency';
  if (CHANGE.test(heading) || numbers.some((n) => n.plus)) return 'delta';
  if (heading.includes('%') || numbers.some((n) => n.percent)) return 'percent';
  return numbers.every((n) => Number.isInteger(n.value)) ? 'count' : 'decimal';
}

/**
 * What a column holds, from its cells and heading: figures when more than half of its filled cells
 * are numbers (the others are then mistakes to report, "molti" among counts), else text.
 */
function typeOf(heading: string, texts: readonly string[], read: readonly Cell[]): ColumnType {
  const numbers = read.filter(isNumber);
  const words = read.filter((n, i) => n === undefined && texts[i] !== '').length;
  if (numbers.length === 0 || words * 2 >= numbers.length + words) return 'text';
  return figureType(heading, numbers);
}

/** The typed columns: inferred, or as the mapping says ({ Importo: 'currency' }); and each column's cells read as numbers. */
function columnTypes(header: string[], lines: Line[], options: GridOptions<'table'>, reader: CellReader) {
  const probe = new CellReader(options.numbers, header);
  const mapped = options.columns?.types ?? {};
  const read = header.map((_, c) => lines.map((line) => probe.number(line.cells[c]!, 0, c)));
  const inferred = new Set<number>();
  const numbersOf = (c: number) => read[c]!.filter(isNumber);
  const types = header.map((heading, c): ColumnType => {
    const chosen = mapped[heading];
    if (chosen !== undefined && !(COLUMN_TYPES as readonly string[]).includes(chosen)) {
      reader.problem(1, c, 'unknown-type', { text: chosen });
    } else if (chosen !== undefined) return chosen;
    if (c === 0) return 'text';
    inferred.add(c);
    const texts = lines.map((line) => line.cells[c]!);
    return typeOf(heading, texts, read[c]!);
  });
  if (!options.needsFigures || types.some((type) => type !== 'text')) return { types, numbersOf };
  // Nothing to draw: a column with any figure was meant as figures, and its words are to be named.
  const figures = types.map((type, c) => {
    const numbers = numbersOf(c);
    return inferred.has(c) && numbers.length ? figureType(header[c]!, numbers) : type;
  });
  return { types: figures, numbersOf };
}

/**
 * Typed columns, rows, groups and totals. A row with only its label is a group's heading; a row
 * labelled "Totale…" closes the open group (its subtotal) or, last, the table (its total); rows
 * after a subtotal belong to no group until the next heading.
 */
export function gridToTable(grid: Grid, options: GridOptions<'table'>): GridResult<'table'> {
  const { header, lines, problems } = tidy(grid);
  const reader = new CellReader(options.numbers, header);
  const title = titleOf(options.title, grid.caption, problems);
  header.forEach((heading, c) => heading || reader.problem(1, c, 'missing-header'));
  const { types, numbersOf } = columnTypes(header, lines, options, reader);
  const ids = uniqueIds(header);
  const labelColumn = Math.max(0, types.indexOf('text'));
  const cellsOf = (line: Line, numbersOnly: boolean) => {
    const cells: TableRow['cells'] = {};
    types.forEach((type, c) => {
      const text = line.cells[c]!;
      if (type === 'text') {
        if (!numbersOnly) cells[ids[c]!] = text || null;
      } else if (!numbersOnly || text) cells[ids[c]!] = reader.number(text, line.row, c)?.value ?? null;
    });
    return cells;
  };
  const rows: TableRow[] = [];
  const groups: TableGroup[] = [];
  let open: TableGroup | undefined;
  let total: TotalRow | undefined;
  const groupId = idMaker();
  const hasFigures = types.some((type) => type !== 'text');
  lines.forEach((line, i) => {
    const label = line.cells[labelColumn]!;
    const alone = line.cells.every((text, c) => c === labelColumn || text === '');
    if (hasFigures && label && alone && !TOTAL.test(label)) {
      groups.push((open = { id: groupId(label), label }));
    } else if (TOTAL.test(label) && (open || i === lines.length - 1)) {
      const stated = { label, cells: cellsOf(line, true) };
      if (open) [open.subtotal, open] = [stated, undefined];
      else total = stated;
    } else rows.push({ ...(open ? { group: open.id } : {}), cells: cellsOf(line, false) });
  });
  const all = [...problems, ...reader.problems];
  if (all.length) return { ok: false, problems: all };
  const columns = header.map((label, c) => {
    const type = types[c]!;
    const style = type === 'percent' || type === 'currency' || type === 'decimal' ? type : undefined;
    const digits = style ? fractionDigits(numbersOf(c), style) : {};
    const format = Object.keys(digits).length ? { format: { style: style!, ...digits } } : {};
    return { id: ids[c]!, label, type, ...format };
  });
  const dataset: TableDataset = {
    kind: 'table',
    title,
    columns,
    rows,
    ...(groups.length ? { groups } : {}),
    ...(total ? { total } : {}),
  };
  return { ok: true, dataset, problems: [] };
}
