import { evaluateSla, statusesAgree } from '../derive/sla.js';
import type { ErrorParams, ValidationError } from '../issues.js';
import type { SlaDataset, SlaItem } from '../sla.js';
import { at, error } from './path.js';

function statusError(item: SlaItem, margin: number, path: string): ValidationError | undefined {
  const { target, measured } = item;
  if (!measured) return undefined; // not measured: nothing to state
  const qualitative = target.direction === 'text' || !('value' in measured);
  if (qualitative) {
    if (item.status !== undefined) return undefined;
    const why =
      target.direction === 'text' ? `the target is text ("${target.text}")` : 'the measure has no number';
    const params: ErrorParams =
      target.direction === 'text' ? { reason: 'text-target', target: target.text } : { reason: 'no-number' };
    return error(path, `is required because ${why}: say whether it was met`, 'status-required', params);
  }
  if (item.status === undefined) return undefined;
  const computed = evaluateSla({ ...item, status: undefined }, margin).status;
  if (statusesAgree(item.status, computed)) return undefined;
  const wording = target.direction === 'at-least' ? 'at least' : 'at most';
  return error(
    path,
    `says "${item.status}" but ${measured.value} against a target of ${wording} ${target.value} is "${computed}"`,
    'status-disagrees',
    {
      stated: item.status,
      measured: measured.value,
      direction: target.direction,
      target: target.value,
      computed,
    },
  );
}

/**
 * The margin is percentage points for percent targets and a fraction of the target otherwise: past
 * 100 points, or at a whole target (1 = 100%) or more, every met item would be at risk.
 */
function marginError(sla: SlaDataset, path: string): ValidationError | undefined {
  const margin = sla.atRiskMargin ?? 0;
  for (const { code, target } of sla.items) {
    if (target.direction === 'text') continue;
    const percent = target.format?.style === 'percent';
    if (percent ? margin <= 100 : margin < 1) continue;
    const message = percent
      ? `is ${margin} percentage points for ${code}, more than a percentage can be from its target: at most 100`
      : `is a fraction of the target for ${code} (not a percent target): ${margin} would mean ${margin * 100}%; write 0.05 for 5%`;
    return error(at(path, 'atRiskMargin'), message, 'margin-too-large', { margin, code, percent });
  }
  return undefined;
}

export function slaErrors(sla: SlaDataset, path: string): ValidationError[] {
  const margin = marginError(sla, path);
  const errors: ValidationError[] = margin ? [margin] : [];
  const seen = new Map<string, number>();
  sla.items.forEach((item, i) => {
    const earlier = seen.get(item.code);
    if (earlier !== undefined) {
      errors.push(
        error(
          at(path, 'items', i, 'code'),
          `duplicate code "${item.code}" (already used at index ${earlier})`,
          'duplicate-code',
          { id: item.code, first: earlier },
        ),
      );
    } else seen.set(item.code, i);
    const problem = statusError(item, sla.atRiskMargin ?? 0, at(path, 'items', i, 'status'));
    if (problem) errors.push(problem);
  });
  return errors;
}
