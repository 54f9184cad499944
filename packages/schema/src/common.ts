import * as v from 'valibot';
import { isRealCalendarDate } from './calendar.js';
import {
  EMPTY,
  NOT_AN_ID,
  NOT_AN_ID_MAP,
  NOT_A_LANGUAGE_MAP,
  NOT_A_LANGUAGE_TAG,
  NOT_A_CALENDAR_DATE,
  NOT_A_CURRENCY_CODE,
  NOT_A_DATE,
  NOT_A_DATETIME,
  NOT_A_URL,
  NOT_FINITE,
  NOT_WHOLE,
} from './rules.js';

export { isRealCalendarDate } from './calendar.js';

/** Stable ids: lowercase kebab-case, so they survive URLs, attributes and CSS. */
export const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, NOT_AN_ID));

/** An object whose keys match `key`. valibot's record lets a list through; JSON Schema's `type: object` does not. */
/* @__NO_SIDE_EFFECTS__ */
function keyedBy<T extends v.GenericSchema>(
  key: typeof Id | typeof LanguageTag,
  notAnObject: string,
  value: T,
) {
  return v.pipe(
    v.custom<Record<string, unknown>>(
      (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
      notAnObject,
    ),
    v.record(key, value),
  );
}

/** An object keyed by ids. */
export function idMap<T extends v.GenericSchema>(value: T) {
  return keyedBy(Id, NOT_AN_ID_MAP, value);
}

/** A BCP 47 language tag: "it", "it-IT", "en". */
export const LanguageTag = v.pipe(
  v.string(),
  v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, NOT_A_LANGUAGE_TAG),
);

/** An object keyed by language tags: the same words in each language (`{ "it": …, "en": … }`). */
export function languageMap<T extends v.GenericSchema>(value: T) {
  return keyedBy(LanguageTag, NOT_A_LANGUAGE_MAP, value);
}

/** The longest {@link Label}: a label is repeated in cells, legends and headers, so it stays short. */
export const LABEL_MAX = 500;
/** The longest {@link Text}: titles, notes, descriptions. */
export const TEXT_MAX = 10_000;

/** A length cap whose message names the length: `is too long: 100000 characters, at most 500`. */
export const tooLong = (max: number) =>
  v.maxLength<string, number, v.ErrorMessage<v.MaxLengthIssue<string, number>>>(
    max,
    (issue) => `is too long: ${issue.received} characters, at most ${max}`,
  );

/**
 * Non-empty human text: titles, notes, descriptions (at most 10.000 characters, so a hostile
 * document cannot make an element lay out megabytes of text).
 */
export const Text = v.pipe(v.string(), v.minLength(1, EMPTY), tooLong(TEXT_MAX));

/**
 * Short non-empty human text (at most 500 characters): labels, codes, status labels, column and
 * row labels, series and part labels; elements repeat these in many cells, legends and headers.
 */
export const Label = v.pipe(v.string(), v.minLength(1, EMPTY), tooLong(LABEL_MAX));

/** A finite number (JSON has no NaN or Infinity, but strings like "NaN" must be refused too). */
export const Num = v.pipe(v.number('must be a number'), v.finite(NOT_FINITE));

const DATE_SHAPE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])/;

/** Reports a missing day only for well-formed input, so a malformed one gets one message, not two. */
const realDate = v.check(
  (value: string) => !DATE_SHAPE.test(value) || isRealCalendarDate(value),
  NOT_A_CALENDAR_DATE,
);

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = v.pipe(v.string(), v.isoDate(NOT_A_DATE), realDate);

/** An instant with its offset, e.g. `2017-01-31T09:00:00+01:00`. */
export const IsoDateTime = v.pipe(v.string(), v.isoTimestamp(NOT_A_DATETIME), realDate);

/** Units that Intl can format in every browser (ECMA-402 sanctioned units). */
export const MEASURE_UNITS = [
  'millisecond',
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'year',
  'megabyte',
  'gigabyte',
  'terabyte',
] as const;
export type MeasureUnit = (typeof MEASURE_UNITS)[number];

const FractionDigits = v.pipe(
  v.number('must be a number'),
  v.integer(NOT_WHOLE),
  v.minValue(0, 'must be 0 or more'),
  v.maxValue(6, 'must be 6 or less'),
);

export const VALUE_STYLES = ['count', 'decimal', 'percent', 'currency', 'unit'] as const;
export type ValueStyle = (typeof VALUE_STYLES)[number];

/**
 * How a number is shown. Percent values are written in percent (99.92 means 99,92%),
 * the way the report states them, never as fractions.
 */
export const ValueFormat = v.strictObject({
  /** count: integers (4.788); decimal; percent (99,92%); currency (11.240.255,77 €); unit (7 ms). */
  style: v.picklist(VALUE_STYLES),
  /** ISO 4217 code for `currency`; EUR when absent. */
  currency: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, NOT_A_CURRENCY_CODE))),
  /** The measure for `unit`. */
  unit: v.optional(v.picklist(MEASURE_UNITS)),
  /** Words after the number that Intl has no unit for ("core", "di RAM"). */
  suffix: v.optional(Label),
  minimumFractionDigits: v.optional(FractionDigits),
  maximumFractionDigits: v.optional(FractionDigits),
  /** compact writes 2.200.000 as "2,2 Mln". */
  notation: v.optional(v.picklist(['standard', 'compact'])),
});
export type ValueFormat = v.InferOutput<typeof ValueFormat>;

/** Who published something, or where it comes from. */
export const Attribution = v.strictObject({
  name: Text,
  url: v.optional(v.pipe(v.string(), v.url(NOT_A_URL))),
});
export type Attribution = v.InferOutput<typeof Attribution>;

/** Fields every dataset may carry besides its kind. */
export const datasetBase = {
  title: Text,
  description: v.optional(Text),
  /** The date the figures refer to (e.g. 2016-12-31). */
  asOf: v.optional(IsoDate),
  note: v.optional(Text),
  source: v.optional(Attribution),
};

/**
 * A dataset kind's fields: its `kind`, the base fields, then its own (in that order, which is the
 * order of its errors). A function declared free of side effects, so that bundlers drop the kinds
 * a page does not use: a spread of an imported object inline would keep every kind's schema.
 */
/* @__NO_SIDE_EFFECTS__ */
export function datasetEntries<K extends v.GenericSchema, T extends v.ObjectEntries>(
  kind: K,
  entries: T,
): { kind: K } & typeof datasetBase & T {
  return { kind, ...datasetBase, ...entries };
}
