import type { ReportDocument } from '@cst/schema';
import focus from '@cst/schema/fixtures/focus-2016.json';

/** The Focus 2016 report, as the React example uses it. A module constant: Vue never wraps it in a Proxy. */
export const report = focus as unknown as ReportDocument;

/** Deliberately invalid (items must be a list). */
export const brokenSla = { kind: 'sla', title: 'SLA', items: 'none' } as never;

/** The active-credentials KPI, with its value moved by `extra`: a new plain object each time. */
export function credentials(extra: number) {
  const kpi = report.datasets['active-credentials'];
  if (kpi?.kind !== 'kpi') throw new Error('the fixture has no active-credentials KPI');
  return { ...kpi, value: kpi.value + extra };
}
