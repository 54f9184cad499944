import type { Payload } from './payload.js';
import type { DataProblem } from './problems.js';

/**
 * What a route knows now: the last good payload, if any, and the last failure, if the latest
 * attempt failed. Neither: still loading.
 */
export interface SourceSnapshot {
  payload?: Payload;
  problem?: DataProblem;
  /** When the payload was received (ms since the epoch). */
  receivedAt?: number;
  /**
   * A stream message that was refused and changed nothing. Only ever on the snapshot passed to
   * listeners at that moment, never on the one a later subscriber gets.
   */
  rejected?: DataProblem;
}

export type SourceListener = (snapshot: SourceSnapshot) => void;

/** What hands out snapshots: a shared source, or `<cst-report>` to the elements inside it. */
export interface SnapshotProvider {
  /** Calls `listener` now if there is something to say, and at each change; returns the unsubscribe. */
  subscribe(listener: SourceListener): () => void;
}

/** A snapshot with something to say: data or a failure (a new subscriber gets it at once). */
export function settled(snapshot: SourceSnapshot): boolean {
  return !!(snapshot.payload || snapshot.problem);
}
