import type { KpiDataset } from '../kpi.js';
import { difference, percentChange } from './number.js';

/** The change from the previous period: 356 services against 354 is +2 (+0,56%). Null without a previous value. */
export function kpiChange(kpi: KpiDataset): { absolute: number; percent: number | null } | null {
  if (kpi.previous === undefined) return null;
  return { absolute: difference(kpi.value, kpi.previous), percent: percentChange(kpi.previous, kpi.value) };
}
