import type { Dataset, ReportDocument } from '@cst/schema';
import type { Resolved } from './payload.js';
import { type DataProblem, sameProblem } from './problems.js';
import type { SourceSnapshot } from './snapshot.js';

/** A problem to tell (a `cst-error`), and whether the element still shows earlier, good data. */
export interface Told {
  problem: DataProblem;
  keptLastGood: boolean;
}

/**
 * What one element shows of its route's data: the last good dataset, and why it may not be current.
 * It takes each snapshot with the element's way of resolving its dataset and answers what changed:
 * a new dataset to show (`accepted`), and new problems to tell, each once. A problem of the source
 * (a failed load, a lost stream, a gone document) and one of the dataset (broken in this version)
 * are kept apart: either makes the data stale, and it is current again only when both are gone.
 */
export class ShownData<D extends Dataset = Dataset> {
  /** The last good dataset. */
  dataset?: D;
  document?: ReportDocument;
  /** When the dataset shown was last known to be current (ms since the epoch). */
  receivedAt?: number;
  private sourceProblem?: DataProblem;
  private datasetProblem?: DataProblem;

  /** Why the data shown is not current, or why there is none. */
  get problem(): DataProblem | undefined {
    return this.datasetProblem ?? this.sourceProblem;
  }

  /** When the data shown is from, while it is stale. */
  get staleSince(): number | undefined {
    return this.dataset && this.problem ? this.receivedAt : undefined;
  }

  take(
    snapshot: SourceSnapshot,
    resolve: (payload: NonNullable<SourceSnapshot['payload']>) => Resolved,
  ): {
    accepted?: D;
    told: Told[];
  } {
    const told: Told[] = [];
    if (snapshot.rejected) {
      // A refused stream message changes nothing shown: it is only told.
      told.push({ problem: snapshot.rejected, keptLastGood: this.dataset !== undefined });
      return { told };
    }
    let accepted: D | undefined;
    let datasetProblem: DataProblem | undefined;
    if (snapshot.payload) {
      const resolved = resolve(snapshot.payload);
      if (resolved.ok) {
        this.document = resolved.document;
        this.receivedAt = snapshot.receivedAt ?? Date.now();
        if (resolved.dataset !== this.dataset) this.dataset = accepted = resolved.dataset as D;
      } else datasetProblem = resolved.problem;
    }
    this.datasetProblem = this.tell(this.datasetProblem, datasetProblem, told);
    this.sourceProblem = this.tell(this.sourceProblem, snapshot.problem, told);
    return { accepted, told };
  }

  private tell(before: DataProblem | undefined, now: DataProblem | undefined, told: Told[]) {
    if (!now) return undefined;
    if (before && sameProblem(before, now)) return before;
    told.push({ problem: now, keptLastGood: this.dataset !== undefined });
    return now;
  }
}
