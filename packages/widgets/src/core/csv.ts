import { languageOf } from './i18n.js';

export type CsvCell = string | number | null | undefined;

/**
 * Spreadsheets set to Italian read `;` as the separator and `,` as the decimal mark;
 * English ones read `,` and `.`. Numbers are written plain (no grouping) so they stay numbers.
 */
export function csvDialect(locale: string): { separator: string; decimal: string } {
  return languageOf(locale) === 'it' ? { separator: ';', decimal: ',' } : { separator: ',', decimal: '.' };
}

function cellText(cell: CsvCell, decimal: string): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell).replace('.', decimal) : '';
  // A text starting with = + - @, a tab or a carriage return may run as a formula when opened:
  // a leading apostrophe keeps it text (OWASP, CSV injection).
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function quote(text: string, separator: string): string {
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to CSV text: CRLF line ends, quoted where needed, with a BOM so Excel reads UTF-8. */
export function toCsv(rows: readonly (readonly CsvCell[])[], locale: string): string {
  const { separator, decimal } = csvDialect(locale);
  const lines = rows.map((row) =>
    row.map((cell) => quote(cellText(cell, decimal), separator)).join(separator),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A safe file name from a title: "Focus 2016: SLA" → "focus-2016-sla.csv". */
export function csvFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'dati'}.csv`;
}
