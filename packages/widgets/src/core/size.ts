import { type ReactiveController, type ReactiveControllerHost, isServer } from 'lit';

/**
 * The width a chart is drawn at before the browser has measured it: on the server, and in the first
 * render that takes over the server's drawing (it must be the same for Lit to hydrate it). The chart
 * then fits its box (`width="100%"` with its viewBox), at its own height, until the measured width
 * redraws it: nothing moves.
 */
export const DEFAULT_WIDTH = 640;

/**
 * The host's width, observed with a ResizeObserver and fed into the update cycle: a change
 * of size requests an update, the same size does not (no loops), and the observer is released on
 * disconnect. A host laid out hidden reports 0 and updates again once it is shown.
 */
export class SizeController implements ReactiveController {
  width = 0;
  /** True while the drawing is at the default width, not a measured one: draw the chart to fit its box. */
  estimated: boolean;
  /** A width measured before the first render: Lit hydrates that render without comparing, so it waits. */
  private early?: number;
  private rendered = false;
  private observer?: ResizeObserver;
  /** Connected in this frame, before the observer could report (see `measure`). */
  private fresh = false;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    // A shadow root before the first render is the server's (declarative shadow DOM).
    this.estimated = isServer || host.shadowRoot !== null;
  }

  /**
   * The width to draw at now. A host given data as it is connected has not been observed yet: its
   * width is read at once, so the first frame already shows the drawing. Later, a width still
   * unknown means hidden or skipped (`content-visibility: auto` off screen); reading it then would
   * lay out the whole page synchronously (on a report page on a phone, ~40 ms a chart), so the
   * drawing waits for the observer, which reports when the host is laid out.
   */
  measure(): number {
    if (this.estimated) return DEFAULT_WIDTH;
    if (this.width === 0 && this.fresh && this.host.isConnected)
      this.width = Math.round(this.host.clientWidth);
    return this.width;
  }

  hostConnected(): void {
    this.fresh = true;
    this.frame = requestAnimationFrame(() => (this.fresh = false));
    this.observer = new ResizeObserver(([entry]) => {
      this.fresh = false;
      if (!entry) return;
      // Only the width drives the drawing: the height is set by the element, so it cannot loop.
      const width = Math.round(entry.contentRect.width);
      if (this.estimated && !this.rendered) this.early = width;
      else if (width !== this.width || this.estimated) this.redraw(width);
    });
    this.observer.observe(this.host);
  }

  hostUpdated(): void {
    this.rendered = true;
    if (this.early === undefined) return;
    const width = this.early;
    this.early = undefined;
    queueMicrotask(() => this.redraw(width));
  }

  private redraw(width: number): void {
    this.estimated = false;
    this.width = width;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Whether an observer is live (for tests). */
  get observing(): boolean {
    return this.observer !== undefined;
  }
}
