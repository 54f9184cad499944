import type { Dataset, ReportDocument } from '@cst/schema';
import type { Payload, Resolved } from './payload.js';
import { type DataProblem, sameProblem } from './problems.js';
import type { SourceSnapshot } from './snapshot.js';

/**
 * What one element shows of its route's data: the last good dataset, and why it may not be current.
 * It takes each snapshot with the element's way of resolving its dataset, and answers what changed:
 * a new dataset to show, and new problems to tell, each once. A problem of the source
 * (a failed load, a lost stream, a gone document) and one of the dataset (broken in this version)
 * are kept apart: either makes the data stale, and it is current again only when both are gone.
 */
export class ShownData<D extends Dataset = Dataset> {
  /** The last good dataset. */
  dataset?: D;
  document?: ReportDocument;
  /** The data the dataset was resolved in, where an element finds the other datasets it names (a KPI's trend). */
  payload?: Payload;
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

  /**
   * Takes a snapshot: resolves the element's dataset in it with `resolve`, and passes each new
   * problem to `tell`. Returns the dataset to show, if it is a new one.
   */
  take(
    snapshot: SourceSnapshot,
    resolve: (payload: Payload) => Resolved,
    tell: (problem: DataProblem, keptLastGood: boolean) => void,
  ): D | undefined {
    // A refused stream message changes nothing shown: it is only told.
    if (snapshot.rejected) return void tell(snapshot.rejected, this.dataset !== undefined);
    let accepted: D | undefined;
    let datasetProblem: DataProblem | undefined;
    if (snapshot.payload) {
      const resolved = resolve(snapshot.payload);
      if (resolved.ok) {
        this.document = snapshot.payload.document;
        this.payload = snapshot.payload;
        this.receivedAt = snapshot.receivedAt;
        if (resolved.dataset !== this.dataset) this.dataset = accepted = resolved.dataset as D;
      } else datasetProblem = resolved.problem;
    }
    // A problem already told is kept (the same object), a new one told.
    const news = (before: DataProblem | undefined, now: DataProblem | undefined) => {
      if (now && before && sameProblem(before, now)) return before;
      if (now) tell(now, this.dataset !== undefined);
      return now;
    };
    this.datasetProblem = news(this.datasetProblem, datasetProblem);
    this.sourceProblem = news(this.sourceProblem, snapshot.problem);
    return accepted;
  }
}
