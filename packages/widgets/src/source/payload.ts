import {
  type Dataset,
  type DatasetKind,
  type KindDefOf,
  type ReportDocument,
  type ValidationError,
  isReportLike,
  kindErrors,
  validateDatasetAs,
  validateEnvelope,
} from '@cst/schema';
import type { DataProblem } from './errors.js';

export type Resolved<K extends DatasetKind = DatasetKind> =
  | { ok: true; dataset: Extract<Dataset, { kind: K }>; document?: ReportDocument }
  | { ok: false; problem: DataProblem };

function invalid(errors: ValidationError[]): DataProblem {
  const tooNew =
    errors.length === 1 && errors[0]!.path === '$.schemaVersion' && errors[0]!.message.includes('newer');
  const first = errors[0] ? `${errors[0].path}: ${errors[0].message}` : '';
  return {
    code: tooNew ? 'unsupported-version' : 'invalid-document',
    errors,
    params: { count: errors.length, first },
  };
}

/** The same dataset: the same object (a merged stream update) or the same content (a re-fetch). */
function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Parsed data (a whole document or one bare dataset), validated piece by piece so that one
 * broken dataset does not take down the elements that show the others.
 */
export class Payload {
  readonly raw: unknown;
  readonly isDocument: boolean;
  private readonly envelopeErrors: ValidationError[];
  private readonly datasets = new Map<string, Resolved>();

  /**
   * @param previous the payload this one replaces (a live update): datasets whose raw object is
   *   the same keep their checked result, so elements showing them neither re-render nor re-fire.
   */
  constructor(raw: unknown, previous?: Payload) {
    this.raw = raw;
    this.isDocument = isReportLike(raw);
    if (this.isDocument) {
      const datasets = (raw as { datasets: unknown }).datasets;
      const envelope = { ...(raw as object), datasets: {} };
      this.envelopeErrors = validateEnvelope(envelope).errors;
      if (typeof datasets !== 'object' || datasets === null || Array.isArray(datasets)) {
        this.envelopeErrors.push({ path: '$.datasets', message: 'must be an object of datasets' });
      }
    } else {
      this.envelopeErrors = [];
    }
    if (previous) this.reuse(previous);
  }

  private reuse(previous: Payload): void {
    const document = this.document;
    if (!document || !previous.document) return;
    for (const [key, resolved] of previous.datasets) {
      const id = key.slice(0, key.indexOf('|'));
      if (
        resolved.ok &&
        Object.hasOwn(document.datasets, id) &&
        same(document.datasets[id], previous.document.datasets[id])
      ) {
        this.datasets.set(key, { ...resolved, document });
      }
    }
  }

  /** The document, once its envelope is valid (datasets are checked one at a time). */
  get document(): ReportDocument | undefined {
    return this.isDocument && this.envelopeErrors.length === 0 ? (this.raw as ReportDocument) : undefined;
  }

  /** Finds and checks one dataset for an element that shows the given kinds (with their schemas). */
  resolve<K extends DatasetKind>(id: string | undefined, kinds: readonly KindDefOf<K>[]): Resolved<K> {
    const key = `${id ?? ''}|${kinds.map((def) => def.kind).join(',')}`;
    let resolved = this.datasets.get(key);
    if (!resolved) {
      resolved = this.compute(id, kinds as readonly KindDefOf<DatasetKind>[]);
      this.datasets.set(key, resolved);
    }
    return resolved as Resolved<K>;
  }

  private compute(id: string | undefined, kinds: readonly KindDefOf<DatasetKind>[]): Resolved {
    if (!this.isDocument) return this.check(this.raw, '$', kinds, id ?? '');
    if (this.envelopeErrors.length > 0) return { ok: false, problem: invalid(this.envelopeErrors) };
    if (!id) return { ok: false, problem: { code: 'dataset-required' } };
    const datasets = (this.raw as { datasets: Record<string, unknown> }).datasets;
    if (!Object.hasOwn(datasets, id))
      return { ok: false, problem: { code: 'dataset-missing', params: { dataset: id } } };
    const path = /^[A-Za-z_$][\w$]*$/.test(id) ? `$.datasets.${id}` : `$.datasets[${JSON.stringify(id)}]`;
    return this.check(datasets[id], path, kinds, id, this.document);
  }

  private check(
    value: unknown,
    path: string,
    kinds: readonly KindDefOf<DatasetKind>[],
    id: string,
    document?: ReportDocument,
  ): Resolved {
    const kindProblems = kindErrors(value, path);
    if (kindProblems.length > 0) return { ok: false, problem: invalid(kindProblems) };
    const kind = (value as { kind: DatasetKind }).kind;
    const def = kinds.find((candidate) => candidate.kind === kind);
    // A dataset of a kind this element does not show is not checked further: its schema is not loaded.
    if (!def) {
      const expected = kinds.map((candidate) => candidate.kind).join(', ');
      return { ok: false, problem: { code: 'wrong-kind', params: { dataset: id, kind, expected } } };
    }
    const result = validateDatasetAs(value, def, path);
    if (!result.valid) return { ok: false, problem: invalid(result.errors) };
    return document ? { ok: true, dataset: result.value, document } : { ok: true, dataset: result.value };
  }
}
