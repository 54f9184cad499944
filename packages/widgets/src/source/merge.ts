import { describeValue, isReportLike, received } from '@cst/schema';
import { type DataProblem, invalidProblem } from './problems.js';

/** A message from a live stream: a whole document, or `{ "datasets": { id: dataset } }` replacing some. */
export type MergeResult = { ok: true; raw: unknown } | { ok: false; problem: DataProblem };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when the message names only `datasets` (plus an optional `updatedAt`): a partial update. */
export function isPartialUpdate(
  message: unknown,
): message is { datasets: Record<string, unknown>; updatedAt?: string } {
  if (!isPlainObject(message) || !isPlainObject(message.datasets)) return false;
  return Object.keys(message).every((key) => key === 'datasets' || key === 'updatedAt');
}

/**
 * Applies a stream message to the current document and returns the next one. Pure: the current
 * document is never modified, and datasets the message does not name keep their identity (so they
 * are not checked or drawn again). Nothing is validated here: the result becomes a Payload, which
 * checks the envelope, and each dataset once, by its kind, when an element shows it.
 */
export function mergeUpdate(current: unknown, message: unknown): MergeResult {
  if (!isPlainObject(message)) {
    const params = { expected: 'object', ...received(message) };
    const words = `must be an object, not ${describeValue(message)}`;
    const error = { path: '$', message: words, code: 'wrong-type', params } as const;
    return { ok: false, problem: invalidProblem([error]) };
  }
  if (!isPartialUpdate(message)) return { ok: true, raw: message };
  if (!isReportLike(current)) return { ok: false, problem: { code: 'stream-not-document' } };
  const base = current as { datasets: Record<string, unknown> };
  const raw: Record<string, unknown> = { ...base, datasets: { ...base.datasets, ...message.datasets } };
  if (message.updatedAt !== undefined) raw.updatedAt = message.updatedAt;
  return { ok: true, raw };
}
