import { DATASET_KINDS } from './constants.js';

// What a field must be, as the schemas say it (English). Plain constants, not properties of an
// object: a bundler drops a schema whose message is a constant, but keeps one that reads a property
// (a read might run a getter), and with it every kind's schema.

export const NOT_AN_ID = 'must be a lowercase kebab-case id such as "sla" or "tickets-2016"';
export const NOT_AN_ID_MAP = 'must be an object keyed by ids';
export const EMPTY = 'must not be empty';
export const NOT_FINITE = 'must be a finite number';
export const NOT_WHOLE = 'must be a whole number';
export const NOT_A_YEAR = 'must be a whole number (a year, or milliseconds since 1970)';
export const NOT_A_YEAR_OR_DATE = 'must be a year, an ISO date or milliseconds since 1970';
export const NOT_A_CALENDAR_DATE = 'must be a real calendar date';
export const NOT_A_DATE = 'must be a date written YYYY-MM-DD';
export const NOT_A_DATETIME = 'must be a date and time written YYYY-MM-DDThh:mm:ss with a Z or ±hh:mm offset';
export const NOT_A_CURRENCY_CODE = 'must be an ISO 4217 code such as "EUR"';
export const NOT_A_URL = 'must be an absolute URL';
export const NOT_AN_ISTAT_CODE = 'must be a six-digit ISTAT code';
export const BAD_SCHEMA_VERSION = 'must be "1.minor", e.g. "1.0"';
export const NOT_A_LANGUAGE_TAG = 'must be a language tag such as "it-IT"';
export const NOT_A_LANGUAGE_MAP = 'must be an object keyed by language tags such as "it" and "en"';
export const UNKNOWN_KIND = `must have a "kind" of ${DATASET_KINDS.join(', ')}`;
export const UNKNOWN_DIRECTION = 'must have a "direction" of at-least, at-most or text';
export const BAD_MEASURE = 'must be an object with a number "value", a "text", or both';
export const BAD_DEVIATION = 'must be an object with a number "value" or a "text"';

/**
 * The schemas' messages keyed by the error code that names each, so that an error can be told by
 * its code in any language (messages/it.ts) while its English message stays the schema's own.
 */
export const RULES = {
  'not-an-id': NOT_AN_ID,
  'not-an-id-map': NOT_AN_ID_MAP,
  empty: EMPTY,
  'not-finite': NOT_FINITE,
  'not-whole': NOT_WHOLE,
  'not-a-year': NOT_A_YEAR,
  'not-a-year-or-date': NOT_A_YEAR_OR_DATE,
  'not-a-calendar-date': NOT_A_CALENDAR_DATE,
  'not-a-date': NOT_A_DATE,
  'not-a-datetime': NOT_A_DATETIME,
  'not-a-currency-code': NOT_A_CURRENCY_CODE,
  'not-a-url': NOT_A_URL,
  'not-an-istat-code': NOT_AN_ISTAT_CODE,
  'bad-schema-version': BAD_SCHEMA_VERSION,
  'not-a-language-tag': NOT_A_LANGUAGE_TAG,
  'not-a-language-map': NOT_A_LANGUAGE_MAP,
  'unknown-kind': UNKNOWN_KIND,
  'unknown-direction': UNKNOWN_DIRECTION,
  'bad-measure': BAD_MEASURE,
  'bad-deviation': BAD_DEVIATION,
} as const;

export type RuleCode = keyof typeof RULES;

/** The code of a schema message, if it is one of the rules above. */
export function ruleCode(message: string): RuleCode | undefined {
  return (Object.keys(RULES) as RuleCode[]).find((code) => RULES[code] === message);
}
