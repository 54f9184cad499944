import type * as v from 'valibot';
import { type RuleCode, ruleCode } from './rules.js';
import { allowedKeys, closest } from './suggest.js';

/** What went wrong, for programs and for {@link formatError}: stable across versions. */
export type ValidationErrorCode =
  | RuleCode
  | 'unknown-field'
  | 'too-many-items'
  | 'missing-field'
  | 'required'
  | 'wrong-type'
  | 'not-allowed'
  | 'too-long'
  | 'too-small'
  | 'too-large'
  | 'invalid'
  | 'newer-version'
  | 'wrong-kind'
  | 'duplicate-id'
  | 'duplicate-code'
  | 'row-count'
  | 'cell-count'
  | 'unknown-status'
  | 'unknown-column'
  | 'unknown-group'
  | 'text-in-number-column'
  | 'total-mismatch'
  | 'x-type'
  | 'x-order'
  | 'part-of'
  | 'status-required'
  | 'status-disagrees'
  | 'margin-too-large'
  | 'trend-missing'
  | 'trend-not-series';

export type ErrorParam = string | number | boolean | null | readonly string[];

/**
 * The values an error names: `field`, `id`, `suggestion` (a close allowed name), and for the value
 * found, `receivedType` (text, number, boolean, null, list, object, missing) and `received` (a
 * text cut at 40 characters, or the number).
 */
export type ErrorParams = Readonly<Record<string, ErrorParam>>;

/** One problem in a document: where (a JSON path such as `$.datasets.sla.items[2].code`) and what. */
export interface ValidationError {
  path: string;
  /** In English; {@link formatError} words it in another language, with a hint. */
  message: string;
  code?: ValidationErrorCode;
  params?: ErrorParams;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Writes a path as JSONPath: `$.datasets["focus 2016"].items[0]`. */
export function toJsonPath(keys: readonly PropertyKey[]): string {
  let path = '$';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) path += `.${key}`;
    else path += `[${JSON.stringify(String(key))}]`;
  }
  return path;
}

/** A value as a message shows it: null, a list, the text "…" (cut at 40 characters), an object, 42. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `the text ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** The value a message names, as params: `{ receivedType: 'text', received: '98,5' }`. */
export function received(value: unknown): ErrorParams {
  if (value === undefined) return { receivedType: 'missing' };
  if (value === null) return { receivedType: 'null', received: null };
  if (Array.isArray(value)) return { receivedType: 'list' };
  if (typeof value === 'string')
    return { receivedType: 'text', received: value.length > 40 ? `${value.slice(0, 40)}…` : value };
  if (typeof value === 'object') return { receivedType: 'object' };
  if (typeof value === 'number' && Number.isFinite(value)) return { receivedType: 'number', received: value };
  return { receivedType: typeof value, received: String(value) };
}

/** valibot's schema types, by the kind of value they expect. */
const TYPES: Record<string, string> = {
  string: 'text',
  number: 'number',
  boolean: 'boolean',
  array: 'list',
  tuple: 'list',
  strict_tuple: 'list',
  object: 'object',
  strict_object: 'object',
  record: 'object',
  literal: 'value',
};

const EXPECTED: Record<string, string> = {
  text: 'must be text',
  number: 'must be a number',
  boolean: 'must be true or false',
  list: 'must be a list',
  object: 'must be an object',
  value: 'has the wrong value',
};

const isShapeNoise = (e: ValidationError) => e.code === 'unknown-field' || e.code === 'missing-field';
const keyOf = (e: ValidationError) => `${e.path} ${e.message}`;

function dedupe(errors: ValidationError[]): ValidationError[] {
  return [...new Map(errors.map((e) => [keyOf(e), e])).values()];
}

/**
 * Turns a valibot issue into errors, explaining a failed union by what the input got wrong inside: a
 * union's sub-issues mix every branch, and the branch-specific "missing"/"unknown field" ones only
 * confuse ({ value: "x" } must hear that `value` is not a number, not that `text` is missing),
 * unless a field is a near miss of an allowed one ({ valeu: 98 }: did you mean "value"?).
 * `root` is the schema that was run, where the names a field may have are read.
 */
export function issueErrors(issue: v.BaseIssue<unknown>, root?: v.GenericSchema): ValidationError[] {
  if (issue.type !== 'union' || !issue.issues) return [issueError(issue, root)];
  // valibot keeps sub-issue paths relative to the union.
  const inner = issue.issues
    .filter((sub) => (sub.path?.length ?? 0) > 0)
    .map((sub) => ({ ...sub, path: [...(issue.path ?? []), ...(sub.path ?? [])] }) as v.BaseIssue<unknown>)
    .flatMap((sub) => issueErrors(sub, root));
  const specific = inner.filter((e) => !isShapeNoise(e));
  if (specific.length > 0) return dedupe(specific);
  const nearMisses = inner.filter((e) => e.params?.suggestion !== undefined);
  if (nearMisses.length > 0) return dedupe(nearMisses);
  const fallback = issueError(issue);
  const isObject = typeof issue.input === 'object' && issue.input !== null && !Array.isArray(issue.input);
  return [isObject ? { ...fallback, message: issue.message, params: {} } : fallback];
}

/** The allowed values a picklist issue names (`("met" | "at-risk")`), as a list. */
function options(expected: string | null): string[] {
  return (expected ?? '')
    .replace(/^\((.*)\)$/, '$1')
    .split(' | ')
    .map((option) => (option.startsWith('"') ? option.slice(1, -1) : option));
}

/** {@link issueErrors} without the schema (no did-you-mean for unknown fields). */
export const toValidationErrors = (issue: v.BaseIssue<unknown>): ValidationError[] => issueErrors(issue);

/** {@link issueError} without the schema (no did-you-mean for unknown fields). */
export const toValidationError = (issue: v.BaseIssue<unknown>): ValidationError => issueError(issue);

/** Turns a valibot issue into a message a report analyst can act on. */
function issueError(issue: v.BaseIssue<unknown>, root?: v.GenericSchema): ValidationError {
  const keys = (issue.path ?? []).map((item) => item.key as PropertyKey);
  const path = toJsonPath(keys);
  const got = received(issue.input);
  const not = `not ${describeValue(issue.input)}`;
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    const field = String(keys.at(-1));
    const suggestion = root && closest(field, allowedKeys(root, issue.path!));
    const params: ErrorParams = suggestion ? { field, suggestion } : { field };
    return { path, message: `unknown field ${JSON.stringify(field)}`, code: 'unknown-field', params };
  }
  if (issue.type === 'strict_tuple' && issue.expected === 'never') {
    return {
      path: toJsonPath(keys.slice(0, -1)),
      message: `has too many items (the first extra one is ${describeValue(issue.input)})`,
      code: 'too-many-items',
      params: got,
    };
  }
  if (issue.received === 'undefined' && issue.expected?.startsWith('"')) {
    const field = issue.expected.slice(1, -1);
    return {
      path,
      message: `missing required field ${issue.expected}`,
      code: 'missing-field',
      params: { field },
    };
  }
  if (issue.received === 'undefined') return { path, message: 'is required', code: 'required', params: {} };
  const expected = TYPES[issue.type];
  if (
    issue.kind === 'schema' &&
    expected &&
    (issue.message.startsWith('Invalid type') || issue.message === EXPECTED[expected])
  ) {
    return {
      path,
      message: `${EXPECTED[expected]}, ${not}`,
      code: 'wrong-type',
      params: { expected, ...got },
    };
  }
  if (issue.type === 'picklist' || issue.type === 'literal') {
    const allowed = options(issue.expected);
    const suggestion = typeof issue.input === 'string' ? closest(issue.input, allowed) : undefined;
    return {
      path,
      message: `must be one of ${issue.expected ?? '?'}, ${not}`,
      code: 'not-allowed',
      params: { allowed, ...got, ...(suggestion ? { suggestion } : {}) },
    };
  }
  if (issue.type === 'max_length') {
    // The input is the over-long text itself: its length is in the message already.
    const params = { length: Number(issue.received), max: issue.requirement as number };
    return { path, message: issue.message, code: 'too-long', params };
  }
  if (issue.message.startsWith('Invalid')) {
    return {
      path,
      message: `is not valid (${issue.message})`,
      code: 'invalid',
      params: { detail: issue.message },
    };
  }
  const message = `${issue.message}, ${not}`;
  if (issue.type === 'min_value')
    return { path, message, code: 'too-small', params: { min: issue.requirement as number, ...got } };
  if (issue.type === 'max_value')
    return { path, message, code: 'too-large', params: { max: issue.requirement as number, ...got } };
  return { path, message, code: ruleCode(issue.message) ?? 'invalid', params: got };
}
