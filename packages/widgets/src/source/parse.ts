import { type DataProblem, jsonProblem } from './problems.js';

export type Parsed = { ok: true; raw: unknown } | { ok: false; problem: DataProblem };

/** Turns a body's text into data; throws on text it cannot read. */
type Parser = (text: string) => unknown;

/**
 * The parsers, by media type. JSON is the only one today and the default for any type not named
 * here (servers often say text/plain or nothing for a .json file); a CSV route plugs in as
 * `'text/csv'` with a parser that returns a dataset.
 */
const PARSERS: Record<string, Parser> = {
  'application/json': (text) => JSON.parse(text),
};

/** The media type without parameters: `application/json; charset=utf-8` → `application/json`. */
function mediaType(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Parses a body (a fetched document, an inline child, a stream message) by its content type. */
export function parseBody(text: string, contentType?: string | null, url?: string): Parsed {
  const parse = PARSERS[mediaType(contentType)] ?? PARSERS['application/json']!;
  try {
    return { ok: true, raw: parse(text) };
  } catch (cause) {
    return { ok: false, problem: jsonProblem(cause, url) };
  }
}
