import type { ValidationError } from '@cst/schema';
import type { GridProblem } from '@cst/schema/grid';
import { same } from './same.js';

export const ERROR_CODES = [
  'invalid-json',
  'invalid-document',
  'unsupported-version',
  'dataset-missing',
  'dataset-required',
  'wrong-kind',
  'invalid-url',
  'http',
  'network',
  'timeout',
  'stream-lost',
  'stream-not-document',
  'document-gone',
  'invalid-table',
  'invalid-csv',
  'grid-unsupported',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * A failure before it is put into words: the element words it in the page's language, from the code
 * and the values here (core/problem-message.ts, loaded when a problem is first shown).
 */
export interface DataProblem {
  code: ErrorCode;
  /** Values for the message (dataset id, HTTP status, number of schema problems, …). */
  params?: Record<string, string | number>;
  /** Every schema problem, each with its JSON path, `code` and `params`. */
  errors?: ValidationError[];
  /** Every problem of a `<table>` child or a CSV file, each with its row and column (from 1; A is 1). */
  cells?: GridProblem[];
  /** The datasets the document has, when the one asked for is missing or none was named. */
  datasets?: string[];
  status?: number;
  url?: string;
  cause?: unknown;
}

/**
 * The one mapping from schema problems to an error code, wherever the data came from (fetch,
 * stream, inline, property): a document that only fails for being newer than this library gets
 * `unsupported-version`, which tells an editor to update the library rather than the document.
 * `errors` is never empty.
 */
export function invalidProblem(errors: ValidationError[]): DataProblem {
  const tooNew = errors.length === 1 && errors[0]!.code === 'newer-version';
  return {
    code: tooNew ? 'unsupported-version' : 'invalid-document',
    errors,
    params: { count: errors.length },
  };
}

/** The texts that were not JSON, kept to find the line and column when the problem is worded. */
const unparsed = new WeakMap<DataProblem, string>();

/** A text that is not JSON (`cause` is the parser's error): where it fails is found when it is worded. */
export function notJsonProblem(text: string, cause: unknown, url?: string): DataProblem {
  const problem: DataProblem = {
    code: 'invalid-json',
    url,
    cause,
    params: { detail: String((cause as Error)?.message) },
  };
  unparsed.set(problem, text);
  return problem;
}

/** The text an `invalid-json` problem was made from. */
export function unparsedText(problem: DataProblem): string | undefined {
  return unparsed.get(problem);
}

/** The same problem told again (a failing poll, a broken dataset in each update): said once. */
export function sameProblem(a: DataProblem, b: DataProblem): boolean {
  return a.code === b.code && same([a.params, a.errors], [b.params, b.errors]);
}
