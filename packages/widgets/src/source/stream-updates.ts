import { type LiveStreamEvents, LiveStream } from './live-stream.js';
import { mergeUpdate } from './merge.js';
import { NextFrame } from './next-frame.js';
import { parseBody } from './parse.js';
import type { DataProblem } from './problems.js';

/** What a stream of updates tells its source. */
export interface StreamUpdateEvents extends Omit<LiveStreamEvents, 'message'> {
  /** The document the page holds now, which the next message applies to. */
  current(): unknown;
  /** The document as the messages since the last frame left it. */
  updated(raw: unknown): void;
  /** A message that cannot be applied (not JSON, not an object, a partial one with no document). */
  refused(problem: DataProblem): void;
}

/**
 * A document kept up to date by a Server-Sent Events stream. Each message is parsed and merged at
 * once (the latest whole document wins), and the result handed on at the next frame: however many
 * messages arrive in between, the source checks and the elements draw once.
 */
export class StreamUpdates {
  private readonly stream: LiveStream;
  /** The document as the messages since the last frame left it, not yet handed on. */
  private pending?: unknown;
  private readonly frame = new NextFrame(() => this.flush());

  constructor(
    private readonly url: string,
    private readonly on: StreamUpdateEvents,
    lastEventId: string,
  ) {
    this.stream = new LiveStream(
      url,
      {
        message: (text) => this.message(text),
        opened: () => on.opened(),
        // What arrived before the stream went down or away is still news: handed on first.
        lost: () => (this.flush(), on.lost()),
        gone: (reason) => (this.flush(), on.gone(reason)),
      },
      lastEventId,
    );
    this.stream.open();
  }

  close(): void {
    this.stream.close();
    this.frame.cancel();
    this.pending = undefined;
  }

  private message(text: string): void {
    const parsed = parseBody(text, 'application/json', this.url);
    const merged = parsed.ok ? mergeUpdate(this.pending ?? this.on.current(), parsed.raw) : parsed;
    if (!merged.ok) return this.on.refused({ ...merged.problem, url: this.url });
    this.pending = merged.raw;
    this.frame.request();
  }

  private flush(): void {
    this.frame.cancel();
    const raw = this.pending;
    if (raw === undefined) return;
    this.pending = undefined;
    this.on.updated(raw);
  }
}
