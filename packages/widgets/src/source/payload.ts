import {
  type Dataset,
  type DatasetKind,
  type KindDefOf,
  type ReportDocument,
  type ValidationError,
  isReportLike,
  kindErrors,
  toJsonPath,
  validateDatasetAs,
  validateEnvelope,
} from '@cst/schema';
import { type DataProblem, invalidProblem } from './problems.js';
import { same } from './same.js';

export type Resolved<K extends DatasetKind = DatasetKind> =
  | { ok: true; dataset: Extract<Dataset, { kind: K }>; document?: ReportDocument }
  | { ok: false; problem: DataProblem };

/** One dataset checked with its own kind's schema: the value to show, or why not. */
type Checked = { ok: true; dataset: Dataset } | { ok: false; problem: DataProblem };

/**
 * Parsed data (a whole document or one bare dataset). The envelope is checked at once; each dataset
 * only when an element asks for it, with the schema of its kind that the element brings, and once:
 * every element showing it gets the same result. So one broken dataset breaks only the elements that
 * show it, and a page loads only the schemas of the kinds it shows.
 */
export class Payload {
  readonly raw: unknown;
  readonly isDocument: boolean;
  /** Why the document is refused as a whole (its envelope is invalid), if it is. */
  readonly problem?: DataProblem;
  /** Datasets checked so far, by id ('' for a bare dataset). */
  private readonly checked = new Map<string, Checked>();

  /**
   * @param previous the payload this one replaces (a live update): a dataset equal to the one it
   *   had keeps its checked result, the same object, so elements showing it neither re-render nor
   *   fire `cst-data` again.
   */
  constructor(raw: unknown, previous?: Payload) {
    this.raw = raw;
    this.isDocument = isReportLike(raw);
    if (this.isDocument) {
      const datasets = (raw as { datasets: unknown }).datasets;
      const errors: ValidationError[] = [...validateEnvelope({ ...(raw as object), datasets: {} }).errors];
      if (typeof datasets !== 'object' || datasets === null || Array.isArray(datasets))
        errors.push({ path: '$.datasets', message: 'must be an object of datasets' });
      if (errors.length > 0) this.problem = invalidProblem(errors);
    }
    if (previous && !this.problem) this.keep(previous);
  }

  private keep(previous: Payload): void {
    for (const [id, checked] of previous.checked) {
      const before = previous.rawDataset(id);
      if (this.hasDataset(id) && same(this.rawDataset(id), before)) this.checked.set(id, checked);
    }
  }

  /** The document, once its envelope is valid (its datasets are checked one at a time). */
  get document(): ReportDocument | undefined {
    return this.isDocument && !this.problem ? (this.raw as ReportDocument) : undefined;
  }

  private hasDataset(id: string): boolean {
    if (!this.isDocument) return id === '';
    return Object.hasOwn((this.raw as { datasets: object }).datasets, id);
  }

  private rawDataset(id: string): unknown {
    return this.isDocument ? (this.raw as { datasets: Record<string, unknown> }).datasets[id] : this.raw;
  }

  /** Finds one dataset and checks it for an element that shows the given kinds (with their schemas). */
  resolve<K extends DatasetKind>(id: string | undefined, kinds: readonly KindDefOf<K>[]): Resolved<K> {
    if (this.problem) return { ok: false, problem: this.problem };
    const key = this.isDocument ? (id ?? '') : '';
    if (this.isDocument && !key) return { ok: false, problem: { code: 'dataset-required' } };
    if (!this.hasDataset(key))
      return { ok: false, problem: { code: 'dataset-missing', params: { dataset: key } } };
    const value = this.rawDataset(key);
    const path = this.isDocument ? toJsonPath(['datasets', key]) : '$';
    const kindProblems = kindErrors(value, path);
    if (kindProblems.length > 0) return { ok: false, problem: invalidProblem(kindProblems) };
    const kind = (value as { kind: DatasetKind }).kind;
    // A dataset of a kind this element does not show is not checked further: its schema is not loaded.
    const def = (kinds as readonly KindDefOf<DatasetKind>[]).find((candidate) => candidate.kind === kind);
    if (!def) {
      const expected = kinds.map((candidate) => candidate.kind).join(', ');
      return { ok: false, problem: { code: 'wrong-kind', params: { dataset: key, kind, expected } } };
    }
    let checked = this.checked.get(key);
    if (!checked) {
      const result = validateDatasetAs(value, def, path);
      checked = result.valid
        ? { ok: true, dataset: result.value }
        : { ok: false, problem: invalidProblem(result.errors) };
      this.checked.set(key, checked);
    }
    if (!checked.ok) return checked;
    const dataset = checked.dataset as Extract<Dataset, { kind: K }>;
    return this.document ? { ok: true, dataset, document: this.document } : { ok: true, dataset };
  }
}
