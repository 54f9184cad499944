/**
 * Element updates share a time budget per task. A portal page with twenty elements receiving one
 * document would otherwise render them all in a single task: hundreds of milliseconds on a phone,
 * with input and paint blocked. Updates run at once while the task has spent less than the budget
 * on them; past it, the next ones wait for a fresh task (in order), so the page stays responsive.
 * One element's own update is never split: a single update always runs whole.
 */
export class UpdateSlices {
  private sliceStart: number | undefined;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly budgetMs: number,
    private readonly now: () => number,
    private readonly nextTask: (callback: () => void) => void,
  ) {}

  /** Runs `update` now if the task's budget allows, else in a later task; settles when it has run. */
  run(update: () => void): void | Promise<void> {
    const now = this.now();
    if (this.sliceStart === undefined) this.startSlice(now);
    if (this.waiting.length === 0 && now - this.sliceStart! < this.budgetMs) {
      update();
      return undefined;
    }
    return new Promise((resolve, reject) => {
      this.waiting.push(() => {
        try {
          update();
          resolve();
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    });
  }

  /** Updates waiting for a later task. */
  get pending(): number {
    return this.waiting.length;
  }

  private startSlice(now: number): void {
    this.sliceStart = now;
    this.nextTask(() => this.endSlice());
  }

  /** A new task: the budget starts over and waiting updates run until it is spent. */
  private endSlice(): void {
    this.sliceStart = undefined;
    if (this.waiting.length === 0) return;
    this.startSlice(this.now());
    while (this.waiting.length > 0) {
      this.waiting.shift()!();
      if (this.now() - this.sliceStart! >= this.budgetMs) break;
    }
  }
}

/** A new task without setTimeout's 4 ms clamp for nested timers. */
function nextTask(callback: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    callback();
  };
  channel.port2.postMessage(undefined);
}

/** Half a frame: the other half is left for style, layout and paint. */
export const updateSlices = new UpdateSlices(8, () => performance.now(), nextTask);
