import { type DataProblem, notJsonProblem } from './problems.js';

export type Parsed = { ok: true; raw: unknown } | { ok: false; problem: DataProblem };

const mediaType = (contentType?: string | null) => (contentType ?? '').split(';')[0]!.trim().toLowerCase();

/** Media types of CSV files (servers also send .csv files as text/plain or octet-stream: the path decides then). */
const CSV_TYPES = ['text/csv', 'application/csv', 'text/tab-separated-values'];

/** True when a fetched body is CSV: its media type says so, or its path ends in .csv or .tsv and the type is not JSON. */
export function isCsv(contentType: string | null | undefined, url: string): boolean {
  const type = mediaType(contentType);
  if (CSV_TYPES.includes(type)) return true;
  return type !== 'application/json' && /\.(csv|tsv)$/i.test(new URL(url).pathname);
}

/**
 * Parses a CSV file (with the CSV reader, loaded the first time one arrives) as cells each element
 * reads as its own kind of dataset (GridData).
 */
export async function parseCsv(text: string, url: string): Promise<Parsed> {
  let reader: typeof import('./csv-reader.js');
  try {
    reader = await import('./csv-reader.js');
  } catch (cause) {
    return { ok: false, problem: { code: 'network', url, cause } };
  }
  return { ok: true, raw: reader.csvData(text, url) };
}

/**
 * Parses a JSON body (a fetched document, an inline child, a stream message). JSON is the default
 * for any type (servers often say text/plain or nothing for a .json file).
 */
export function parseBody(text: string, url?: string): Parsed {
  try {
    return { ok: true, raw: JSON.parse(text) };
  } catch (cause) {
    return { ok: false, problem: notJsonProblem(text, cause, url) };
  }
}
