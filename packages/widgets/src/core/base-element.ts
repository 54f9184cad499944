import type { Dataset, DatasetKind, KindDefOf, ReportDocument } from '@cst/schema';
import {
  LitElement,
  type PropertyDeclarations,
  adoptStyles,
  type PropertyValues,
  type TemplateResult,
  html,
  isServer,
  nothing,
} from 'lit';
import type { GridReading } from '../source/grid-data.js';
import type { Payload } from '../source/payload.js';
import type { DataProblem } from '../source/problems.js';
import {
  type DataRoute,
  type Route,
  type RouteInputs,
  chooseRoute,
  openRoute,
  sameRoute,
} from '../source/route.js';
import { ShownData } from '../source/shown-data.js';
import type { SourceSnapshot } from '../source/snapshot.js';
import { Announcer } from './announcer.js';
import type { CstErrorDetail } from './errors.js';
import { CstDataEvent, CstErrorEvent } from './events.js';
import { closestAcrossShadow, resolveLocale, watchLang } from './locale.js';
import { memoize } from './memo.js';
import { coreText } from './messages.js';
import { loadWording, wordProblem, wordingReady } from './problem-wording.js';
import { warmIntl } from './warm-intl.js';
import { formatStamp } from './stamp.js';
import { frameStyles, themeStyles } from './theme.js';
import { updateSlices } from './update-slices.js';

export type ViewState = 'loading' | 'ready' | 'empty' | 'error';

/**
 * What every cst-* element shares: its end of the data pipeline (see source/route.ts), the visible
 * states, locale, events and announcements. Subclasses say which dataset kinds they show, with
 * their schemas, and render a ready dataset.
 */
export abstract class CstElement<K extends DatasetKind = DatasetKind> extends LitElement {
  static override styles = [themeStyles, frameStyles];
  // Declared here rather than with decorators, whose helpers cost every entry ~0,4 KB gzip.
  // Internal state is `{ attribute: false }` (not `state: true`): the manifest analyzer reads only that.
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    datasetId: { attribute: 'dataset' },
    refresh: { type: Number },
    stream: {},
    readColumns: { attribute: 'read-columns' },
    datasetTitle: { attribute: 'dataset-title' },
    theme: { reflect: true },
    viewState: { attribute: false },
    current: { attribute: false },
    staleSince: { attribute: false },
    problem: { attribute: false },
  };

  /** The data: a dataset, or a whole document plus the `dataset` attribute. Wins over every other route. */
  data?: unknown;
  /** URL of a report document or of a bare dataset. */
  src?: string;
  /** Id of the dataset to show, within a document. */
  datasetId?: string;
  /** With `src`: reload every this many seconds (conditional requests; paused while the page is hidden). */
  refresh?: number;
  /** URL of a Server-Sent Events stream whose messages update the document (without `src`, the first must be a whole one). */
  stream?: string;
  /**
   * For a `<table>` child or a CSV `src`: the columns to read, by heading, separated by ";", in
   * order, with `role=Heading` where the element does not know the heading ("Anno; Credenziali attive").
   */
  readColumns?: string;
  /** For a `<table>` child with no `<caption>`, or a CSV `src`: the dataset's title (else the CSV file's name). */
  datasetTitle?: string;
  /** Colour scheme: "light", "dark", or unset to follow the page's color-scheme. */
  theme?: 'light' | 'dark';

  /** Which state is shown: loading, ready, empty or error. */
  protected viewState: ViewState = 'loading';
  /** The dataset shown (the last good one while stale). */
  protected current?: Extract<Dataset, { kind: K }>;
  /** The document the dataset came from, if any. */
  protected document?: ReportDocument;
  /** When the shown data was received, while it is stale (a later load failed, or broke this dataset). */
  protected staleSince?: number;
  /** Why the data is stale, or why there is none. */
  private problem?: DataProblem;
  /** The page's locale for this element, refreshed each update (and a `lang` change anywhere asks for one). */
  protected locale = 'it-IT';
  protected readonly announcer = new Announcer(this);

  /** The dataset kinds this element can show, with their schemas (only these are loaded). */
  protected abstract readonly kinds: readonly KindDefOf<K>[];
  /** True for a chart, which draws figures: a table of cells with no column of figures is an error, not empty. */
  protected readonly needsFigures: boolean = false;
  /** True when the dataset has nothing to show (no rows, no points). */
  protected abstract isEmpty(dataset: Extract<Dataset, { kind: K }>): boolean;
  /** Renders a dataset that is ready. */
  protected abstract renderReady(dataset: Extract<Dataset, { kind: K }>): TemplateResult;

  private release?: () => void;
  private bound?: Route;
  private shown = new ShownData<Extract<Dataset, { kind: K }>>();
  private inlineObserver?: MutationObserver;
  /** The route's last snapshot, read again when how cells are read changes (see reread). */
  private snapshot?: SourceSnapshot;
  private readKey?: string;
  private unwatchLang?: () => void;
  /** Rendered on the server: its first render must show the server's data (Lit hydrates it without comparing). */
  private readonly fromServer = this.shadowRoot !== null;
  private taken = false;
  /** While the words for problems load: what was taken meanwhile is shown after, in order. */
  private wordingWait?: Promise<void>;
  /** The error shown, in the page's language. */
  private errorText = '';
  /** A problem in words, worded once for both what the element tells (cst-error, console) and shows. */
  private readonly worded = memoize(
    // `ready` is part of the key: words loaded later replace the code that stood in for them.
    (problem: DataProblem, locale: string, _ready: boolean) => wordProblem(problem, locale),
  );

  /** The route the shown data came through. */
  get route(): DataRoute | undefined {
    return this.bound?.[0];
  }

  /** The current visible state, for tests and hosts: loading, ready, empty, error or stale. */
  get status(): ViewState | 'stale' {
    return this.staleSince !== undefined && this.current ? 'stale' : this.viewState;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.inlineObserver = new MutationObserver(() => this.bind());
    this.inlineObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.unwatchLang ??= watchLang(this);
    this.bind();
    if (!this.current) warmIntl(() => resolveLocale(this, this.document?.locale));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.inlineObserver?.disconnect();
    this.inlineObserver = undefined;
    this.unwatchLang?.();
    this.unwatchLang = undefined;
    this.unbind();
  }

  /** A server-rendered root keeps its `<style>`, which a strict CSP blocks: the styles are adopted too, as sheets. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.shadowRoot) adoptStyles(this.shadowRoot, (this.constructor as typeof LitElement).elementStyles);
    return super.createRenderRoot();
  }

  /** Updates share a per-task budget with the page's other elements (see update-slices.ts). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return updateSlices.run(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const routing = ['data', 'src', 'datasetId', 'refresh', 'stream'] as const;
    if (routing.some((name) => changed.has(name))) this.bind();
    this.locale = resolveLocale(this, this.document?.locale);
    this.reread();
    // After reread: cells read again in this update may have just shown a problem.
    this.errorText =
      this.viewState === 'error' ? this.worded(this.problem!, this.locale, wordingReady()).message : '';
  }

  /** How a table of cells is read for this element (see GridReading); in an update, at the locale it set. */
  private reading(locale = resolveLocale(this, this.document?.locale)): GridReading {
    const { readColumns: columns, datasetTitle: title, needsFigures } = this;
    return { columns, title, locale, needsFigures };
  }

  /** Cells read another way (other columns, title, or numbers written otherwise) are other data: read them again, afresh. */
  private reread(): void {
    const kinds = this.kinds as readonly KindDefOf<DatasetKind>[];
    const key = this.snapshot?.payload?.readingKey(kinds, this.reading(this.locale));
    const changed = this.readKey !== undefined && key !== this.readKey;
    this.readKey = key;
    if (!changed || !this.bound || !this.snapshot) return;
    this.shown = new ShownData();
    this.take(this.snapshot, this.bound[0]);
  }

  private routeInputs(): RouteInputs {
    // On the server (Lit SSR) there is no tree to read: only the `data` property routes there.
    const script =
      this.data === undefined && !isServer
        ? this.querySelector(':scope > script[type="application/json"]')
        : null;
    const table =
      this.data === undefined && !script && !isServer
        ? this.querySelector<HTMLTableElement>(':scope > table')
        : null;
    return {
      data: this.data,
      datasetId: this.datasetId,
      inline: script?.textContent ?? undefined,
      table: table ?? undefined,
      src: this.src,
      stream: this.stream,
      refresh: this.refresh,
      report: isServer ? null : closestAcrossShadow(this.parentNode ?? this, 'cst-report'),
    };
  }

  /** Chooses the route by precedence and (re)connects to it if it changed. */
  private bind(): void {
    if (!this.isConnected && !isServer) return;
    const inputs = this.routeInputs();
    const route = chooseRoute(inputs);
    // On the server nothing is fetched: the data property is shown, or a seed (see serverTake).
    if (sameRoute(this.bound, route) || (isServer && route[0] !== 'property')) return;
    // Another dataset is not the last good data of this one.
    if (this.bound && this.bound[1] !== route[1]) this.shown = new ShownData();
    this.unbind();
    this.bound = route;
    this.release = openRoute(route, inputs, (snapshot) => this.take(snapshot, route[0]));
  }

  private unbind(): void {
    this.release?.();
    this.release = undefined;
    this.bound = undefined;
    this.snapshot = undefined;
  }

  /** @internal For server renderers (@cst/ssr): what the route brings, read on the server (source/seed.ts). */
  serverTake(snapshot: SourceSnapshot, route: DataRoute): void {
    this.take(snapshot, route);
  }

  /**
   * Resolves this element's dataset in a snapshot (checked by its kind, once), then shows and tells
   * what changed. A problem is shown and told in words, which the first problem on a page waits for
   * (and whatever is taken meanwhile, so that the order holds): the error state may come a moment later.
   */
  private take(snapshot: SourceSnapshot, route: DataRoute): void {
    // News after the seed (a quick response, a stream message) waits for the server's first render.
    if (this.fromServer && this.taken && !this.hasUpdated)
      return void this.updateComplete.then(() => this.take(snapshot, route));
    this.taken = true;
    const shown = this.shown;
    const told: [DataProblem, boolean][] = [];
    if (!snapshot.rejected) this.snapshot = snapshot;
    const accepted = shown.take(
      snapshot,
      (payload) => payload.resolve(this.datasetId, this.kinds, this.reading()),
      (problem, keptLastGood) => told.push([problem, keptLastGood]),
    );
    const { dataset, document, staleSince, problem, payload } = shown;
    const show = () => {
      if (shown !== this.shown) return; // another dataset is bound now
      for (const [what, kept] of told) this.tell(what, kept);
      const previous = this.current;
      this.current = dataset;
      this.document = document;
      this.staleSince = staleSince;
      this.problem = problem;
      if (!dataset) this.viewState = problem ? 'error' : 'loading';
      else if (accepted) {
        this.viewState = this.isEmpty(accepted) ? 'empty' : 'ready';
        this.datasetChanged(previous, accepted);
        this.dispatchEvent(new CstDataEvent({ dataset: accepted, document, route }));
      }
      if (payload && payload !== this.payload) this.payloadChanged((this.payload = payload));
    };
    if (!this.wordingWait && (told.length === 0 || wordingReady())) return show();
    const wait = (this.wordingWait ?? loadWording()).then(show);
    this.wordingWait = wait;
    void wait.then(() => {
      if (this.wordingWait === wait) this.wordingWait = undefined;
    });
  }

  /** The data the shown dataset came in. */
  private payload?: Payload;

  /**
   * Called when the data the shown dataset came in is new (a live update, even one that left this
   * dataset as it was): an element that also draws another dataset of the document resolves it
   * here, checked with its kind's schema, once for the whole page.
   */
  protected payloadChanged(_payload: Payload): void {}

  /** Called when a new dataset replaces the shown one (for live marking and announcements). */
  protected datasetChanged(
    _previous: Extract<Dataset, { kind: K }> | undefined,
    _next: Extract<Dataset, { kind: K }>,
  ): void {}

  /** Tells the console and the page about a problem, in the page's language. */
  private tell(problem: DataProblem, keptLastGood: boolean): void {
    const locale = resolveLocale(this, this.document?.locale);
    const { message, syntax } = this.worded(problem, locale, wordingReady());
    const detail: CstErrorDetail = { ...problem, message, keptLastGood, ...(syntax && { syntax }) };
    // On the server the renderer reports what went wrong (@cst/ssr listens for cst-error).
    if (!isServer) console.warn(`<${this.localName}>: ${message}`, detail);
    this.dispatchEvent(new CstErrorEvent(detail));
  }

  protected override render(): TemplateResult {
    const loading = this.viewState === 'loading';
    return html`<div part="base" class="frame" aria-busy=${String(loading)}>
      ${
        loading
          ? html`<div class="loading" part="loading">${coreText(this.locale, 'loading')}</div>`
          : this.viewState === 'error'
            ? html`<div class="message" part="error">
                <strong>${coreText(this.locale, 'errorTitle')}</strong>${this.errorText}
              </div>`
            : this.viewState === 'empty'
              ? html`<div class="message empty" part="empty">${coreText(this.locale, 'empty')}</div>`
              : this.renderReady(this.current!)
      }
      ${
        this.staleSince !== undefined && this.current
          ? html`<p class="stale" part="stale">
              <span aria-hidden="true">⏱</span>${coreText(this.locale, 'stale', {
                time: formatStamp(new Date(this.staleSince), this.locale),
              })}
            </p>`
          : nothing
      }
      ${this.viewState === 'error' && this.route === 'table' ? html`<slot></slot>` : nothing}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcer.text}</div>
    </div>`;
  }
}
