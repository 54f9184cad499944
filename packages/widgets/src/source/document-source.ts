import { backoffDelay } from './backoff.js';
import { CountedTimer } from './counted-timer.js';
import { type Fetched, type Validators, fetchConditional } from './fetch.js';
import { LiveStream, type LiveStreamEvents } from './live-stream.js';
import { type Parsed, isCsv, parseBody, parseCsv } from './parse.js';
import { Payload } from './payload.js';
import type { DataProblem } from './problems.js';
import type { Seeded } from './seed.js';
import { type SourceListener, type SourceSnapshot, settled } from './snapshot.js';
import { activity, sourceSettings } from './source-settings.js';

/**
 * One document URL (with one refresh schedule and one stream), loaded once however many elements
 * show it: fetch → parse → Payload, then polls or stream messages → Payload, to every listener.
 * With no URL (''), the stream alone carries the document: its first message must be a whole one.
 */
export class DocumentSource implements LiveStreamEvents {
  private readonly listeners = new Set<SourceListener>();
  private snapshot: SourceSnapshot = {};
  private running = false;
  private controller?: AbortController;
  private validators: Validators = {};
  private readonly timer = new CountedTimer();
  private failures = 0;
  private dueWhileHidden = false;
  private stream?: LiveStream;
  /** The server said the document is gone: nothing is asked again. */
  private isGone = false;

  constructor(
    readonly url: string,
    private readonly refreshMs: number,
    private readonly streamUrl: string | undefined,
    private readonly onIdle: () => void,
    /** What the server read for this URL when it rendered the page, if it did (see seed.ts). */
    private readonly seed?: Seeded,
  ) {}

  private get live(): boolean {
    return this.refreshMs > 0 || this.streamUrl !== undefined;
  }

  subscribe(listener: SourceListener): () => void {
    this.listeners.add(listener);
    if (!this.running) this.start();
    else if (settled(this.snapshot)) listener(this.snapshot);
    return () => {
      if (!this.listeners.delete(listener)) return;
      if (this.listeners.size === 0) this.stop();
    };
  }

  private start(): void {
    this.running = true;
    if (this.live) {
      document.addEventListener('visibilitychange', this.onVisibility);
      activity.visibilityListeners++;
    }
    // A server-rendered page holds the data its elements were drawn with: they take it at once
    // (their first render hydrates the server's), and the fetch only asks whether it is still
    // current, with the validators the server read (a 304 when it is).
    if (this.seed) {
      this.validators = this.seed.validators;
      this.publish(this.seed.snapshot);
    }
    if (this.url) void this.load();
    else this.openStream('');
  }

  private stop(): void {
    this.running = false;
    if (this.controller) {
      this.controller.abort();
      this.controller = undefined;
      activity.requests--;
    }
    this.timer.clear();
    this.stream?.close();
    this.stream = undefined;
    if (this.live) {
      document.removeEventListener('visibilitychange', this.onVisibility);
      activity.visibilityListeners--;
    }
    this.onIdle();
  }

  private async load(): Promise<void> {
    const controller = new AbortController();
    this.controller = controller;
    activity.requests++;
    const result = await fetchConditional(
      this.url,
      controller.signal,
      this.validators,
      sourceSettings.timeoutMs,
    );
    if (controller.signal.aborted) return; // stop() has counted it
    this.controller = undefined;
    activity.requests--;
    if (this.isGone) return;
    if (!result.ok) this.failed(result.problem);
    else if (result.notModified) this.succeeded();
    else {
      // JSON at once; CSV once its reader has loaded, if this load is still wanted then.
      const csv = isCsv(result.contentType, this.url);
      const parsed = csv ? await parseCsv(result.text, this.url) : parseBody(result.text, this.url);
      if (csv && (!this.running || this.controller || this.isGone)) return;
      this.received(result, parsed);
    }
    // The stream opens once the page holds the document, saying which version: the server then
    // sends only later changes instead of the whole document again. After a failed fetch it opens
    // with nothing, and its first message brings the document.
    if (this.streamUrl && !this.stream) this.openStream(this.validators.etag ?? '');
  }

  private received(result: Extract<Fetched, { text: string }>, parsed: Parsed): void {
    if (!parsed.ok) return this.failed(parsed.problem);
    // A new version of the document: datasets that did not change keep their checked result.
    const payload = new Payload(parsed.raw, this.snapshot.payload);
    if (payload.problem) return this.failed({ ...payload.problem, url: this.url });
    this.validators = result.validators;
    this.publish({ payload, receivedAt: Date.now() });
    this.succeeded();
  }

  /** A 304 (no notification, unless this ends a failure) or a new version: the next poll is due. */
  private succeeded(): void {
    if (this.snapshot.problem) this.publish({ ...this.snapshot, problem: undefined });
    this.failures = 0;
    if (this.refreshMs > 0) this.schedule(this.refreshMs);
  }

  /** Keeps the last good payload and says what went wrong; live sources try again later. */
  private failed(problem: DataProblem): void {
    this.publish({ ...this.snapshot, problem });
    if (this.live) this.schedule(backoffDelay(this.failures++, sourceSettings.backoff));
  }

  private schedule(ms: number): void {
    this.timer.start(ms, () => {
      // Without polling, a retry is only wanted until a document arrived (the stream may bring it).
      if (this.refreshMs === 0 && this.snapshot.payload) return;
      if (document.hidden) this.dueWhileHidden = true;
      else void this.load();
    });
  }

  private readonly onVisibility = (): void => {
    if (document.hidden || !this.dueWhileHidden || !this.running || this.isGone) return;
    this.dueWhileHidden = false;
    void this.load();
  };

  private openStream(lastEventId: string): void {
    this.stream = new LiveStream(this.streamUrl!, this, lastEventId);
    this.stream.open();
  }

  current(): unknown {
    return this.snapshot.payload?.raw;
  }

  updated(raw: unknown): void {
    const payload = new Payload(raw, this.snapshot.payload);
    if (payload.problem) return this.refused({ ...payload.problem, url: this.streamUrl });
    this.publish({ payload, receivedAt: Date.now() });
  }

  /** A message that cannot be applied changes nothing shown; with nothing shown yet, it is the error. */
  refused(problem: DataProblem): void {
    if (!this.snapshot.payload) return this.publish({ problem });
    const notice = { ...this.snapshot, rejected: problem };
    for (const listener of [...this.listeners]) listener(notice);
  }

  /** The stream is down: the data shown is no longer live, so it is marked stale (and kept). */
  lost(): void {
    const { payload, problem } = this.snapshot;
    // Said once per outage: a stream that keeps failing to reconnect does not repeat it; and with
    // a document URL and nothing yet, the fetch says what is wrong. With no document URL the
    // stream is the only source: nothing yet is an error, not a wait.
    if (!problem && (payload || !this.url))
      this.publish({ ...this.snapshot, problem: { code: 'stream-lost', url: this.streamUrl } });
  }

  /** The data shown is live again; with none yet (a stream without src), its first message is awaited. */
  opened(): void {
    if (this.snapshot.problem?.code === 'stream-lost') this.publish({ ...this.snapshot, problem: undefined });
  }

  /** The document was deleted or renamed: the last good data stays, marked stale; nothing is asked again. */
  gone(): void {
    this.isGone = true;
    this.timer.clear();
    this.publish({ ...this.snapshot, problem: { code: 'document-gone', url: this.streamUrl } });
  }

  private publish(snapshot: SourceSnapshot): void {
    this.snapshot = snapshot;
    for (const listener of [...this.listeners]) listener(snapshot);
  }
}
