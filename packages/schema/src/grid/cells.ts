import type { ValueFormat } from '../common.js';
import { type CellNumber, type NumberConvention, readNumber } from './numbers.js';
import { gridProblem } from './problems.js';
import type { GridProblem } from './types.js';

/** Reads cells of one column, collecting problems with their places. */
export class CellReader {
  readonly problems: GridProblem[] = [];

  constructor(
    readonly numbers: NumberConvention,
    readonly header: readonly string[],
  ) {}

  /** A number, null for an empty cell or a dash, undefined (and a problem) for a text that is not a number. */
  number(text: string, row: number, column: number): CellNumber | null | undefined {
    const read = readNumber(text, this.numbers);
    if (read === undefined) this.problem(row, column, 'not-a-number', { text });
    return read;
  }

  /** A number if the text is one, without a problem if it is not (a cell that may hold words). */
  probe(text: string): CellNumber | undefined {
    return readNumber(text, this.numbers) ?? undefined;
  }

  problem(
    row: number,
    column: number,
    code: GridProblem['code'],
    params: Record<string, string | number> = {},
  ) {
    const header = this.header[column];
    this.problems.push(gridProblem(row, column + 1, code, header ? { header, ...params } : params));
  }
}

/** The format numbers share when their texts say so: all "%" → percent, any "€" → currency. */
export function formatOf(read: readonly (CellNumber | null | undefined)[]): ValueFormat | undefined {
  const numbers = read.filter((n): n is CellNumber => !!n);
  if (numbers.length === 0) return undefined;
  if (numbers.some((n) => n.currency)) return { style: 'currency', currency: 'EUR' };
  if (numbers.every((n) => n.percent)) return { style: 'percent' };
  return undefined;
}

/** The dataset's title: the options', else the caption's; a problem when there is none. */
export function titleOf(
  title: string | undefined,
  caption: string | undefined,
  problems: GridProblem[],
): string {
  const chosen = (title ?? caption ?? '').trim();
  if (!chosen) problems.push(gridProblem(0, 0, 'no-title'));
  return chosen;
}
