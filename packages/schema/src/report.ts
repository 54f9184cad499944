import * as v from 'valibot';
import { Attribution, Id, IsoDate, IsoDateTime, Label, Text, idMap } from './common.js';
import { KpiDataset } from './kpi.js';
import { MatrixDataset } from './matrix.js';
import { SeriesDataset } from './series.js';
import { ShareDataset } from './share.js';
import { SlaDataset } from './sla.js';
import { TableDataset } from './table.js';

/** The schema version this library writes and understands (major.minor). */
export const SCHEMA_VERSION = '1.0';

export const DATASET_KINDS = ['kpi', 'sla', 'series', 'matrix', 'table', 'share'] as const;
export type DatasetKind = (typeof DATASET_KINDS)[number];

export const Dataset = v.variant(
  'kind',
  [KpiDataset, SlaDataset, SeriesDataset, MatrixDataset, TableDataset, ShareDataset],
  `must have a "kind" of ${DATASET_KINDS.join(', ')}`,
);
export type Dataset = v.InferOutput<typeof Dataset>;
export type DatasetOfKind<K extends DatasetKind> = Extract<Dataset, { kind: K }>;

/** One report: "Focus Anno 2016" of Linea Comune's Centro Servizi. */
export const ReportDocument = v.strictObject({
  /** Where editors find the JSON Schema (report.schema.json); ignored by the library. */
  $schema: v.optional(v.pipe(v.string(), v.minLength(1, 'must not be empty'))),
  /**
   * "1.0": documents with a newer major version are refused with a clear message (see validate.ts);
   * the pattern pins the major so that outside JSON Schema validators refuse them too.
   */
  schemaVersion: v.pipe(v.string(), v.regex(/^1\.\d+$/, 'must be "1.minor", e.g. "1.0"')),
  id: Id,
  title: Text,
  publisher: Attribution,
  /** BCP 47 tag of the document's language, e.g. "it-IT". */
  locale: v.pipe(
    v.string(),
    v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "it-IT"'),
  ),
  period: v.strictObject({ from: IsoDate, to: IsoDate, label: v.optional(Label) }),
  updatedAt: IsoDateTime,
  license: Attribution,
  source: Attribution,
  datasets: idMap(Dataset),
});
export type ReportDocument = v.InferOutput<typeof ReportDocument>;
