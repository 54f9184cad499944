import * as v from 'valibot';
import { Id, Num, Text, ValueFormat, datasetBase } from './common.js';

export const X_TYPES = ['year', 'date', 'datetime'] as const;
export type XType = (typeof X_TYPES)[number];

/** x is a year (2016), an ISO date or an ISO date-time, as the dataset's `x.type` says. */
export const Point = v.strictTuple([
  v.union(
    [v.pipe(v.number(), v.integer('must be a whole number (a year)')), v.string()],
    'must be a year or an ISO date',
  ),
  v.nullable(Num),
]);
export type Point = v.InferOutput<typeof Point>;

export const Series = v.strictObject({
  id: Id,
  label: Text,
  format: v.optional(ValueFormat),
  /** Id of another series this one is a part of ("di cui CNS" is part of the active credentials). */
  partOf: v.optional(Id),
  /** [x, y] pairs in ascending x; y null is a gap. */
  points: v.array(Point),
});
export type Series = v.InferOutput<typeof Series>;

/** One or more named series over a shared x domain: credentials released 2007–2016. */
export const SeriesDataset = v.strictObject({
  kind: v.literal('series'),
  ...datasetBase,
  x: v.strictObject({ type: v.picklist(X_TYPES), label: v.optional(Text) }),
  y: v.optional(v.strictObject({ label: v.optional(Text), format: v.optional(ValueFormat) })),
  /** The points are per-period amounts whose running sum is the stock (releases → active). */
  cumulative: v.optional(v.boolean()),
  series: v.array(Series),
  /** Horizontal reference lines, e.g. the 99% SLA target. */
  thresholds: v.optional(v.array(v.strictObject({ value: Num, label: Text }))),
  /** Labelled moments on the x axis. */
  annotations: v.optional(v.array(v.strictObject({ x: v.union([v.number(), v.string()]), label: Text }))),
});
export type SeriesDataset = v.InferOutput<typeof SeriesDataset>;
