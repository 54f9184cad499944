import { activity } from './source-settings.js';

/** A one-shot timer that is counted in `activity.timers` while it is pending. */
export class CountedTimer {
  private id?: ReturnType<typeof setTimeout>;

  get pending(): boolean {
    return this.id !== undefined;
  }

  /** Runs `callback` in `ms`, instead of any run still pending. */
  start(ms: number, callback: () => void): void {
    this.clear();
    activity.timers++;
    this.id = setTimeout(() => {
      this.clear();
      callback();
    }, ms);
  }

  clear(): void {
    if (this.id === undefined) return;
    clearTimeout(this.id);
    this.id = undefined;
    activity.timers--;
  }
}
