import { type Parsed, parseBody } from './parse.js';
import { Payload } from './payload.js';
import { subscribeToSource } from './shared-source.js';
import type { SnapshotProvider, SourceListener } from './snapshot.js';

/** How the data came: `data`, an inline JSON child, `src` (with any stream), `stream` alone, a cst-report. */
export type DataRoute = 'property' | 'inline' | 'src' | 'stream' | 'report';

/** What an element offers as data, read from it by the element. */
export interface RouteInputs {
  /** The `data` property. */
  data: unknown;
  /** The id of the dataset to show: another one is another route, even from the same document. */
  datasetId?: string;
  /** The text of an inline `<script type="application/json">` child, if there is one. */
  inline?: string;
  src?: string;
  stream?: string;
  refresh?: number;
  /** The nearest `<cst-report>` around the element, if any. */
  report: Element | null;
}

/** A route: its name, the dataset id, then what identifies its source. Another key, another route. */
export type Route = readonly [DataRoute, string | undefined, ...unknown[]];

/**
 * The route, by the documented precedence: `data`, an inline child, `src` (with `refresh` and
 * `stream`), `stream` alone, the nearest `<cst-report>`. A `<table>` child will be a route between
 * the inline child and `src`.
 */
export function chooseRoute(inputs: RouteInputs): Route {
  const { data, datasetId: id, inline, src, stream, report } = inputs;
  if (data !== undefined) return ['property', id, data];
  if (inline !== undefined) return ['inline', id, inline];
  if (src) return ['src', id, src, inputs.refresh, stream];
  if (stream) return ['stream', id, stream];
  return ['report', id, report];
}

/** True when both name the same route with the same inputs (a route's name fixes its length). */
export function sameRoute(a: Route | undefined, b: Route): boolean {
  return !!a && a.every((part, i) => part === b[i]);
}

/**
 * Opens a route: `listener` gets what the data is now and each change (see SourceSnapshot), and
 * the returned function closes the route. Every route ends in a Payload, whose datasets are checked
 * when an element resolves the one it shows.
 */
export function openRoute(route: Route, inputs: RouteInputs, listener: SourceListener): () => void {
  return route[0] === 'report' ? fromReport(inputs.report, listener) : openDocument(route, inputs, listener);
}

/**
 * Opens a route that leads to a document or dataset of its own (not a cst-report's): what
 * `<cst-report>` itself uses for its `data`, `src` and `stream`.
 */
export function openDocument([name]: Route, inputs: RouteInputs, listener: SourceListener): () => void {
  if (name === 'src' || name === 'stream') {
    return subscribeToSource(inputs.src, listener, { refresh: inputs.refresh, stream: inputs.stream });
  }
  const parsed: Parsed = name === 'inline' ? parseBody(inputs.inline!) : { ok: true, raw: inputs.data };
  listener(
    parsed.ok ? { payload: new Payload(parsed.raw), receivedAt: Date.now() } : { problem: parsed.problem },
  );
  return () => {};
}

/** The nearest `<cst-report>`'s document, once that element is defined (its script may come later). */
function fromReport(report: Element | null, listener: SourceListener): () => void {
  if (!report) return () => {}; // Nothing yet: a host framework may set `data` in a moment.
  let release: (() => void) | undefined;
  let closed = false;
  const subscribe = () => {
    if (!closed) release = (report as Element & SnapshotProvider).subscribe(listener);
  };
  // An upgraded report is asked at once: an element taking over a server-rendered shadow root
  // must hold the report's data in its first render, which comes before any promise callback.
  if ('subscribe' in report) subscribe();
  else void customElements.whenDefined(report.localName).then(subscribe);
  return () => {
    closed = true;
    release?.();
  };
}
