import {
  type Dataset,
  type DatasetKind,
  type KindDefOf,
  type ReportDocument,
  isReportLike,
  kindErrors,
  toJsonPath,
  validateDatasetAs,
  validateEnvelope,
} from '@cst/schema';
import { type GridReading, isGridData } from './grid-data.js';
import { type DataProblem, invalidProblem } from './problems.js';
import { same } from './same.js';

export type Resolved<K extends DatasetKind = DatasetKind> =
  { ok: true; dataset: Extract<Dataset, { kind: K }> } | { ok: false; problem: DataProblem };

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
  /** The datasets by id; a bare dataset's id is ''. */
  private readonly datasets: Record<string, unknown>;
  /** Datasets checked so far, by id (and, for a table of cells, by how it was read: see resolveGrid). */
  private readonly checked = new Map<string, Checked>();

  /**
   * @param previous the payload this one replaces (a live update): a dataset equal to the one it
   *   had keeps its checked result, the same object, so elements showing it neither re-render nor
   *   fire `cst-data` again.
   */
  constructor(raw: unknown, previous?: Payload) {
    this.raw = raw;
    this.isDocument = isReportLike(raw);
    this.datasets = this.isDocument ? (raw as { datasets: Record<string, unknown> }).datasets : { '': raw };
    // The envelope is everything but the datasets' contents (their ids included).
    const errors = this.isDocument ? validateEnvelope(raw).errors : [];
    if (errors.length > 0) this.problem = invalidProblem(errors);
    else if (previous) {
      for (const [key, checked] of previous.checked) {
        const id = key.split('\0')[0]!;
        if (Object.hasOwn(this.datasets, id) && same(this.datasets[id], previous.datasets[id]))
          this.checked.set(key, checked);
      }
    }
  }

  /** True when the data is a table of cells (a `<table>` child, a CSV file), read for each element by its kind. */
  /**
   * For a table of cells: what tells one reading of them from another (see GridData.key), so that
   * an element reads them again only when its reading changed; undefined for any other data.
   */
  readingKey(kinds: readonly KindDefOf<DatasetKind>[], reading: GridReading): string | undefined {
    const value = this.datasets[''];
    return isGridData(value) ? value.key(kinds, reading) : undefined;
  }

  /** The document, once its envelope is valid (its datasets are checked one at a time). */
  get document(): ReportDocument | undefined {
    return this.isDocument && !this.problem ? (this.raw as ReportDocument) : undefined;
  }

  /**
   * Finds one dataset and checks it for an element that shows the given kinds (with their schemas).
   * A table of cells (a `<table>` child, a CSV file) is first read as the element's kind, as
   * `reading` says.
   */
  resolve<K extends DatasetKind>(
    id: string | undefined,
    kinds: readonly KindDefOf<K>[],
    reading: GridReading = { locale: 'it-IT' },
  ): Resolved<K> {
    if (this.problem) return { ok: false, problem: this.problem };
    const key = this.isDocument ? (id ?? '') : '';
    const datasets = () => Object.keys(this.datasets);
    if (!key && this.isDocument)
      return { ok: false, problem: { code: 'dataset-required', datasets: datasets() } };
    if (!Object.hasOwn(this.datasets, key))
      return {
        ok: false,
        problem: { code: 'dataset-missing', params: { dataset: key }, datasets: datasets() },
      };
    const value = this.datasets[key];
    if (isGridData(value)) {
      // Cells are read as the element's kind, as its reading says: once per reading.
      const all = kinds as readonly KindDefOf<DatasetKind>[];
      const readKey = `\0${value.key(all, reading)}`;
      let read = this.checked.get(readKey);
      if (!read) this.checked.set(readKey, (read = value.check(all, reading)));
      return read as Resolved<K>;
    }
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
    return checked as Resolved<K>;
  }
}
