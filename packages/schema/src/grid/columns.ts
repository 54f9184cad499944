import { gridProblem } from './problems.js';
import type { Grid, GridProblem } from './types.js';

/** An id from a label, as the schema wants ids: "Credenziali attive" → "credenziali-attive". */
export function slug(label: string): string {
  return (
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'x'
  );
}

/** Makes ids from labels, each unique among those it made: a second "Importo" becomes "importo-2". */
export function idMaker(): (label: string) => string {
  const used = new Set<string>();
  return (label) => {
    const base = slug(label);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

/** Ids from labels, unique. */
export const uniqueIds = (labels: readonly string[]): string[] => labels.map(idMaker());

const plain = (text: string) => slug(text).replace(/-/g, ' ');

/**
 * The index of the column that plays a role: the one the mapping names, else the column whose
 * heading is the first of the role's usual names (in Italian or English) that a heading has, else -1.
 */
export function findColumn(header: readonly string[], names: readonly string[], mapped?: string): number {
  const headings = header.map(plain);
  if (mapped !== undefined) return headings.indexOf(plain(mapped));
  for (const name of names) if (headings.includes(name)) return headings.indexOf(name);
  return -1;
}

/** A body row's trimmed cells, as many as the header has, and its row number in the grid (the header is 1). */
export interface Line {
  cells: string[];
  row: number;
}

/** Trimmed cells, blank rows left out; a row longer than the header is a problem (its extra cells would be lost). */
export function tidy(grid: Grid): { header: string[]; lines: Line[]; problems: GridProblem[] } {
  const header = grid.header.map((cell) => cell.trim());
  const problems: GridProblem[] = [];
  const lines: Line[] = [];
  grid.rows.forEach((raw, i) => {
    const row = i + 2;
    const trimmed = raw.map((cell) => cell.trim());
    if (trimmed.every((cell) => cell === '')) return;
    if (trimmed.slice(header.length).some((cell) => cell !== ''))
      problems.push(gridProblem(row, 0, 'ragged-row', { found: trimmed.length, expected: header.length }));
    lines.push({ cells: header.map((_, c) => trimmed[c] ?? ''), row });
  });
  if (lines.length === 0) problems.push(gridProblem(0, 0, 'empty'));
  return { header, lines, problems };
}
