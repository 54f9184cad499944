import { type BackoffOptions, DEFAULT_BACKOFF } from './backoff.js';

/** Tunables, shared by every source on the page (tests shorten them). */
export const sourceSettings: {
  backoff: BackoffOptions;
  timeoutMs: number;
  minRefreshMs: number;
  /** How long a dropped stream may take to reconnect before the data is marked stale. */
  streamGraceMs: number;
} = {
  backoff: { ...DEFAULT_BACKOFF },
  timeoutMs: 15_000,
  minRefreshMs: 1_000,
  streamGraceMs: 10_000,
};

/** What the sources hold open right now, counted as it opens and closes (leak tests read it). */
export const activity = { timers: 0, streams: 0, requests: 0, visibilityListeners: 0 };
