import {
  type DatasetKind,
  type KindDefOf,
  type ValidationError,
  kindErrors,
  validateDatasetAs,
} from '@cst/schema';

/**
 * The dataset kinds the elements on this page show, with their schemas: each element adds its own
 * when it connects. A live update is checked against these before it replaces the last good data;
 * a dataset of a kind no element here shows is only checked for its kind (no element would show it,
 * and its schema is not loaded).
 */
const known = new Map<DatasetKind, KindDefOf<DatasetKind>>();

export function registerKinds(defs: readonly KindDefOf<DatasetKind>[]): void {
  for (const def of defs) known.set(def.kind, def);
}

/** Every problem of one dataset that this page can know of. */
export function knownDatasetErrors(input: unknown, path: string): ValidationError[] {
  const wrongKind = kindErrors(input, path);
  if (wrongKind.length > 0) return wrongKind;
  const def = known.get((input as { kind: DatasetKind }).kind);
  return def ? validateDatasetAs(input, def, path).errors : [];
}
