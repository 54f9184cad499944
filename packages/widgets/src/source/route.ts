import { parseBody } from './parse.js';
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

/** A route chosen, with what identifies it: the element reconnects when the key changes. */
export interface Route {
  name: DataRoute;
  key: readonly unknown[];
}

/**
 * The route, by the documented precedence: `data`, an inline child, `src` (with `refresh` and
 * `stream`), `stream` alone, the nearest `<cst-report>`. A `<table>` child will be a route between
 * the inline child and `src`.
 */
export function chooseRoute(inputs: RouteInputs): Route {
  const { data, datasetId, inline, src, stream, refresh, report } = inputs;
  if (data !== undefined) return { name: 'property', key: ['property', datasetId, data] };
  if (inline !== undefined) return { name: 'inline', key: ['inline', datasetId, inline] };
  if (src) return { name: 'src', key: ['src', datasetId, src, refresh, stream] };
  if (stream) return { name: 'stream', key: ['stream', datasetId, stream] };
  return { name: 'report', key: ['report', datasetId, report] };
}

/** True when the keys name the same route with the same inputs. */
export function sameRoute(a: Route | undefined, b: Route): boolean {
  return !!a && a.key.length === b.key.length && a.key.every((part, i) => part === b.key[i]);
}

export function isSnapshotProvider(element: Element | null): element is Element & SnapshotProvider {
  return !!element && typeof (element as Partial<SnapshotProvider>).subscribe === 'function';
}

/**
 * Opens a route: `listener` gets what the data is now and each change (see SourceSnapshot), and
 * the returned function closes the route. Every route ends in a Payload, whose datasets are checked
 * when an element resolves the one it shows.
 */
export function openRoute(route: Route, inputs: RouteInputs, listener: SourceListener): () => void {
  switch (route.name) {
    case 'property':
      listener({ status: 'ready', payload: new Payload(inputs.data), receivedAt: Date.now() });
      return () => {};
    case 'inline': {
      const parsed = parseBody(inputs.inline!, 'application/json');
      listener(
        parsed.ok
          ? { status: 'ready', payload: new Payload(parsed.raw), receivedAt: Date.now() }
          : { status: 'error', problem: parsed.problem },
      );
      return () => {};
    }
    case 'src':
    case 'stream':
      return subscribeToSource(inputs.src, listener, { refresh: inputs.refresh, stream: inputs.stream });
    case 'report':
      return fromReport(inputs.report, listener);
  }
}

/** The nearest `<cst-report>`'s document, once that element is defined (its script may come later). */
function fromReport(report: Element | null, listener: SourceListener): () => void {
  if (!report) return () => {}; // Nothing yet: a host framework may set `data` in a moment.
  let release: (() => void) | undefined;
  let closed = false;
  void customElements.whenDefined(report.localName).then(() => {
    if (!closed && isSnapshotProvider(report)) release = report.subscribe(listener);
  });
  return () => {
    closed = true;
    release?.();
  };
}
