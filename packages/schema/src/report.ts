import * as v from 'valibot';
import { BAD_SCHEMA_VERSION, EMPTY, UNKNOWN_KIND } from './rules.js';
import { Attribution, Id, IsoDate, IsoDateTime, Label, LanguageTag, Text, idMap } from './common.js';
import { KpiDataset } from './kpi.js';
import { MatrixDataset } from './matrix.js';
import { SeriesDataset } from './series.js';
import { ShareDataset } from './share.js';
import { SlaDataset } from './sla.js';
import { TableDataset } from './table.js';
import type { DatasetKind } from './constants.js';

export { DATASET_KINDS, type DatasetKind, SCHEMA_VERSION } from './constants.js';

export const Dataset = v.variant(
  'kind',
  [KpiDataset, SlaDataset, SeriesDataset, MatrixDataset, TableDataset, ShareDataset],
  UNKNOWN_KIND,
);
export type Dataset = v.InferOutput<typeof Dataset>;
export type DatasetOfKind<K extends DatasetKind> = Extract<Dataset, { kind: K }>;

/** The time a report covers: from, to (both included), and how to name it ("Anno 2016"). */
export const Period = v.strictObject({ from: IsoDate, to: IsoDate, label: v.optional(Label) });

/** Everything of a report but its datasets' content. */
const envelope = {
  /** Where editors find the JSON Schema (report.schema.json); ignored by the library. */
  $schema: v.optional(v.pipe(v.string(), v.minLength(1, EMPTY))),
  /**
   * "1.0": documents with a newer major version are refused with a clear message (see validate.ts);
   * the pattern pins the major so that outside JSON Schema validators refuse them too.
   */
  schemaVersion: v.pipe(v.string(), v.regex(/^1\.\d+$/, BAD_SCHEMA_VERSION)),
  id: Id,
  title: Text,
  publisher: Attribution,
  /** BCP 47 tag of the document's language, e.g. "it-IT". */
  locale: LanguageTag,
  period: Period,
  updatedAt: IsoDateTime,
  license: Attribution,
  source: Attribution,
};

/** One report: "Focus Anno 2016" of Linea Comune's Centro Servizi. */
export const ReportDocument = v.strictObject({ ...envelope, datasets: idMap(Dataset) });
export type ReportDocument = v.InferOutput<typeof ReportDocument>;

/**
 * The document with its datasets left unchecked (their ids still are): an element checks only the
 * dataset it shows, with its own kind's schema, so a page loads only the schemas it uses.
 */
export const ReportEnvelope = v.strictObject({ ...envelope, datasets: idMap(v.unknown()) });
