import { activity } from './source-settings.js';

/**
 * Runs a callback once at the next animation frame, however many times it is asked for before
 * then: stream messages that arrive faster than the page can draw are applied together, each
 * dataset checked and each element updated once per frame at most, instead of queuing one long
 * task per message. A page in a background tab gets no frames: its updates wait until it is seen.
 * Counted in `activity.timers` while pending.
 */
export class NextFrame {
  private frame?: number;

  constructor(private readonly callback: () => void) {}

  get pending(): boolean {
    return this.frame !== undefined;
  }

  request(): void {
    if (this.frame !== undefined) return;
    activity.timers++;
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      activity.timers--;
      this.callback();
    });
  }

  cancel(): void {
    if (this.frame === undefined) return;
    cancelAnimationFrame(this.frame);
    this.frame = undefined;
    activity.timers--;
  }
}
