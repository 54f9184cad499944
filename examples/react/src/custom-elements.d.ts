// JSX types for the elements in React 19: `data` is a property (React 19 sets it as one, because the
// element defines it), `oncst-data` / `oncst-error` are listeners for the typed events.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  CstDataEvent,
  CstErrorEvent,
  CstKpiTile,
  CstReport,
  CstShare,
  CstSlaTable,
  CstTrendLine,
} from '@cst/widgets';

type ElementProps<E extends HTMLElement & { data?: unknown }> = DetailedHTMLProps<HTMLAttributes<E>, E> & {
  /** A dataset, or a whole report document with `dataset` naming one. */
  data?: E['data'];
  /**
   * Which dataset of a document to show. In React use this property, not `dataset`: React 19 sets
   * props as properties when the element has them, and `HTMLElement.dataset` is read-only.
   */
  datasetId?: string;
  src?: string;
  'oncst-data'?: (event: CstDataEvent) => void;
  'oncst-error'?: (event: CstErrorEvent) => void;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'cst-kpi-tile': ElementProps<CstKpiTile>;
      'cst-sla-table': ElementProps<CstSlaTable>;
      'cst-trend-line': ElementProps<CstTrendLine>;
      'cst-share': ElementProps<CstShare>;
      'cst-report': DetailedHTMLProps<HTMLAttributes<CstReport>, CstReport> & { src?: string };
    }
  }
}
