import type { ValidationError } from '@cst/schema';
import type { DataProblem } from '../core/errors.js';
import { Payload } from '../core/payload.js';
import { backoffDelay } from './backoff.js';
import { CountedTimer } from './counted-timer.js';
import { type Validators, fetchConditional } from './fetch-payload.js';
import { LiveStream } from './live-stream.js';
import { mergeUpdate } from './merge.js';
import { activity, sourceSettings } from './source-settings.js';

export { sourceSettings } from './source-settings.js';

/** What a source knows now: the last good payload (if any) and the last failure (if the latest attempt failed). */
export interface SourceSnapshot {
  status: 'loading' | 'ready' | 'error';
  payload?: Payload;
  problem?: DataProblem;
  /** When the payload was received (ms since the epoch). */
  receivedAt?: number;
  /**
   * A stream message that was refused and changed nothing. Only ever on the snapshot passed to
   * listeners at that moment, never on the one a later subscriber gets.
   */
  rejected?: DataProblem;
}

export type SourceListener = (snapshot: SourceSnapshot) => void;

/** How a URL is watched; sources are shared by URL and these options together. */
export interface SourceOptions {
  /** Poll every this many seconds (conditional requests). Unset or 0: load once. */
  refresh?: number;
  /** URL of a Server-Sent Events stream whose messages update the document. */
  stream?: string;
  /** Base for relative URLs (default: the page's base URI). */
  base?: string;
}

function invalid(errors: ValidationError[]): DataProblem {
  const first = errors[0] ? `${errors[0].path}: ${errors[0].message}` : '';
  return { code: 'invalid-document', errors, params: { count: errors.length, first } };
}

/**
 * One URL (with one refresh schedule and one stream), loaded once however many elements show it.
 * With no URL (''), the stream alone carries the document: its first message must be a whole one.
 */
class SharedSource {
  private readonly listeners = new Set<SourceListener>();
  private snapshot: SourceSnapshot = { status: 'loading' };
  private running = false;
  private controller?: AbortController;
  private validators: Validators = {};
  private readonly timer = new CountedTimer();
  private failures = 0;
  private dueWhileHidden = false;
  private stream?: LiveStream;

  constructor(
    readonly url: string,
    private readonly refreshMs: number,
    private readonly streamUrl: string | undefined,
    private readonly onIdle: () => void,
  ) {}

  private get live(): boolean {
    return this.refreshMs > 0 || this.streamUrl !== undefined;
  }

  subscribe(listener: SourceListener): () => void {
    this.listeners.add(listener);
    if (!this.running) this.start();
    else if (this.snapshot.status !== 'loading') listener(this.snapshot);
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
    if (this.url) void this.load();
    if (this.streamUrl) {
      this.stream = new LiveStream(this.streamUrl, {
        message: (data) => this.onStreamMessage(data),
        lost: () => this.streamLost(),
        opened: () => this.streamBack(),
      });
      this.stream.open();
    }
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
    if (!result.ok) return this.failed(result.problem);
    if (result.notModified) {
      // Nothing new: the same snapshot object, no notification, unless this ends a failure.
      if (this.snapshot.problem) this.publish({ ...this.snapshot, status: 'ready', problem: undefined });
    } else {
      // A new version of the document: datasets that did not change keep their checked result.
      const payload = this.snapshot.payload
        ? new Payload(result.payload.raw, this.snapshot.payload)
        : result.payload;
      if (payload.isDocument && !payload.document) {
        const resolved = payload.resolve(undefined, []);
        return this.failed(resolved.ok ? invalid([]) : resolved.problem);
      }
      this.validators = result.validators;
      this.publish({ status: 'ready', payload, receivedAt: Date.now() });
    }
    this.failures = 0;
    if (this.refreshMs > 0) this.schedule(this.refreshMs);
  }

  /** Keeps the last good payload and says what went wrong; live sources try again later. */
  private failed(problem: DataProblem): void {
    const { payload, receivedAt } = this.snapshot;
    this.publish(payload ? { status: 'ready', payload, receivedAt, problem } : { status: 'error', problem });
    if (this.live) this.schedule(backoffDelay(this.failures++, sourceSettings.backoff));
  }

  private schedule(ms: number): void {
    this.timer.start(ms, () => {
      if (document.hidden) this.dueWhileHidden = true;
      else void this.load();
    });
  }

  private readonly onVisibility = (): void => {
    if (document.hidden || !this.dueWhileHidden || !this.running) return;
    this.dueWhileHidden = false;
    void this.load();
  };

  /** The stream is down: the data shown is no longer live, so it is marked stale (and kept). */
  private streamLost(): void {
    const { payload, problem } = this.snapshot;
    // Said once per outage: a stream that keeps failing to reconnect does not repeat it.
    if (problem) return; // already marked (by this outage, or by a failed load)
    const lost: DataProblem = { code: 'stream-lost', url: this.streamUrl };
    // With no document URL the stream is the only source: nothing yet is an error, not a wait.
    if (payload) this.publish({ ...this.snapshot, problem: lost });
    else if (!this.url) this.publish({ status: 'error', problem: lost });
  }

  private streamBack(): void {
    const { payload, problem } = this.snapshot;
    if (problem?.code !== 'stream-lost') return;
    // The data shown is live again; with none yet (a stream without src), its first message is awaited.
    this.publish(payload ? { ...this.snapshot, problem: undefined } : { status: 'loading' });
  }

  private onStreamMessage(text: string): void {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch (cause) {
      return this.reject({
        code: 'invalid-json',
        url: this.streamUrl,
        cause,
        params: { detail: (cause as Error).message },
      });
    }
    const merged = mergeUpdate(this.snapshot.payload?.raw, message);
    if (!merged.ok) return this.reject({ ...invalid(merged.errors), url: this.streamUrl });
    this.publish({
      status: 'ready',
      payload: new Payload(merged.raw, this.snapshot.payload),
      receivedAt: Date.now(),
    });
  }

  private reject(problem: DataProblem): void {
    const notice = { ...this.snapshot, rejected: problem };
    for (const listener of [...this.listeners]) listener(notice);
  }

  private publish(snapshot: SourceSnapshot): void {
    this.snapshot = snapshot;
    for (const listener of [...this.listeners]) listener(snapshot);
  }
}

const sources = new Map<string, SharedSource>();

/**
 * Subscribes to a URL's data; returns the function that unsubscribes. The third argument is the
 * options, or (as before) the base URL. With no URL, `options.stream` alone brings the document.
 */
export function subscribeToSource(
  url: string | undefined,
  listener: SourceListener,
  options: SourceOptions | string = {},
): () => void {
  const {
    refresh,
    stream,
    base = document.baseURI,
  } = typeof options === 'string' ? { base: options } : options;
  const absolute = url ? new URL(url, base).href : '';
  // Polling needs a document URL: a stream alone is not polled.
  const refreshMs =
    absolute && refresh !== undefined && Number.isFinite(refresh) && refresh > 0
      ? Math.max(refresh * 1000, sourceSettings.minRefreshMs)
      : 0;
  const streamUrl = stream ? new URL(stream, base).href : undefined;
  const key = `${absolute}\n${refreshMs}\n${streamUrl ?? ''}`;
  let source = sources.get(key);
  if (!source) {
    source = new SharedSource(absolute, refreshMs, streamUrl, () => sources.delete(key));
    sources.set(key, source);
  }
  return source.subscribe(listener);
}

/** How many sources are being watched right now (for leak tests). */
export function activeSourceCount(): number {
  return sources.size;
}

/** What the sources hold open right now: timers, EventSources, requests, listeners (for leak tests). */
export function sourceActivity(): {
  sources: number;
  timers: number;
  streams: number;
  requests: number;
  visibilityListeners: number;
} {
  return { sources: sources.size, ...activity };
}
