import type { DataProblem } from '../source/problems.js';
import type { WordedProblem } from './problem-message.js';

type Wording = (problem: DataProblem, locale: string) => WordedProblem;

/** Until the wording has loaded, or if it cannot be loaded: the code, which the docs explain. */
let word: Wording | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the words for problems (problem-message.ts and the schema's wording of every validation
 * error, ~3 KB gzip) on the first problem a page shows: a page whose data is fine never pays for
 * them. Never rejects: if the module cannot be fetched, problems are worded by their code.
 */
export function loadWording(): Promise<void> {
  loading ??= import('./problem-message.js').then(
    (module) => void (word = module.wordProblem),
    () => void (word = (problem) => ({ message: problem.code })),
  );
  return loading;
}

/** True once problems can be worded without waiting. */
export function wordingReady(): boolean {
  return word !== undefined;
}

/** A problem in the page's language; call once {@link wordingReady} (before, the code stands in). */
export function wordProblem(problem: DataProblem, locale: string): WordedProblem {
  return word ? word(problem, locale) : { message: problem.code };
}
