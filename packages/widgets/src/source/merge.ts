import { type ValidationError, isReportLike, toJsonPath, validateEnvelope } from '@cst/schema';
import { knownDatasetErrors } from '../core/known-kinds.js';

/** A message from a live stream: a whole document, or `{ "datasets": { id: dataset } }` replacing some. */
export type MergeResult =
  { ok: true; raw: unknown } | { ok: false; reason: 'not-object' | 'invalid'; errors: ValidationError[] };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The problems of the datasets a message brings. One equal to the current document's dataset of
 * the same id is not checked again: a stream's first message repeats the document just fetched,
 * and checking a national matrix twice is real time on a phone.
 */
function datasetErrors(current: unknown, datasets: Record<string, unknown>, pathOf: (id: string) => string) {
  const before = isReportLike(current) ? (current as { datasets: unknown }).datasets : undefined;
  const errors: ValidationError[] = [];
  for (const [id, dataset] of Object.entries(datasets)) {
    if (isPlainObject(before) && Object.hasOwn(before, id) && sameJson(before[id], dataset)) continue;
    errors.push(...knownDatasetErrors(dataset, pathOf(id)));
  }
  return errors;
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** True when the message names only `datasets` (plus an optional `updatedAt`): a partial update. */
export function isPartialUpdate(
  message: unknown,
): message is { datasets: Record<string, unknown>; updatedAt?: string } {
  if (!isPlainObject(message) || !isPlainObject(message.datasets)) return false;
  return Object.keys(message).every((key) => key === 'datasets' || key === 'updatedAt');
}

/**
 * Applies a stream message to the current document and returns the next one, or why not.
 * Pure: the current document is never modified; datasets the message does not name keep their
 * identity. Everything the message brings is validated first, so a bad message changes nothing
 * (datasets with the schemas of the kinds this page's elements show: see core/known-kinds.ts);
 * a first whole document, with nothing to keep, has its datasets checked as a fetched one's are.
 */
export function mergeUpdate(current: unknown, message: unknown): MergeResult {
  if (!isPlainObject(message)) {
    return { ok: false, reason: 'not-object', errors: [{ path: '$', message: 'must be an object' }] };
  }
  if (isPartialUpdate(message)) {
    if (!isReportLike(current)) {
      return {
        ok: false,
        reason: 'invalid',
        errors: [{ path: '$', message: 'a partial update needs a document to apply to' }],
      };
    }
    const errors = datasetErrors(current, message.datasets, (id) => `$.datasets[${JSON.stringify(id)}]`);
    const base = current as { datasets: Record<string, unknown> };
    const raw = { ...base, datasets: { ...base.datasets, ...message.datasets } } as Record<string, unknown>;
    if (message.updatedAt !== undefined) raw.updatedAt = message.updatedAt;
    // The envelope is checked with the datasets left out: they were checked one by one above.
    errors.push(...validateEnvelope({ ...raw, datasets: {} }).errors);
    return errors.length ? { ok: false, reason: 'invalid', errors } : { ok: true, raw };
  }
  const errors = [...validateEnvelope(message).errors];
  // With no document yet (a stream that opened before the fetch answered, or a stream without
  // src) there is no last good data to keep: the document is taken as a fetched one is, and each
  // dataset is checked once, when an element asks for it (core/payload.ts), not twice.
  if (errors.length === 0 && isReportLike(current)) {
    const datasets = message.datasets as Record<string, unknown>;
    errors.push(...datasetErrors(current, datasets, (id) => toJsonPath(['datasets', id])));
  }
  return errors.length ? { ok: false, reason: 'invalid', errors } : { ok: true, raw: message };
}
