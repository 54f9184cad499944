// Loaded on demand (import()), when a src answers with CSV: d3-dsv and the grid reader come only
// with it.
import { readCsv } from '@cst/schema/csv';
import type { GridData } from './grid-data.js';
import { gridData } from './grid-reader.js';

/** A file's name as a title, for a CSV file read without a `dataset-title`: ".../credenziali-attive.csv" → "credenziali attive". */
function nameOf(url: string): string {
  const file = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  return file
    .replace(/\.[^.]*$/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
}

/** A CSV file (Italian spreadsheet export or plain CSV, recognised) as cells each element reads by its kind. */
export function csvData(text: string, url: string): GridData {
  const { grid, dialect } = readCsv(text);
  return gridData(grid, 'csv', { numbers: dialect.numbers, untitled: nameOf(url) || undefined });
}
