import type { ValidationError } from '@cst/schema';

export const ERROR_CODES = [
  'invalid-json',
  'invalid-document',
  'unsupported-version',
  'dataset-missing',
  'dataset-required',
  'wrong-kind',
  'http',
  'network',
  'timeout',
  'stream-lost',
  'no-source',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A failure before it is put into words: the element adds the message in the page's language. */
export interface DataProblem {
  code: ErrorCode;
  /** Values for the message (dataset id, HTTP status, …). */
  params?: Record<string, string | number>;
  /** Every schema problem, each with its JSON path. */
  errors?: ValidationError[];
  status?: number;
  url?: string;
  cause?: unknown;
}

/** The `cst-error` event's detail. */
export interface CstErrorDetail extends DataProblem {
  /** Readable, in the page's language; also shown in the element. */
  message: string;
  /** Whether the element still shows earlier, good data (now marked stale). */
  keptLastGood: boolean;
}
