// @cst/schema/csv: CSV text to a grid, recognising Italian spreadsheet exports (";" between cells,
// decimal comma, thousands dot, dates gg/mm/aaaa, a UTF-8 byte order mark) and plain CSV ("," and
// a decimal point). Parsing (quotes, line breaks inside cells, CRLF) is d3-dsv's.
import { dsvFormat } from 'd3-dsv';
import type { Grid } from '../grid/types.js';
import type { NumberConvention } from '../grid/numbers.js';

/** How a CSV file is written. */
export interface CsvDialect {
  separator: ',' | ';' | '\t';
  numbers: NumberConvention;
}

const SEPARATORS = [';', '\t', ','] as const;

/** The separator the first line uses most, outside quotes (";" first on a tie: Italian exports). */
function separatorOf(text: string): CsvDialect['separator'] {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ';' || c === ',' || c === '\t')) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: CsvDialect['separator'] = ',';
  for (const separator of SEPARATORS)
    if ((counts.get(separator) ?? 0) > (counts.get(best) ?? 0)) best = separator;
  return best;
}

const DECIMAL_COMMA = /^[-+−]?[\d.\s]*\d,\d+\s*(%|€)?$/;
const DECIMAL_POINT = /^[-+−]?[\d,]*\d\.(\d{1,2}|\d{4,})\s*(%|€)?$/;

/**
 * How the numbers are written: a decimal comma ("98,5") says Italian; with none, a decimal point
 * that cannot be a thousands dot ("98.5", "0.25") says plain; with neither, the separator decides
 * (";" is how Italian spreadsheets export, "," how plain CSV is written).
 */
function numbersOf(
  rows: readonly (readonly string[])[],
  separator: CsvDialect['separator'],
): NumberConvention {
  let comma = false;
  let point = false;
  for (const row of rows) {
    for (const cell of row) {
      comma ||= DECIMAL_COMMA.test(cell);
      point ||= DECIMAL_POINT.test(cell);
    }
  }
  if (comma) return 'it';
  if (point) return 'en';
  return separator === ',' ? 'en' : 'it';
}

/** Reads CSV text: the first row is the header. The dialect is recognised unless given. */
export function readCsv(
  text: string,
  dialect: Partial<CsvDialect> = {},
): { grid: Grid; dialect: CsvDialect } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const separator = dialect.separator ?? separatorOf(body);
  const [header = [], ...rows] = dsvFormat(separator).parseRows(body);
  const numbers = dialect.numbers ?? numbersOf(rows, separator);
  return { grid: { header, rows }, dialect: { separator, numbers } };
}
