import { findColumn } from './columns.js';
import { gridProblem } from './problems.js';
import type { ColumnMapping, Grid, GridProblem } from './types.js';

/** The roles a column can be given by name (see ColumnMapping.roles). */
const ROLES = [
  'x',
  'label',
  'value',
  'code',
  'direction',
  'target',
  'measured',
  'unit',
  'deviation',
  'deviationUnit',
  'status',
];

/**
 * A column mapping written as one line, as an attribute holds it: headings separated by ";", each
 * one a column to read, in that order; `role=Heading` also says what the column is when its heading
 * is not one the reader knows (`x=Giorno; label=Dispositivo; value=Quota`). Roles are those of
 * ColumnMapping.roles; a heading that holds "=" but no known role is read as a heading.
 * `"Anno; Credenziali attive"` → `{ pick: ['Anno', 'Credenziali attive'] }`.
 */
export function parseColumns(text: string): ColumnMapping {
  const pick: string[] = [];
  const roles: Record<string, string> = {};
  for (const entry of text.split(';')) {
    const trimmed = entry.trim();
    if (!trimmed) continue;
    const pair = /^([A-Za-z]+)\s*=\s*(.+)$/.exec(trimmed);
    const role = pair && ROLES.find((known) => known.toLowerCase() === pair[1]!.toLowerCase());
    const heading = role ? pair[2]!.trim() : trimmed;
    if (role) roles[role] = heading;
    pick.push(heading);
  }
  return { pick, roles };
}

/**
 * Only the columns `pick` names (by heading, as findColumn matches them), in that order, and where
 * each came from (its column in `grid`, from 0), or a problem for each heading the grid lacks.
 */
export function pickColumns(
  grid: Grid,
  pick: readonly string[],
): { grid: Grid; from: number[] } | { problems: GridProblem[] } {
  const header = grid.header.map((cell) => cell.trim());
  const from = pick.map((heading) => findColumn(header, [], heading));
  const problems = pick.flatMap((heading, i) =>
    from[i]! < 0
      ? [gridProblem(0, 0, 'missing-column', { role: `"${heading}"`, headers: header.join(', ') })]
      : [],
  );
  if (problems.length) return { problems };
  return {
    grid: {
      ...grid,
      header: from.map((c) => grid.header[c]!),
      rows: grid.rows.map((row) => from.map((c) => row[c] ?? '')),
    },
    from,
  };
}

/** A problem found in the picked columns, placed in the grid they were picked from. */
export function placeInGrid(problem: GridProblem, from: readonly number[]): GridProblem {
  if (problem.column === 0) return problem;
  return gridProblem(problem.row, from[problem.column - 1]! + 1, problem.code, problem.params);
}
