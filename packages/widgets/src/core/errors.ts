import type { DataProblem } from '../source/problems.js';

export { ERROR_CODES, type DataProblem, type ErrorCode } from '../source/problems.js';

/** The `cst-error` event's detail. */
export interface CstErrorDetail extends DataProblem {
  /** Readable, in the page's language; also shown in the element. */
  message: string;
  /** Whether the element still shows earlier, good data (now marked stale). */
  keptLastGood: boolean;
}
