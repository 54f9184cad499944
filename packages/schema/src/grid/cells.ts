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

/**
 * The decimals the numbers were written with, as format options, where they differ from what the
 * style shows anyway (a percent none, a currency two, a count none): "35,9%" stays 35,9%, "1.234,50"
 * stays 1.234,50.
 */
export function fractionDigits(
  numbers: readonly CellNumber[],
  style: ValueFormat['style'],
): Pick<ValueFormat, 'minimumFractionDigits' | 'maximumFractionDigits'> {
  if (numbers.length === 0) return {};
  // A loop, not Math.min(...spread): a column of 200.000 cells would overflow the call stack.
  let least = Infinity;
  let most = 0;
  for (const { decimals } of numbers) [least, most] = [Math.min(least, decimals), Math.max(most, decimals)];
  const usual = style === 'currency' ? 2 : 0;
  if (least === usual && most === usual) return {};
  return { ...(least > 0 || usual > 0 ? { minimumFractionDigits: least } : {}), maximumFractionDigits: most };
}

/**
 * The format numbers share when their texts say so: all "%" → percent, any "€" → currency, any
 * decimals → decimal; with the decimals they were written with.
 */
export function formatOf(read: readonly (CellNumber | null | undefined)[]): ValueFormat | undefined {
  const numbers = read.filter((n): n is CellNumber => !!n);
  if (numbers.length === 0) return undefined;
  const style = numbers.some((n) => n.currency)
    ? 'currency'
    : numbers.every((n) => n.percent)
      ? 'percent'
      : numbers.some((n) => n.decimals > 0)
        ? 'decimal'
        : undefined;
  if (!style) return undefined;
  return { style, ...(style === 'currency' ? { currency: 'EUR' } : {}), ...fractionDigits(numbers, style) };
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
