import { type ErrorParams, type ValidationError, type ValidationErrorCode, toJsonPath } from '../issues.js';
import { closest } from '../suggest.js';

/** Extends a JSON path: at('$.datasets["tickets-2016"]', 'rows', 2) → '$.datasets["tickets-2016"].rows[2]'. */
export function at(path: string, ...keys: PropertyKey[]): string {
  return path + toJsonPath(keys).slice(1);
}

export function error(
  path: string,
  message: string,
  code: ValidationErrorCode,
  params: ErrorParams,
): ValidationError {
  return { path, message, code, params };
}

/** An id that names nothing known, with the known ones and the closest of them (did you mean?). */
export function unknownId(
  path: string,
  code: 'unknown-status' | 'unknown-column' | 'unknown-group',
  id: string,
  known: readonly string[],
): ValidationError {
  const what = code.slice('unknown-'.length);
  const list = listIds(known);
  const message = `unknown ${what} "${id}" (${what === 'status' ? 'statuses' : `${what}s`}: ${list})`;
  const suggestion = closest(id, known);
  return error(path, message, code, {
    id,
    known: [...new Set(known)].slice(0, 8),
    ...(suggestion ? { suggestion } : {}),
  });
}

/** Lists ids for a message, shortened when there are many. */
export function listIds(all: readonly string[], max = 8): string {
  const ids = [...new Set(all)];
  const shown = ids.slice(0, max).join(', ');
  return ids.length > max ? `${shown}, … (${ids.length} in all)` : shown || 'none';
}

/** One error per repeated id, at the later occurrence. */
export function duplicateIds(
  items: readonly { id?: string | undefined }[],
  pathOf: (index: number) => string,
  what: string,
): ValidationError[] {
  const first = new Map<string, number>();
  const errors: ValidationError[] = [];
  items.forEach((item, i) => {
    if (item.id === undefined) return;
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, i);
    else
      errors.push(
        error(
          pathOf(i),
          `duplicate ${what} id "${item.id}" (already used at index ${earlier})`,
          'duplicate-id',
          {
            what,
            id: item.id,
            first: earlier,
          },
        ),
      );
  });
  return errors;
}
