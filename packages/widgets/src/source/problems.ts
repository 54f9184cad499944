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

/** A failure before it is put into words: the element adds the message in the page's language. */
export interface DataProblem {
  code: ErrorCode;
  /** Values for the message (dataset id, HTTP status, …). */
  params?: Record<string, string | number>;
  /** Every schema problem, each with its JSON path. */
  errors?: ValidationError[];
  /** Every problem of a `<table>` child or a CSV file, each with its row and column (from 1; A is 1). */
  cells?: GridProblem[];
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
  const [{ path, message }] = errors as [ValidationError];
  const tooNew = errors.length === 1 && path === '$.schemaVersion' && message.includes('newer');
  return {
    code: tooNew ? 'unsupported-version' : 'invalid-document',
    errors,
    params: { count: errors.length, first: `${path}: ${message}` },
  };
}

/** The same problem told again (a failing poll, a broken dataset in each update): said once. */
export function sameProblem(a: DataProblem, b: DataProblem): boolean {
  return a.code === b.code && same([a.params, a.errors], [b.params, b.errors]);
}
