import * as v from 'valibot';
import { Id, Label, Num, ValueFormat, datasetEntries } from './common.js';

/** One part of a whole: its id, its name, and its amount (0 or more). */
export const SharePart = v.strictObject({
  id: Id,
  label: Label,
  value: v.pipe(Num, v.minValue(0, 'must be 0 or more')),
});

/** Parts of a whole: desktop 70,2% / smartphone and tablet 29,8%. */
export const ShareDataset = v.strictObject(
  datasetEntries(v.literal('share'), {
    format: v.optional(ValueFormat),
    parts: v.array(SharePart),
  }),
);
export type ShareDataset = v.InferOutput<typeof ShareDataset>;
