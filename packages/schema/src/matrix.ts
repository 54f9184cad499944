import * as v from 'valibot';
import { Id, Label, Text, datasetBase } from './common.js';

export const MEANINGS = ['done', 'in-progress', 'not-requested', 'not-applicable', 'none'] as const;
export type Meaning = (typeof MEANINGS)[number];

/** A status of the vocabulary: its label is what readers see, its meaning decides its look. */
export const MatrixStatus = v.strictObject({
  id: Id,
  label: Label,
  meaning: v.picklist(MEANINGS),
  /** The legend's longer wording ("Attività completata"). */
  description: v.optional(Text),
});
export type MatrixStatus = v.InferOutput<typeof MatrixStatus>;

export const MatrixRow = v.strictObject({
  id: Id,
  label: Label,
  /** ISTAT municipality code, six digits. */
  istat: v.optional(v.pipe(v.string(), v.regex(/^\d{6}$/, 'must be a six-digit ISTAT code'))),
});
export const MatrixColumn = v.strictObject({ id: Id, label: Label, description: v.optional(Text) });
export type MatrixRow = v.InferOutput<typeof MatrixRow>;
export type MatrixColumn = v.InferOutput<typeof MatrixColumn>;

/** Entities × services, each cell a status id (null: nothing to say). */
export const MatrixDataset = v.strictObject({
  kind: v.literal('matrix'),
  ...datasetBase,
  rows: v.array(MatrixRow),
  columns: v.array(MatrixColumn),
  statuses: v.array(MatrixStatus),
  /** One array per row, one entry per column, in the order of `rows` and `columns`. */
  cells: v.array(v.array(v.nullable(Id))),
});
export type MatrixDataset = v.InferOutput<typeof MatrixDataset>;
