import { backoffDelay } from './backoff.js';
import { CountedTimer } from './counted-timer.js';
import { activity, sourceSettings } from './source-settings.js';

/** What a live stream tells its source. */
export interface LiveStreamEvents {
  /** A message's data (text, parsed by the source). */
  message(data: string): void;
  /** The stream is down: it did not come back within the grace period, or the browser gave up. */
  lost(): void;
  /** The stream is open (again). */
  opened(): void;
  /** The server says the document is gone (deleted or renamed): the stream is closed for good. */
  gone(reason: string): void;
}

/** The `gone` event's reason (`{"reason":"deleted"}`), if it gives a short word. */
function goneReason(data: unknown): string {
  try {
    const reason = (JSON.parse(String(data)) as { reason?: unknown }).reason;
    return typeof reason === 'string' && /^[\w-]{1,32}$/.test(reason) ? reason : '';
  } catch {
    return '';
  }
}

/**
 * A Server-Sent Events connection that comes back, and resumes where the page is. The browser
 * reconnects by itself after a network error, sending Last-Event-ID; after an HTTP error or a wrong
 * content type it gives up, and this reconnects with backoff. A new EventSource cannot send
 * Last-Event-ID, so the version the page holds goes in the query, `?lastEventId=`: first the ETag
 * of the fetched document, then the id of the last message seen. The server sends the whole
 * document only to a client that does not hold the current version. `lost` is called when a
 * reconnect takes longer than `sourceSettings.streamGraceMs`, or at once when the browser gives up.
 */
export class LiveStream {
  private events?: EventSource;
  private readonly retry = new CountedTimer();
  private readonly grace = new CountedTimer();
  private failures = 0;

  /**
   * @param url an absolute URL
   * @param lastEventId the version the page holds (the ETag it fetched, verbatim), or '' for none
   */
  constructor(
    private readonly url: string,
    private readonly on: LiveStreamEvents,
    private lastEventId = '',
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
    events.onmessage = (event) => {
      if (event.lastEventId) this.lastEventId = event.lastEventId;
      this.on.message(event.data as string);
    };
    events.addEventListener('gone', (event) => {
      if (this.events !== events) return;
      this.close();
      this.on.gone(goneReason((event as MessageEvent).data));
    });
    events.onerror = () => {
      if (this.events !== events) return;
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

  /** Closes the connection and cancels any reconnect. */
  close(): void {
    this.disconnect();
    this.retry.clear();
    this.grace.clear();
  }

  private disconnect(): void {
    if (!this.events) return;
    this.events.onopen = this.events.onmessage = this.events.onerror = null;
    this.events.close();
    this.events = undefined;
    activity.streams--;
  }
}
