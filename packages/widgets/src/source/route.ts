import { type Parsed, parseBody } from './parse.js';
import { Payload } from './payload.js';
import { subscribeToSource } from './shared-source.js';
import type { SnapshotProvider, SourceListener } from './snapshot.js';

/**
 * How the data came: `data`, an inline JSON child, a `<table>` child, `src` (with any stream),
 * `stream` alone, a cst-report.
 */
export type DataRoute = 'property' | 'inline' | 'table' | 'src' | 'stream' | 'report';

/** What an element offers as data, read from it by the element. */
export interface RouteInputs {
  /** The `data` property. */
  data: unknown;
  /** The id of the dataset to show: another one is another route, even from the same document. */
  datasetId?: string;
  /** The text of an inline `<script type="application/json">` child, if there is one. */
  inline?: string;
  /** A `<table>` child, if there is one. */
  table?: HTMLTableElement;
  src?: string;
  stream?: string;
  refresh?: number;
  /** The nearest `<cst-report>` around the element, if any. */
  report: Element | null;
}

/** A route: its name, the dataset id, then what identifies its source. Another key, another route. */
export type Route = readonly [DataRoute, string | undefined, ...unknown[]];

/**
 * The route, by the documented precedence: `data`, an inline JSON child, a `<table>` child, `src`
 * (with `refresh` and `stream`), `stream` alone, the nearest `<cst-report>`. What is inside the tag
 * is this element's own data and comes before any address; the table comes after the JSON child,
 * which a page holds only to be data (the table is also what readers without JavaScript read, so
 * the drawing shows the table's figures, not another source's). A table is another route when any
 * cell, or the caption, changes (its text: that is what an editor changes).
 */
export function chooseRoute(inputs: RouteInputs): Route {
  const { data, datasetId: id, inline, table, src, stream, report } = inputs;
  if (data !== undefined) return ['property', id, data];
  if (inline !== undefined) return ['inline', id, inline];
  if (table !== undefined) return ['table', id, table, table.textContent];
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
  if (name === 'table') return fromTable(inputs.table!, listener);
  const parsed: Parsed = name === 'inline' ? parseBody(inputs.inline!) : { ok: true, raw: inputs.data };
  listener(
    parsed.ok ? { payload: new Payload(parsed.raw), receivedAt: Date.now() } : { problem: parsed.problem },
  );
  return () => {};
}

/** A `<table>` child's cells, read by the element as its kind, once the grid reader has loaded. */
function fromTable(table: HTMLTableElement, listener: SourceListener): () => void {
  let closed = false;
  void import('./grid-reader.js').then(
    ({ tableData }) => closed || listener({ payload: new Payload(tableData(table)), receivedAt: Date.now() }),
    (cause: unknown) => closed || listener({ problem: { code: 'network', cause } }),
  );
  return () => {
    closed = true;
  };
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
