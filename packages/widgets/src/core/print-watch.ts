import type { ReactiveControllerHost } from 'lit';

let printQuery: MediaQueryList | undefined;

/** Whether the page is laid out for paper now (its print styles apply, even before the listeners hear of it). */
export function laidOutForPrint(): boolean {
  printQuery ??= matchMedia('print');
  return printQuery.matches;
}

/**
 * Calls `change(printing, laidOut)` when the page starts or stops printing, and returns what stops
 * the watch. Browsers tell in two ways, and the elements listen to both: `beforeprint`, while the
 * page is still laid out for the screen (Firefox prints a copy of the page made right after it, so
 * that is the last moment to change what it prints), and the `print` media query, which Chromium
 * turns on once the page is laid out for paper (`laidOut`: sizes read then are the paper's), and
 * which print emulation (developer tools, PDF rendering) turns on alone.
 */
export function watchPrint(change: (printing: boolean, laidOut: boolean) => void): () => void {
  printQuery ??= matchMedia('print');
  const query = printQuery;
  const before = () => change(true, false);
  const after = () => change(false, false);
  const media = () => change(query.matches, query.matches);
  addEventListener('beforeprint', before);
  addEventListener('afterprint', after);
  query.addEventListener('change', media);
  return () => {
    removeEventListener('beforeprint', before);
    removeEventListener('afterprint', after);
    query.removeEventListener('change', media);
  };
}

/**
 * Renders a host's pending update at once. The browser lays the page out for paper as soon as the
 * print listeners return, before any microtask or later task in which the update would run.
 */
export function updateNow(host: ReactiveControllerHost): void {
  host.requestUpdate();
  (host as unknown as { performUpdate?(): void }).performUpdate?.();
}
