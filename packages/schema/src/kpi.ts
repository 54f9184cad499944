import * as v from 'valibot';
import { Id, Label, Num, ValueFormat, datasetEntries } from './common.js';

export const QUALIFIERS = ['over', 'under', 'about'] as const;
export const DIRECTIONS = ['up', 'down', 'neutral'] as const;

/** One headline figure: 55.211 active credentials, 356 services (+2), uptime 100%. */
export const KpiDataset = v.strictObject(
  datasetEntries(v.literal('kpi'), {
    value: Num,
    format: v.optional(ValueFormat),
    /** "oltre" (over), "meno di" (under), "circa" (about): the value is a bound, not exact. */
    qualifier: v.optional(v.picklist(QUALIFIERS)),
    /** The previous period's value; the change is computed from it. */
    previous: v.optional(Num),
    /** Names the previous period ("2015"). */
    previousLabel: v.optional(Label),
    /** Which way is good: up (more users), down (fewer tickets), neutral. */
    better: v.optional(v.picklist(DIRECTIONS)),
    target: v.optional(Num),
    /** Id of a `series` dataset in the same document drawn as a sparkline. */
    trend: v.optional(Id),
  }),
);
export type KpiDataset = v.InferOutput<typeof KpiDataset>;
