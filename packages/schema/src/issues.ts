import type * as v from 'valibot';

/** One problem in a document: where (a JSON path such as `$.datasets.sla.items[2].code`) and what. */
export interface ValidationError {
  path: string;
  message: string;
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

const EXPECTED: Record<string, string> = {
  string: 'must be text',
  number: 'must be a number',
  boolean: 'must be true or false',
  array: 'must be a list',
  tuple: 'must be a list',
  strict_tuple: 'must be a list',
  object: 'must be an object',
  strict_object: 'must be an object',
  record: 'must be an object',
  literal: 'has the wrong value',
};

const isShapeNoise = (e: ValidationError) =>
  e.message.startsWith('unknown field') || e.message.startsWith('missing');
const keyOf = (e: ValidationError) => `${e.path} ${e.message}`;

function dedupe(errors: ValidationError[]): ValidationError[] {
  return [...new Map(errors.map((e) => [keyOf(e), e])).values()];
}

/**
 * Like `toValidationError`, but explains a failed union by what the input got wrong inside: a
 * union's sub-issues mix every branch, and the branch-specific "missing"/"unknown field" ones only
 * confuse ({ value: "x" } must hear that `value` is not a number, not that `text` is missing).
 */
export function toValidationErrors(issue: v.BaseIssue<unknown>): ValidationError[] {
  if (issue.type !== 'union' || !issue.issues) return [toValidationError(issue)];
  // valibot keeps sub-issue paths relative to the union.
  const inner = issue.issues
    .filter((sub) => (sub.path?.length ?? 0) > 0)
    .map((sub) => ({ ...sub, path: [...(issue.path ?? []), ...(sub.path ?? [])] }) as v.BaseIssue<unknown>)
    .flatMap(toValidationErrors);
  const specific = inner.filter((e) => !isShapeNoise(e));
  if (specific.length > 0) return dedupe(specific);
  const fallback = toValidationError(issue);
  const isObject = typeof issue.input === 'object' && issue.input !== null && !Array.isArray(issue.input);
  return [isObject ? { path: fallback.path, message: issue.message } : fallback];
}

/** Turns a valibot issue into a message a report analyst can act on. */
export function toValidationError(issue: v.BaseIssue<unknown>): ValidationError {
  const keys = (issue.path ?? []).map((item) => item.key as PropertyKey);
  const path = toJsonPath(keys);
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return { path, message: `unknown field ${JSON.stringify(keys.at(-1))}` };
  }
  if (issue.type === 'strict_tuple' && issue.expected === 'never') {
    return {
      path: toJsonPath(keys.slice(0, -1)),
      message: `has too many items (the first extra one is ${describeValue(issue.input)})`,
    };
  }
  if (issue.received === 'undefined' && issue.expected?.startsWith('"')) {
    return { path, message: `missing required field ${issue.expected}` };
  }
  if (issue.received === 'undefined') {
    return { path, message: 'is required' };
  }
  if (issue.kind === 'schema' && issue.type in EXPECTED && issue.message.startsWith('Invalid type')) {
    return { path, message: `${EXPECTED[issue.type]}, not ${describeValue(issue.input)}` };
  }
  if (issue.type === 'picklist' || issue.type === 'literal') {
    return { path, message: `must be one of ${issue.expected ?? '?'}, not ${describeValue(issue.input)}` };
  }
  if (issue.type === 'max_length') {
    // The input is the over-long text itself: its length is in the message already.
    return { path, message: issue.message };
  }
  if (issue.message.startsWith('Invalid')) {
    return { path, message: `is not valid (${issue.message})` };
  }
  return { path, message: `${issue.message}, not ${describeValue(issue.input)}` };
}
