import { backoffDelay } from './backoff.js';
import { CountedTimer } from './counted-timer.js';
import { mergeUpdate } from './merge.js';
import { parseBody } from './parse.js';
import type { DataProblem } from './problems.js';
import { activity, sourceSettings } from './source-settings.js';

/** What a live stream tells its source. */
export interface LiveStreamEvents {
  /** The document the page holds now, which the next message applies to. */
  current(): unknown;
  /** The document as the messages since the last frame left it. */
  updated(raw: unknown): void;
  /** A message that cannot be applied (not JSON, not an object, a partial one with no document). */
  refused(problem: DataProblem): void;
  /** The stream is down: it did not come back within the grace period, or the browser gave up. */
  lost(): void;
  /** The stream is open (again). */
  opened(): void;
  /** The server says the document is gone (deleted or renamed): the stream is closed for good. */
  gone(): void;
}

/**
 * A document's Server-Sent Events stream: a connection that comes back and resumes where the page
 * is, and messages applied as fast as the page can draw.
 *
 * The browser reconnects by itself after a network error, sending Last-Event-ID; after an HTTP
 * error or a wrong content type it gives up, and this reconnects with backoff. A new EventSource
 * cannot send Last-Event-ID, so the version the page holds goes in the query, `?lastEventId=`:
 * first the ETag of the fetched document, then the id of the last message seen; the server sends
 * the whole document only to a client that does not hold the current version. `lost` is called
 * when a reconnect takes longer than `sourceSettings.streamGraceMs`, or at once when the browser
 * gives up.
 *
 * Each message is parsed and merged at once (the latest whole document wins) and the result
 * handed on at the next animation frame: messages that arrive faster than the page can draw are
 * checked and drawn once per frame, instead of queuing one long task each. A page in a background
 * tab gets no frames, so its updates wait until it is seen. The pending frame counts in
 * `activity.timers`.
 */
export class LiveStream {
  private events?: EventSource;
  private readonly retry = new CountedTimer();
  private readonly grace = new CountedTimer();
  private failures = 0;
  /** The document as the messages since the last frame left it, not yet handed on. */
  private pending?: unknown;
  private frame?: number;

  /**
   * @param url an absolute URL
   * @param lastEventId the version the page holds (the ETag it fetched, verbatim), or '' for none
   */
  constructor(
    private readonly url: string,
    private readonly on: LiveStreamEvents,
    private lastEventId: string,
  ) {}

  open(): void {
    const url = new URL(this.url);
    if (this.lastEventId) url.searchParams.set('lastEventId', this.lastEventId);
    const events = new EventSource(url.href);
    this.events = events;
    activity.streams++;
    events.onopen = () => {
      this.failures = 0;
      this.grace.clear();
      this.on.opened();
    };
    events.onmessage = (event) => this.message(event.data as string, event.lastEventId);
    // What arrived before the stream went down or away is still news: it is handed on first.
    events.addEventListener('gone', () => {
      if (this.events !== events) return;
      this.flush();
      this.close();
      this.on.gone();
    });
    events.onerror = () => {
      if (this.events !== events) return;
      this.flush();
      if (events.readyState !== EventSource.CLOSED) {
        // CONNECTING: the browser is reconnecting; lost if that takes longer than the grace period.
        if (!this.grace.pending) this.grace.start(sourceSettings.streamGraceMs, () => this.on.lost());
        return;
      }
      this.grace.clear();
      this.on.lost();
      this.disconnect();
      this.retry.start(backoffDelay(this.failures++, sourceSettings.backoff), () => this.open());
    };
  }

  /** Closes the connection and cancels any reconnect and any update not yet handed on. */
  close(): void {
    this.flush(true);
    this.disconnect();
    this.retry.clear();
    this.grace.clear();
  }

  private message(text: string, id: string): void {
    // A text that is not JSON is refused as parseBody made it (with its URL): that problem object
    // keeps the text, for the line and column it is worded with.
    const parsed = parseBody(text, this.url);
    if (!parsed.ok) return this.on.refused(parsed.problem);
    const merged = mergeUpdate(this.pending ?? this.on.current(), parsed.raw);
    if (!merged.ok) return this.on.refused({ ...merged.problem, url: this.url });
    // A refused message's id is not kept: reconnecting, the page names the last version it took,
    // and the server sends it what it missed.
    if (id) this.lastEventId = id;
    this.pending = merged.raw;
    if (this.frame !== undefined) return;
    activity.timers++;
    this.frame = requestAnimationFrame(() => this.flush());
  }

  /** Hands on what the messages since the last frame left (or, `dropped`, forgets it). */
  private flush(dropped = false): void {
    if (this.frame === undefined) return;
    cancelAnimationFrame(this.frame);
    this.frame = undefined;
    activity.timers--;
    const raw = this.pending;
    this.pending = undefined;
    if (!dropped) this.on.updated(raw);
  }

  private disconnect(): void {
    if (!this.events) return;
    // A closed EventSource dispatches nothing more, so its handlers can stay.
    this.events.close();
    this.events = undefined;
    activity.streams--;
  }
}
