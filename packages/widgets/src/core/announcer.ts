import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Polite, throttled announcements: at most one every `interval` ms, always the latest text,
 * so a live feed never floods a screen reader. Render `text` in an aria-live="polite" region.
 */
export class Announcer implements ReactiveController {
  text = '';
  private last = 0;
  private pending?: string;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly interval = 5000,
  ) {
    host.addController(this);
  }

  announce(message: string): void {
    const wait = this.last + this.interval - Date.now();
    if (wait <= 0) {
      this.say(message);
      return;
    }
    this.pending = message;
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      if (this.pending !== undefined) this.say(this.pending);
    }, wait);
  }

  private say(message: string): void {
    this.pending = undefined;
    this.last = Date.now();
    // Same text twice is not re-read by screen readers: vary it invisibly.
    this.text = message === this.text ? `${message}\u00a0` : message;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = undefined;
  }
}
