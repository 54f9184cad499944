import type { Dataset, ReportDocument } from '@cst/schema';
import type { DataRoute } from '../source/route.js';
import type { CstErrorDetail } from './errors.js';

export type { DataRoute } from '../source/route.js';

export interface CstDataDetail {
  dataset: Dataset;
  /** The whole document, when the data came in one. */
  document?: ReportDocument;
  route: DataRoute;
}

const init = { bubbles: true, composed: true } as const;

/** Fired each time an element accepts new data. */
export class CstDataEvent extends CustomEvent<CstDataDetail> {
  constructor(detail: CstDataDetail) {
    super('cst-data', { ...init, detail });
  }
}

/** Fired when data cannot be shown: bad JSON, schema violations, a failing server, … */
export class CstErrorEvent extends CustomEvent<CstErrorDetail> {
  constructor(detail: CstErrorDetail) {
    super('cst-error', { ...init, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cst-data': CstDataEvent;
    'cst-error': CstErrorEvent;
  }
}
