import * as v from 'valibot';
import { NOT_A_YEAR, NOT_A_YEAR_OR_DATE } from './rules.js';
import { ascendingWholeX } from './checks/series.js';
import { Id, Label, Num, ValueFormat, datasetEntries } from './common.js';

export const X_TYPES = ['year', 'date', 'datetime'] as const;
export type XType = (typeof X_TYPES)[number];

/**
 * x is a year (2016), a date or an instant (ISO text, or milliseconds since 1970), as the dataset's
 * `x.type` says: checks/series.ts reads them, and `xValues` gives them as numbers.
 */
export const Point = v.strictTuple([
  v.union([v.pipe(v.number(), v.integer(NOT_A_YEAR)), v.string()], NOT_A_YEAR_OR_DATE),
  v.nullable(Num),
]);
export type Point = v.InferOutput<typeof Point>;

/**
 * What `Point` accepts, as plain type tests ([whole number or text, finite number or null]), for
 * every point; also notes whether the x are whole numbers in strictly ascending order, so that the
 * check of a year series (checks/series.ts) need not read a million points a second time.
 */
function allPoints(input: readonly unknown[]): boolean {
  let ascending = true;
  let previous = -Infinity;
  for (let i = 0; i < input.length; i++) {
    const p = input[i];
    if (!Array.isArray(p) || p.length !== 2) return false;
    const x: unknown = p[0];
    const y: unknown = p[1];
    if (typeof x === 'number') {
      if (!Number.isInteger(x)) return false;
      if (!(x > previous)) ascending = false;
      previous = x;
    } else if (typeof x === 'string') ascending = false;
    else return false;
    if (y !== null && (typeof y !== 'number' || !Number.isFinite(y))) return false;
  }
  if (ascending) ascendingWholeX.add(input);
  else ascendingWholeX.delete(input);
  return true;
}

/**
 * `v.array(Point)` with a fast path: a million points cost a million valibot runs and as many
 * copies. When a plain loop finds every point valid, the list is passed through as it is (not
 * copied); otherwise the full schema runs, so messages and paths are the schema's own. The object
 * is still valibot's array schema, so the JSON Schema generated from it does not change.
 */
/* @__NO_SIDE_EFFECTS__ */
function pointList() {
  const schema = v.array(Point);
  const full = schema['~run'];
  return Object.assign(schema, {
    '~run'(dataset: v.UnknownDataset, config: v.Config<v.BaseIssue<unknown>>) {
      const input = dataset.value;
      if (Array.isArray(input)) {
        ascendingWholeX.delete(input);
        if (allPoints(input)) {
          return Object.assign(dataset, { typed: true, value: input as Point[] }) as ReturnType<typeof full>;
        }
      }
      return full.call(schema, dataset, config);
    },
  });
}

export const Series = v.strictObject({
  id: Id,
  label: Label,
  format: v.optional(ValueFormat),
  /** Id of another series this one is a part of ("di cui CNS" is part of the active credentials). */
  partOf: v.optional(Id),
  /** [x, y] pairs in ascending x; y null is a gap. */
  points: pointList(),
});
export type Series = v.InferOutput<typeof Series>;

/** The x axis: what x is (a year, a date, an instant) and its name. */
export const SeriesX = v.strictObject({ type: v.picklist(X_TYPES), label: v.optional(Label) });
/** The y axis: its name and how its numbers are written. */
export const SeriesY = v.strictObject({ label: v.optional(Label), format: v.optional(ValueFormat) });
/** A horizontal reference line, e.g. the 99% SLA target. */
export const Threshold = v.strictObject({ value: Num, label: Label });
/** A labelled moment on the x axis. */
export const Annotation = v.strictObject({ x: v.union([v.number(), v.string()]), label: Label });

/** One or more named series over a shared x domain: credentials released 2007–2016. */
export const SeriesDataset = v.strictObject(
  datasetEntries(v.literal('series'), {
    x: SeriesX,
    y: v.optional(SeriesY),
    /** The points are per-period amounts whose running sum is the stock (releases → active). */
    cumulative: v.optional(v.boolean()),
    series: v.array(Series),
    /** Horizontal reference lines, e.g. the 99% SLA target. */
    thresholds: v.optional(v.array(Threshold)),
    /** Labelled moments on the x axis. */
    annotations: v.optional(v.array(Annotation)),
  }),
);
export type SeriesDataset = v.InferOutput<typeof SeriesDataset>;
