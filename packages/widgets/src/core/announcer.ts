import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Live changes to the data are said at most once in this many ms. */
const LIVE_MS = 5000;
/** Answers to the reader's own actions (keys, sorting, search) at most once in this many ms. */
const REPLY_MS = 250;

/** At most one message per `interval` ms, always the latest: the first at once, the rest coalesced. */
class Throttle {
  private last = -Infinity;
  private pending?: string;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly interval: number,
    private readonly say: (message: string) => void,
  ) {}

  push(message: string): void {
    const wait = this.last + this.interval - Date.now();
    if (wait <= 0) return this.flush(message);
    this.pending = message;
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      if (this.pending !== undefined) this.flush(this.pending);
    }, wait);
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = undefined;
  }

  private flush(message: string): void {
    this.pending = undefined;
    this.last = Date.now();
    this.say(message);
  }
}

/**
 * The element's one polite live region: `text` is rendered in it (by the base element). Live data
 * changes are announced sparingly, so a feed never floods a screen reader; answers to what the
 * reader just did come at once.
 */
export class Announcer implements ReactiveController {
  /** What the live region says now. */
  text = '';
  private readonly live = new Throttle(LIVE_MS, (message) => this.show(message));
  private readonly replies = new Throttle(REPLY_MS, (message) => this.show(message));

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** A change in the data (a live update): at most one every 5 s, always the latest. */
  announce(message: string): void {
    this.live.push(message);
  }

  /** The answer to the reader's own action (a key, a sort, a search): said at once, then at most four a second. */
  reply(message: string): void {
    this.replies.push(message);
  }

  hostDisconnected(): void {
    this.live.cancel();
    this.replies.cancel();
  }

  private show(message: string): void {
    // The same text twice is not read again by screen readers: vary it invisibly.
    this.text = message === this.text ? `${message}\u00a0` : message;
    this.host.requestUpdate();
  }
}
