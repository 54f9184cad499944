import { type ReactiveController, type ReactiveControllerHost, isServer } from 'lit';
import { updateNow, watchPrint } from './print-watch.js';

/**
 * The width a chart is drawn at before the browser has measured it: on the server, and in the first
 * render that takes over the server's drawing (it must be the same for Lit to hydrate it). The chart
 * then fits its box (`width="100%"` with its viewBox), at its own height, until the measured width
 * redraws it: nothing moves.
 */
export const DEFAULT_WIDTH = 640;

/** A4 portrait's width inside 15 mm margins, in CSS pixels: what to draw at for a browser that prints without telling the paper's width. */
export const PRINT_WIDTH = 680;

/**
 * The host's width, observed with a ResizeObserver and fed into the update cycle: a change
 * of size requests an update, the same size does not (no loops), and the observer is released on
 * disconnect. A host laid out hidden reports 0 and updates again once it is shown.
 *
 * On paper the width is the paper's: a drawing made for a 1920 px window and scaled down to A4
 * would shrink its text below legibility, and printing brings no resize. While the page prints
 * (`printing`), the host is drawn again at once: at the width it has on paper where the browser
 * has laid the page out for it, else at A4's (`PRINT_WIDTH`, or the screen width if narrower);
 * afterwards at its screen width again.
 */
export class SizeController implements ReactiveController {
  width = 0;
  /** True while the drawing is at the default width, not a measured one: draw the chart to fit its box. */
  estimated: boolean;
  /** A width measured before the first render: Lit hydrates that render without comparing, so it waits. */
  private early?: number;
  private rendered = false;
  /** Whether the page is printing (hosts may show on paper what the screen keeps behind a button). */
  printing = false;
  private screenWidth = 0;
  private screenEstimated = false;
  private unwatchPrint?: () => void;
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
    this.unwatchPrint = watchPrint(this.onPrint);
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
    this.unwatchPrint?.();
    this.unwatchPrint = undefined;
  }

  private onPrint = (printing: boolean, laidOut: boolean): void => {
    if (printing && !this.printing) [this.screenWidth, this.screenEstimated] = [this.width, this.estimated];
    // Paper has a real width, even while the screen's drawing is still the server's estimate.
    this.estimated = !printing && this.screenEstimated;
    const width = !printing
      ? this.screenWidth
      : laidOut
        ? Math.round(this.host.clientWidth)
        : Math.min(this.width || PRINT_WIDTH, PRINT_WIDTH);
    if (printing === this.printing && width === this.width) return;
    this.printing = printing;
    this.width = width;
    if (printing) updateNow(this.host);
    else this.host.requestUpdate();
  };

  /** Whether an observer is live (for tests). */
  get observing(): boolean {
    return this.observer !== undefined;
  }
}
