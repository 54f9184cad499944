/** How retries after a failure are spaced. */
export interface BackoffOptions {
  /** The first retry waits up to this long (ms). */
  baseMs: number;
  /** No retry waits longer than this (ms). */
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 1_000, capMs: 60_000 };

/** The longest wait before retry number `attempt` (0 for the first retry): base·2^attempt, capped. */
export function backoffCeiling(attempt: number, { baseMs, capMs }: BackoffOptions = DEFAULT_BACKOFF): number {
  if (!Number.isFinite(attempt) || attempt < 0) throw new RangeError(`invalid attempt: ${attempt}`);
  // 2 ** 1100 is Infinity, and Math.min copes; only the cap matters past ~40 attempts.
  return Math.min(capMs, baseMs * 2 ** Math.min(attempt, 64));
}

/**
 * The wait before retry number `attempt` with "full jitter": uniform in [0, ceiling). Many pages
 * retrying after the same outage spread out instead of returning together.
 */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  return Math.floor(random() * backoffCeiling(attempt, options));
}
