// Template types for the elements in Vue 3 (the pattern of vuejs.org's "Web Components and TypeScript"):
// `$props` lists what a template may bind, `$emit` types `@cst-data` / `@cst-error` listeners.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type {
  CstDataEvent,
  CstErrorEvent,
  CstKpiTile,
  CstReport,
  CstShare,
  CstSlaTable,
  CstTrendLine,
} from '@cst/widgets';

type CstEvents = {
  'cst-data': (event: CstDataEvent) => void;
  'cst-error': (event: CstErrorEvent) => void;
};

type CustomElement<E extends HTMLElement, Props extends keyof E> = new () => E & {
  /** @deprecated For template type checking only; not on the element. */
  $props: HTMLAttributes & Partial<Pick<E, Props>> & PublicProps;
  /** @deprecated For template type checking only; not on the element. */
  $emit: EmitFn<CstEvents>;
};

/**
 * `data` is a dataset, or a whole report document with `datasetId` naming one. Bind both as properties
 * (`:data.prop`, `.datasetId`): `HTMLElement.dataset` is read-only, so not `dataset="…"`.
 */
type DataElement<E extends HTMLElement> = CustomElement<E, 'data' | 'datasetId' | 'src'>;

declare module 'vue' {
  interface GlobalComponents {
    'cst-kpi-tile': DataElement<CstKpiTile>;
    'cst-sla-table': DataElement<CstSlaTable>;
    'cst-trend-line': DataElement<CstTrendLine>;
    'cst-share': DataElement<CstShare>;
    'cst-report': CustomElement<CstReport, 'src'>;
  }
}
