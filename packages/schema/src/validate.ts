import * as v from 'valibot';
import { consistencyErrors, datasetConsistencyErrors } from './consistency.js';
import { type ValidationError, toValidationErrors } from './issues.js';
import { Dataset, ReportDocument, SCHEMA_VERSION } from './report.js';

export type ValidationResult<T> =
  { valid: true; value: T; errors: [] } | { valid: false; value?: undefined; errors: ValidationError[] };

const SUPPORTED_MAJOR = Number(SCHEMA_VERSION.split('.')[0]);

function versionError(input: unknown): ValidationError | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const version = (input as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'string') return undefined;
  const major = Number(version.split('.')[0]);
  if (!Number.isInteger(major) || major <= SUPPORTED_MAJOR) return undefined;
  return {
    path: '$.schemaVersion',
    message: `schemaVersion ${version} is newer than this library understands (${SUPPORTED_MAJOR}.x): update @cst/schema and @cst/widgets`,
  };
}

function result<T>(errors: ValidationError[], value: T): ValidationResult<T> {
  return errors.length === 0 ? { valid: true, value, errors: [] } : { valid: false, errors };
}

/** Checks a whole report document and returns every problem, each with its JSON path. Never throws. */
export function validateReport(input: unknown): ValidationResult<ReportDocument> {
  if (Array.isArray(input))
    return { valid: false, errors: [{ path: '$', message: 'must be an object, not a list' }] };
  const tooNew = versionError(input);
  if (tooNew) return { valid: false, errors: [tooNew] };
  const parsed = v.safeParse(ReportDocument, input, { abortEarly: false });
  if (!parsed.success) return { valid: false, errors: parsed.issues.flatMap(toValidationErrors) };
  return result(consistencyErrors(parsed.output), parsed.output);
}

/** Checks one bare dataset (a `src` may point at a dataset rather than a whole document). */
export function validateDataset(input: unknown, path = '$'): ValidationResult<Dataset> {
  const parsed = v.safeParse(Dataset, input, { abortEarly: false });
  if (!parsed.success) {
    return {
      valid: false,
      errors: parsed.issues.flatMap(toValidationErrors).map((e) => ({ ...e, path: path + e.path.slice(1) })),
    };
  }
  return result(datasetConsistencyErrors(parsed.output, path), parsed.output);
}

/** True when the value looks like a whole document rather than a bare dataset. */
export function isReportLike(input: unknown): boolean {
  return typeof input === 'object' && input !== null && 'datasets' in input;
}
