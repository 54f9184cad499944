import type { JsonSyntaxError } from '@cst/schema';
import type { DataProblem } from '../source/problems.js';

export { ERROR_CODES, type DataProblem, type ErrorCode } from '../source/problems.js';

/** The `cst-error` event's detail. */
export interface CstErrorDetail extends DataProblem {
  /** Readable, in the page's language; also shown in the element. */
  message: string;
  /** Whether the element still shows earlier, good data (now marked stale). */
  keptLastGood: boolean;
  /** For `invalid-json`: where the text stops being JSON (line and column from 1) and what was expected there. */
  syntax?: JsonSyntaxError;
}
