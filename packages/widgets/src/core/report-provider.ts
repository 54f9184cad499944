import type { SourceListener } from '../source/shared-source.js';

/** What `<cst-report>` offers to the elements inside it (kept apart to avoid an import cycle). */
export interface ReportProvider extends Element {
  subscribe(listener: SourceListener): () => void;
}

export function isReportProvider(element: Element | null): element is ReportProvider {
  return !!element && typeof (element as Partial<ReportProvider>).subscribe === 'function';
}
