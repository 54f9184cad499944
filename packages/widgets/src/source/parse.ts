import { type DataProblem, notJsonProblem } from './problems.js';

export type Parsed = { ok: true; raw: unknown } | { ok: false; problem: DataProblem };

/**
 * The parsers, by media type. JSON is the only one today and the default for any type not named
 * here (servers often say text/plain or nothing for a .json file); a CSV route plugs in as
 * `'text/csv'`, with a parser that returns a dataset and throws with a message that says where.
 */
const PARSERS: Record<string, (text: string) => unknown> = {
  'application/json': JSON.parse,
};

/** Parses a body (a fetched document, an inline child, a stream message) by its content type. */
export function parseBody(text: string, contentType?: string | null, url?: string): Parsed {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const parse = PARSERS[type] ?? JSON.parse;
  try {
    return { ok: true, raw: parse(text) };
  } catch (cause) {
    return { ok: false, problem: notJsonProblem(text, cause, url) };
  }
}
