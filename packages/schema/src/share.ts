import * as v from 'valibot';
import { Id, Num, Text, ValueFormat, datasetBase } from './common.js';

/** Parts of a whole: desktop 70,2% / smartphone and tablet 29,8%. */
export const ShareDataset = v.strictObject({
  kind: v.literal('share'),
  ...datasetBase,
  format: v.optional(ValueFormat),
  parts: v.array(
    v.strictObject({ id: Id, label: Text, value: v.pipe(Num, v.minValue(0, 'must be 0 or more')) }),
  ),
});
export type ShareDataset = v.InferOutput<typeof ShareDataset>;
