import type { Dataset, ReportDocument } from '@cst/schema';
import type { CstErrorDetail } from './errors.js';

/** How the data came: `data`, an inline JSON child, `src` (with any stream), `stream` alone, a cst-report. */
export type DataRoute = 'property' | 'inline' | 'src' | 'stream' | 'report';

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
