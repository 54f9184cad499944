import * as v from 'valibot';
import { BAD_DEVIATION, BAD_MEASURE, UNKNOWN_DIRECTION } from './rules.js';
import { Label, Num, ValueFormat, datasetEntries } from './common.js';

export const SLA_STATUSES = ['met', 'at-risk', 'breached', 'not-measured'] as const;
export type SlaStatus = (typeof SLA_STATUSES)[number];

/** A numeric target with a direction: uptime "at least 99%", response "at most 7 ms". */
export const NumericTarget = v.strictObject({
  direction: v.picklist(['at-least', 'at-most']),
  value: Num,
  format: v.optional(ValueFormat),
  /** Wording to show instead of the formatted number ("Ogni 6 mesi"). */
  text: v.optional(Label),
});

/** A qualitative target ("entro 1h lavorativa"): status and deviation must be given. */
export const TextTarget = v.strictObject({
  direction: v.literal('text'),
  text: Label,
});

export const SlaTarget = v.variant('direction', [NumericTarget, TextTarget], UNKNOWN_DIRECTION);
export type SlaTarget = v.InferOutput<typeof SlaTarget>;
export type NumericTarget = v.InferOutput<typeof NumericTarget>;

/** What was measured: a number (in the target's format), a text, or both. */
export const SlaMeasure = v.union(
  [v.strictObject({ value: Num, text: v.optional(Label) }), v.strictObject({ text: Label })],
  BAD_MEASURE,
);
export type SlaMeasure = v.InferOutput<typeof SlaMeasure>;

export const DEVIATION_UNITS = ['pp', 'percent'] as const;
export type DeviationUnit = (typeof DEVIATION_UNITS)[number];

/** A stated deviation: a number (relative percent unless `unit` says percentage points), or words. */
export const SlaDeviation = v.union(
  [
    v.strictObject({ value: Num, unit: v.optional(v.picklist(DEVIATION_UNITS)) }),
    v.strictObject({ text: Label }),
  ],
  BAD_DEVIATION,
);
export type SlaDeviation = v.InferOutput<typeof SlaDeviation>;

export const SlaItem = v.strictObject({
  code: Label,
  label: Label,
  target: SlaTarget,
  /** Absent or null: not measured in the period. */
  measured: v.nullish(SlaMeasure),
  /** Given where it cannot be computed (qualitative targets): a number, or words. */
  deviation: v.optional(SlaDeviation),
  /** Given where it cannot be computed; computed otherwise (a given one must agree). */
  status: v.optional(v.picklist(SLA_STATUSES)),
});
export type SlaItem = v.InferOutput<typeof SlaItem>;

/** Service level agreements: SLA.1 to SLA.11. */
export const SlaDataset = v.strictObject(
  datasetEntries(v.literal('sla'), {
    /**
     * Met items closer to the target than this are "at risk": percentage points for percent
     * targets, a fraction of the target (0.05 = 5%) otherwise. 0 (default) turns it off.
     */
    atRiskMargin: v.optional(v.pipe(Num, v.minValue(0, 'must be 0 or more'))),
    items: v.array(SlaItem),
  }),
);
export type SlaDataset = v.InferOutput<typeof SlaDataset>;
