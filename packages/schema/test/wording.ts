import type { ValidationError } from '../src/index.js';

/** Errors as path and English message only: for tests about the wording, not the codes. */
export const wording = (errors: readonly ValidationError[]) =>
  errors.map(({ path, message }) => ({ path, message }));
