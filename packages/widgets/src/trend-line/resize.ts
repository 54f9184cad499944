import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The host's width, observed with a ResizeObserver and fed into the update cycle: a change
 * of size requests an update, the same size does not (no loops), and the observer is released on
 * disconnect. A host laid out hidden reports 0 and updates again once it is shown.
 */
export class SizeController implements ReactiveController {
  width = 0;
  private observer?: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      // Only the width drives the drawing: the height is set by the element, so it cannot loop.
      const width = Math.round(entry.contentRect.width);
      if (width === this.width) return;
      this.width = width;
      this.host.requestUpdate();
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Whether an observer is live (for tests). */
  get observing(): boolean {
    return this.observer !== undefined;
  }
}
