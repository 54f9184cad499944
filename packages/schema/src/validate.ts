import * as v from 'valibot';
import { consistencyErrors, datasetConsistencyErrors } from './consistency.js';
import { type ValidationError, describeValue, received, issueErrors } from './issues.js';
import { type DatasetKind, SCHEMA_VERSION } from './constants.js';
import { type DatasetKindDef, type KindDefOf, kindErrors } from './kinds.js';
import { Dataset, type DatasetOfKind, ReportDocument, ReportEnvelope } from './report.js';

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
    code: 'newer-version',
    params: { version, supported: `${SUPPORTED_MAJOR}.x` },
  };
}

const NOT_A_LIST: ValidationError = {
  path: '$',
  message: 'must be an object, not a list',
  code: 'wrong-type',
  params: { expected: 'object', receivedType: 'list' },
};

/** Runs a schema; its issues become errors under `path` (the schema's own paths start at `$`). */
function run<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
  path = '$',
): { output: v.InferOutput<S>; errors?: undefined } | { errors: ValidationError[] } {
  const parsed = v.safeParse(schema, input, { abortEarly: false });
  if (parsed.success) return { output: parsed.output };
  const errors = parsed.issues.flatMap((issue) => issueErrors(issue, schema));
  return { errors: path === '$' ? errors : errors.map((e) => ({ ...e, path: path + e.path.slice(1) })) };
}

function result<T>(errors: ValidationError[], value: T): ValidationResult<T> {
  return errors.length === 0 ? { valid: true, value, errors: [] } : { valid: false, errors };
}

/** Checks a whole report document and returns every problem, each with its JSON path. Never throws. */
export function validateReport(input: unknown): ValidationResult<ReportDocument> {
  if (Array.isArray(input)) return { valid: false, errors: [NOT_A_LIST] };
  const tooNew = versionError(input);
  if (tooNew) return { valid: false, errors: [tooNew] };
  const parsed = run(ReportDocument, input);
  if (parsed.errors) return { valid: false, errors: parsed.errors };
  return result(consistencyErrors(parsed.output), parsed.output);
}

/**
 * Checks a document's envelope: every field but the datasets' content (their ids are checked).
 * The same errors as {@link validateReport} gives for those fields.
 */
export function validateEnvelope(input: unknown): ValidationResult<ReportDocument> {
  if (Array.isArray(input)) return { valid: false, errors: [NOT_A_LIST] };
  const tooNew = versionError(input);
  if (tooNew) return { valid: false, errors: [tooNew] };
  const parsed = run(ReportEnvelope, input);
  if (parsed.errors) return { valid: false, errors: parsed.errors };
  return result([], parsed.output as ReportDocument);
}

/**
 * Checks one dataset with the schema of one kind: the same errors as {@link validateDataset} for a
 * dataset of that kind, without loading the other kinds' schemas. Check the kind first
 * ({@link kindErrors}) and pick the definition by it.
 */
export function validateDatasetAs<K extends DatasetKind>(
  input: unknown,
  kindDef: KindDefOf<K>,
  path = '$',
): ValidationResult<DatasetOfKind<K>> {
  const def = kindDef as DatasetKindDef<K>;
  const wrongKind = kindErrors(input, path);
  if (wrongKind.length > 0) return { valid: false, errors: wrongKind };
  const kind = (input as { kind: unknown }).kind;
  if (kind !== def.kind) {
    const message = `must be "${def.kind}" here, not ${describeValue(kind)}`;
    const params = { expected: def.kind, ...received(kind) };
    return { valid: false, errors: [{ path: `${path}.kind`, message, code: 'wrong-kind', params }] };
  }
  const parsed = run(def.schema, input, path);
  if (parsed.errors) return { valid: false, errors: parsed.errors };
  return result(def.check?.(parsed.output, path) ?? [], parsed.output);
}

/** Checks one bare dataset (a `src` may point at a dataset rather than a whole document). */
export function validateDataset(input: unknown, path = '$'): ValidationResult<Dataset> {
  const parsed = run(Dataset, input, path);
  if (parsed.errors) return { valid: false, errors: parsed.errors };
  return result(datasetConsistencyErrors(parsed.output, path), parsed.output);
}

/** True when the value looks like a whole document rather than a bare dataset. */
export function isReportLike(input: unknown): boolean {
  return typeof input === 'object' && input !== null && 'datasets' in input;
}
