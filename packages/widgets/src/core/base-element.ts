import type { Dataset, DatasetKind, KindDefOf, ReportDocument } from '@cst/schema';
import {
  LitElement,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
  html,
  nothing,
} from 'lit';
import { type SourceSnapshot, subscribeToSource } from '../source/shared-source.js';
import { parsePayload } from '../source/fetch-payload.js';
import { Announcer } from './announcer.js';
import { formatStamp } from './stamp.js';
import type { CstErrorDetail, DataProblem } from './errors.js';
import { CstDataEvent, CstErrorEvent, type DataRoute } from './events.js';
import { closestAcrossShadow, resolveLocale, watchLang } from './locale.js';
import { coreText } from './messages.js';
import { Payload } from './payload.js';
import { registerKinds } from './known-kinds.js';
import { isReportProvider } from './report-provider.js';
import { frameStyles, themeStyles } from './theme.js';
import { updateSlices } from './update-slices.js';

export type ViewState = 'loading' | 'ready' | 'empty' | 'error';

/**
 * What every cst-* element shares: the four data routes (data property, inline JSON child,
 * src + dataset, nearest cst-report), the visible states, locale, events and announcements.
 * Subclasses say which dataset kinds they show and render a ready dataset.
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
    theme: { reflect: true },
    viewState: { attribute: false },
    current: { attribute: false },
    staleSince: { attribute: false },
    errorMessage: { attribute: false },
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
  /** Colour scheme: "light", "dark", or unset to follow the page's color-scheme. */
  theme?: 'light' | 'dark';

  /** Which state is shown: loading, ready, empty or error. */
  protected viewState: ViewState = 'loading';
  /** The dataset shown (the last good one while stale). */
  protected current?: Extract<Dataset, { kind: K }>;
  /** The document the dataset came from, if any. */
  protected document?: ReportDocument;
  /** When the shown data was received, while it is stale (a later load failed). */
  protected staleSince?: number;
  private errorMessage = '';
  /** The page's locale for this element, refreshed each update (and a `lang` change anywhere asks for one). */
  protected locale = 'it-IT';
  protected readonly announcer = new Announcer(this);

  /** The dataset kinds this element can show, with their schemas (only these are loaded). */
  protected abstract readonly kinds: readonly KindDefOf<K>[];
  /** True when the dataset has nothing to show (no rows, no points). */
  protected abstract isEmpty(dataset: Extract<Dataset, { kind: K }>): boolean;
  /** Renders a dataset that is ready. */
  protected abstract renderReady(dataset: Extract<Dataset, { kind: K }>): TemplateResult;

  private release?: () => void;
  private boundKey?: unknown[];
  private inlineObserver?: MutationObserver;
  private unwatchLang?: () => void;
  private lastProblem?: DataProblem;
  private receivedAt?: number;

  /** The route the shown data came through. */
  get route(): DataRoute | undefined {
    return this.boundKey?.[0] as DataRoute | undefined;
  }

  /** The current visible state, for tests and hosts: loading, ready, empty, error or stale. */
  get status(): ViewState | 'stale' {
    return this.staleSince !== undefined && this.current ? 'stale' : this.viewState;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    registerKinds(this.kinds as readonly KindDefOf<DatasetKind>[]);
    this.inlineObserver = new MutationObserver(() => this.bind());
    this.inlineObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.unwatchLang ??= watchLang(this);
    this.bind();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.inlineObserver?.disconnect();
    this.inlineObserver = undefined;
    this.unwatchLang?.();
    this.unwatchLang = undefined;
    this.unbind();
  }

  /** Updates share a per-task budget with the page's other elements (see update-slices.ts). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return updateSlices.run(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const routing = ['data', 'src', 'datasetId', 'refresh', 'stream'] as const;
    if (routing.some((name) => changed.has(name))) this.bind();
    this.locale = resolveLocale(this, this.document?.locale);
  }

  private inlineScript(): HTMLScriptElement | null {
    return this.querySelector(':scope > script[type="application/json"]');
  }

  /** Chooses the route by precedence and (re)connects to it if it changed. */
  private bind(): void {
    if (!this.isConnected) return;
    const script = this.data === undefined ? this.inlineScript() : null;
    const key: unknown[] =
      this.data !== undefined
        ? ['property', this.data, this.datasetId]
        : script
          ? ['inline', script.textContent, this.datasetId]
          : this.src
            ? ['src', this.src, this.datasetId, this.refresh, this.stream]
            : this.stream
              ? ['stream', undefined, this.datasetId, undefined, this.stream]
              : ['report', closestAcrossShadow(this.parentNode ?? this, 'cst-report'), this.datasetId];
    if (this.boundKey && key.every((part, i) => part === this.boundKey![i])) return;
    this.unbind();
    this.boundKey = key;
    const [route] = key as [DataRoute];
    if (route === 'property') this.accept(new Payload(this.data), route);
    else if (route === 'inline') {
      const parsed = parsePayload(script!.textContent ?? '');
      if (parsed.ok) this.accept(parsed.payload, route);
      else this.fail(parsed.problem);
    } else if (route === 'src' || route === 'stream') {
      this.release = subscribeToSource(this.src, (snapshot) => this.onSnapshot(snapshot, route), {
        refresh: this.refresh,
        stream: this.stream,
      });
    } else this.bindToReport(key[1] as Element | null, key);
  }

  private bindToReport(report: Element | null, key: unknown[]): void {
    if (!report) return; // Nothing yet: a host framework may set `data` in a moment.
    let cancelled = false;
    this.release = () => (cancelled = true);
    void customElements.whenDefined('cst-report').then(() => {
      if (cancelled || this.boundKey !== key || !isReportProvider(report)) return;
      this.release = report.subscribe((snapshot) => this.onSnapshot(snapshot, 'report'));
    });
  }

  private unbind(): void {
    this.release?.();
    this.release = undefined;
    this.boundKey = undefined;
  }

  private onSnapshot(snapshot: SourceSnapshot, route: DataRoute): void {
    if (snapshot.rejected) return this.report(snapshot.rejected, this.current !== undefined);
    if (snapshot.payload) {
      this.receivedAt = snapshot.receivedAt;
      this.accept(snapshot.payload, route);
    }
    if (snapshot.problem && snapshot.problem !== this.lastProblem) this.fail(snapshot.problem);
    else if (!snapshot.problem && this.staleSince !== undefined && this.current) this.staleSince = undefined;
  }

  private accept(payload: Payload, route: DataRoute): void {
    const resolved = payload.resolve(this.datasetId, this.kinds);
    if (!resolved.ok) {
      this.fail(resolved.problem);
      return;
    }
    this.lastProblem = undefined;
    this.staleSince = undefined;
    this.errorMessage = '';
    if (resolved.dataset === this.current) {
      this.document = resolved.document;
      return;
    }
    const previous = this.current;
    this.current = resolved.dataset;
    this.document = resolved.document;
    this.viewState = this.isEmpty(resolved.dataset) ? 'empty' : 'ready';
    this.datasetChanged(previous, resolved.dataset);
    this.dispatchEvent(new CstDataEvent({ dataset: resolved.dataset, document: resolved.document, route }));
  }

  /** Called when a new dataset replaces the shown one (for live marking and announcements). */
  protected datasetChanged(
    _previous: Extract<Dataset, { kind: K }> | undefined,
    _next: Extract<Dataset, { kind: K }>,
  ): void {}

  private fail(problem: DataProblem): void {
    this.lastProblem = problem;
    const locale = resolveLocale(this, this.document?.locale);
    const message = coreText(locale, `error.${problem.code}`, problem.params);
    const keptLastGood = this.current !== undefined;
    if (keptLastGood) this.staleSince = this.receivedAt ?? Date.now();
    else {
      this.viewState = 'error';
      this.errorMessage = message;
    }
    this.report(problem, keptLastGood, message);
  }

  /** Tells the console and the page about a problem (a refused live update changes nothing else). */
  private report(problem: DataProblem, keptLastGood: boolean, message?: string): void {
    message ??= coreText(resolveLocale(this, this.document?.locale), `error.${problem.code}`, problem.params);
    const detail: CstErrorDetail = { ...problem, message, keptLastGood };
    console.warn(`<${this.localName}>: ${message}`, detail);
    this.dispatchEvent(new CstErrorEvent(detail));
  }

  protected override render(): TemplateResult {
    const loading = this.viewState === 'loading';
    return html`<div part="base" class="frame" aria-busy=${loading ? 'true' : 'false'}>
      ${
        loading
          ? html`<div class="loading" part="loading">${coreText(this.locale, 'loading')}</div>`
          : this.viewState === 'error'
            ? html`<div class="message" part="error">
                <strong>${coreText(this.locale, 'errorTitle')}</strong>${this.errorMessage}
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
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcer.text}</div>
    </div>`;
  }
}
