import { evaluateSla, statusesAgree } from '../derive/sla.js';
import type { ValidationError } from '../issues.js';
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
    return error(path, `is required because ${why}: say whether it was met`);
  }
  if (item.status === undefined) return undefined;
  const computed = evaluateSla({ ...item, status: undefined }, margin).status;
  if (statusesAgree(item.status, computed)) return undefined;
  const wording = target.direction === 'at-least' ? 'at least' : 'at most';
  return error(
    path,
    `says "${item.status}" but ${measured.value} against a target of ${wording} ${target.value} is "${computed}"`,
  );
}

export function slaErrors(sla: SlaDataset, path: string): ValidationError[] {
  const errors: ValidationError[] = [];
  const seen = new Map<string, number>();
  sla.items.forEach((item, i) => {
    const earlier = seen.get(item.code);
    if (earlier !== undefined) {
      errors.push(
        error(
          at(path, 'items', i, 'code'),
          `duplicate code "${item.code}" (already used at index ${earlier})`,
        ),
      );
    } else seen.set(item.code, i);
    const problem = statusError(item, sla.atRiskMargin ?? 0, at(path, 'items', i, 'status'));
    if (problem) errors.push(problem);
  });
  return errors;
}
