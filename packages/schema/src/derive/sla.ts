import type { DeviationUnit, SlaItem, SlaStatus } from '../sla.js';
import { difference, roundNoise } from './number.js';

export type EvaluatedDeviation = { value: number; unit: DeviationUnit } | { text: string } | null;

/** The status of an SLA item and how far the measure is from the target (positive: better). */
export interface SlaEvaluation {
  status: SlaStatus;
  deviation: EvaluatedDeviation;
}

function givenDeviation(item: SlaItem): EvaluatedDeviation {
  const given = item.deviation;
  if (!given) return null;
  // A stated number is relative unless it says otherwise: the report prints "0%" for qualitative items.
  return 'text' in given ? { text: given.text } : { value: given.value, unit: given.unit ?? 'percent' };
}

/** met and at-risk both mean "target reached"; a stated at-risk refines a computed met and vice versa. */
export function statusesAgree(a: SlaStatus, b: SlaStatus): boolean {
  const reached = (s: SlaStatus) => s === 'met' || s === 'at-risk';
  return a === b || (reached(a) && reached(b));
}

/**
 * Computes status and deviation where target and measure are numbers; otherwise returns what the
 * item states. Deviation of a percent target is in percentage points (99,92 vs 99,00: +0,92 pp),
 * of other targets relative, in percent (every 3 months vs every 6: +50%). `atRiskMargin` is in
 * points for percent targets and a fraction of the target otherwise (0.05: within 5%).
 */
export function evaluateSla(item: SlaItem, atRiskMargin = 0): SlaEvaluation {
  const { target, measured } = item;
  if (!measured) return { status: 'not-measured', deviation: givenDeviation(item) };
  if (target.direction === 'text' || !('value' in measured)) {
    return { status: item.status ?? 'not-measured', deviation: givenDeviation(item) };
  }
  const gap =
    target.direction === 'at-least'
      ? difference(measured.value, target.value)
      : difference(target.value, measured.value);
  const inPoints = target.format?.style === 'percent';
  const margin = inPoints ? atRiskMargin : atRiskMargin * Math.abs(target.value);
  const computed: SlaStatus = gap < 0 ? 'breached' : gap < margin ? 'at-risk' : 'met';
  const status = item.status && statusesAgree(item.status, computed) ? item.status : computed;
  if (inPoints) return { status, deviation: { value: gap, unit: 'pp' } };
  if (target.value === 0) return { status, deviation: null };
  return {
    status,
    deviation: { value: roundNoise((gap / Math.abs(target.value)) * 100, 10), unit: 'percent' },
  };
}
