/**
 * What a story is meant to show, as `parameters.expected`: tests/stories/stories.test.mjs opens
 * every story and checks that each cst element in it reaches `state` (or its own, in `each`; then
 * `then`, if given), that
 * the elements' visible text holds every string of `shows`, and that elements warn in the console
 * (console.warn, with a cst-error) exactly when a state is error or stale.
 */
export type ElementState = 'loading' | 'ready' | 'empty' | 'error' | 'stale';

export interface Expected {
  state: ElementState;
  /** Strings the elements show, as a sighted reader sees them (white space squashed). */
  shows: string[];
  /** A state the elements reach afterwards (live data that fails later). */
  then?: ElementState;
  /** When the elements differ: each one's state, in page order (`state` is then the first). */
  each?: ElementState[];
}

const expect = (state: ElementState, shows: string[], then?: ElementState) => ({
  expected: { state, shows, ...(then ? { then } : {}) } satisfies Expected,
});

/** Ready, with these figures and words visible. */
export const ready = (...shows: string[]) => expect('ready', shows);
/** Stale: the last good figures visible, with the "not up to date" badge. */
export const stale = (...shows: string[]) => expect('stale', shows);
/** Ready first, stale later (the next load fails). */
export const readyThenStale = (...shows: string[]) => expect('ready', shows, 'stale');
/** The error state, with its message. */
export const error = (...shows: string[]) => expect('error', ['Dati non disponibili', ...shows]);
/** Elements in different states, in page order (one broken dataset among good ones). */
export const each = (states: ElementState[], ...shows: string[]) => ({
  expected: { state: states[0]!, each: states, shows } satisfies Expected,
});
/** Loading, and staying so: no data comes. */
export const loading = () => expect('loading', ['Caricamento dei dati…']);
/** The empty state. */
export const empty = () => expect('empty', ['Nessun dato da mostrare.']);
