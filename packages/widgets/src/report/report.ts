import { type PropertyDeclarations, type PropertyValues, ReactiveElement } from 'lit';
import { type Route, chooseRoute, openDocument, sameRoute } from '../source/route.js';
import {
  type SnapshotProvider,
  type SourceListener,
  type SourceSnapshot,
  settled,
} from '../source/snapshot.js';

let blockSheet: CSSStyleSheet | undefined;

/** Adopts, once per document or shadow root, the rule that makes the report a block. */
function adoptBlockDisplay(root: Node, tag: string): void {
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  if (!blockSheet) {
    blockSheet = new CSSStyleSheet();
    blockSheet.replaceSync(`:where(${tag}) { display: block; }`);
  }
  if (!root.adoptedStyleSheets.includes(blockSheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, blockSheet];
}

/**
 * Loads a report document once and provides it to every cst-* element inside it that names
 * a `dataset` but has no data of its own.
 *
 * It renders nothing and has no shadow root: its content is the page's, laid out and painted
 * before the script arrives and left untouched when the element is defined (a shadow root with a
 * slot would lay out and paint the whole report again). It is a block: a rule with no specificity,
 * `:where(cst-report) { display: block; }`, is adopted by the document (or shadow root) it is in,
 * so any rule of the page's own wins. A page that sets it in its CSS has no style change at all.
 *
 * @summary Shares one report document with the elements inside it.
 */
export class CstReport extends ReactiveElement implements SnapshotProvider {
  static override properties: PropertyDeclarations = {
    src: {},
    refresh: { type: Number },
    stream: {},
    data: { attribute: false },
  };
  /** URL of the report document. */
  src?: string;
  /** With `src`: reload every this many seconds (conditional requests; paused while the page is hidden). */
  refresh?: number;
  /** URL of a Server-Sent Events stream whose messages update the document (without `src`, the first must be a whole one). */
  stream?: string;
  /** The document itself, instead of `src`. */
  data?: unknown;

  private readonly listeners = new Set<SourceListener>();
  private snapshot: SourceSnapshot = {};
  private release?: () => void;
  private bound?: Route;

  /** Subscribes an element to the document; it is called now if the document is there already. */
  subscribe(listener: SourceListener): () => void {
    this.listeners.add(listener);
    if (settled(this.snapshot)) listener(this.snapshot);
    return () => this.listeners.delete(listener);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptBlockDisplay(this.getRootNode(), this.localName);
    this.bind();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.release?.();
    this.release = undefined;
    this.bound = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const relevant = ['src', 'data', 'refresh', 'stream'] as const;
    if (relevant.some((name) => changed.has(name)) && this.isConnected) this.bind();
  }

  /** The report's own route: `data`, else `src` (with `refresh` and `stream`), else `stream` alone. */
  private bind(): void {
    const inputs = {
      data: this.data,
      src: this.src,
      refresh: this.refresh,
      stream: this.stream,
      report: null,
    };
    const route = chooseRoute(inputs);
    if (sameRoute(this.bound, route)) return;
    this.release?.();
    this.release = undefined;
    this.bound = route;
    // With neither data nor a URL there is nothing to share yet.
    if (route[0] !== 'report')
      this.release = openDocument(route, inputs, (snapshot) => this.publish(snapshot));
  }

  private publish(snapshot: SourceSnapshot): void {
    // A refused live update is news for the elements now, not state for those that come later.
    if (!snapshot.rejected) this.snapshot = snapshot;
    for (const listener of [...this.listeners]) listener(snapshot);
  }

  /** No shadow root: the report's content stays the page's own. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}
