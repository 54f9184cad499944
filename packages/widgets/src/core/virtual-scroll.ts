import { type ReactiveController, type ReactiveControllerHost, html, nothing } from 'lit';
import { laidOutForPrint, updateNow, watchPrint } from './print-watch.js';
import { styleProps } from './style-props.js';
import { type VirtualWindow, revealRow, virtualWindow } from './virtual-window.js';

export interface VirtualScrollOptions {
  /** How many rows the list has now. */
  rows: () => number;
  /** Whether only the rows in view are rendered now; when false the window is every row. */
  virtual: () => boolean;
  /** Rendered rows inside the scroller, measured for the row height. */
  rowSelector: string;
  /**
   * `mean`: the mean height of the rendered rows (rows that wrap: an estimate); `fixed`: the
   * height of the first one (rows of one height set by CSS).
   */
  rowHeight?: 'mean' | 'fixed';
  /** A sticky header and footer inside the scroller, which cover rows (for reveal and pages). */
  head?: string;
  foot?: string;
  /** Rows rendered beyond each edge of the view, so a fast scroll does not show blanks. */
  overscan?: number;
}

/**
 * The space of the rows left out above or below the window (`window.offset`, `window.after`): an
 * empty box of their height, hidden from assistive technology. In a table, an empty table body.
 */
export function virtualSpacer(height: number, tableColumns?: number) {
  if (height <= 0) return nothing;
  const size = styleProps({ height: `${height}px` });
  return tableColumns === undefined
    ? html`<div class="spacer" aria-hidden="true" style=${size}></div>`
    : html`<tbody class="spacer" aria-hidden="true">
        <tr>
          <td colspan=${tableColumns} style=${size}></td>
        </tr>
      </tbody>`;
}

/**
 * The rows of a long list to put in the DOM, for a scrolling box that CSS sizes. Render the box with
 * `${ref(scroll.attach)}`: from then on a ResizeObserver measures the box and its rows, a scroll
 * listener moves `window`, and the host updates when the window changes. Both go when the box
 * leaves the DOM or the host disconnects. While the page prints, every row is rendered: paper does
 * not scroll.
 */
export class VirtualScroll implements ReactiveController {
  /**
   * The rows to render: every row when not virtual. Computed at each update (hostUpdate), and on
   * first use where no update runs it: Lit SSR calls no controller's hostUpdate on the server.
   */
  get window(): VirtualWindow {
    return (this.computed ??= this.windowAt(this.scrollTop));
  }
  set window(window: VirtualWindow) {
    this.computed = window;
  }
  private computed?: VirtualWindow;
  /** Sizes read from the DOM (CSS decides them, so they follow text zoom and narrow layouts). */
  metrics = { rowHeight: 40, viewport: 480, head: 0, foot: 0 };
  private scroller?: HTMLElement;
  private resizer?: ResizeObserver;
  private scrollTop = 0;
  private pendingScroll?: number;
  private printing = false;
  private unwatchPrint?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: VirtualScrollOptions,
  ) {
    host.addController(this);
  }

  /** Mean (or fixed) height of a row, in px. */
  get rowHeight(): number {
    return this.metrics.rowHeight;
  }

  /** Rows that fit between the sticky header and footer (at least 1). */
  get pageRows(): number {
    const { rowHeight, viewport, head, foot } = this.metrics;
    return Math.max(1, Math.floor((viewport - head - foot) / rowHeight));
  }

  /** Ref callback for the scrolling box: `${ref(this.scroll.attach)}`. */
  attach = (element?: Element): void => {
    if (element === this.scroller) return;
    this.detach();
    if (!(element instanceof HTMLElement)) {
      this.scrollTop = 0;
      return;
    }
    this.scroller = element;
    element.addEventListener('scroll', this.onScroll);
    this.unwatchPrint = watchPrint(this.onPrint);
    // Fires once laid out and on every resize (narrow layouts have taller rows): measure then.
    this.resizer = new ResizeObserver(() => this.measure());
    this.resizer.observe(element);
  };

  /** Scrolls so that row `index` is fully in view (below the header, above the footer). */
  reveal(index: number): void {
    const scroller = this.scroller;
    if (!scroller || !this.options.virtual()) return;
    const { rowHeight, viewport, head, foot } = this.metrics;
    const top = scroller.scrollTop;
    const target = revealRow({ index, rowHeight, scrollTop: top, viewport, before: head, after: foot });
    if (target !== top) this.scrollTo(target);
  }

  /** Scrolls to row `index` at the top of the box. */
  scrollToRow(index: number): void {
    this.scrollTo(index * this.metrics.rowHeight);
  }

  private scrollTo(top: number): void {
    this.pendingScroll = top;
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    if (this.pendingScroll !== undefined) this.scrollTop = this.pendingScroll;
    this.window = this.windowAt(this.scrollTop);
  }

  hostUpdated(): void {
    if (this.pendingScroll === undefined || !this.scroller) return;
    this.scroller.scrollTop = this.pendingScroll;
    this.pendingScroll = undefined;
  }

  hostDisconnected(): void {
    this.detach();
  }

  private detach(): void {
    this.resizer?.disconnect();
    this.resizer = undefined;
    this.scroller?.removeEventListener('scroll', this.onScroll);
    this.unwatchPrint?.();
    this.unwatchPrint = undefined;
    this.scroller = undefined;
  }

  /** Paper does not scroll: while the page prints, every row is rendered, at once. */
  private onPrint = (printing: boolean): void => {
    if (printing === this.printing) return;
    this.printing = printing;
    this.window = this.windowAt(this.scrollTop);
    if (printing) updateNow(this.host);
    else this.host.requestUpdate();
  };

  private windowAt(scrollTop: number): VirtualWindow {
    const count = this.options.rows();
    if (!this.options.virtual() || this.printing)
      return { start: 0, end: count, offset: 0, after: 0, total: 0 };
    const { rowHeight, viewport } = this.metrics;
    return virtualWindow({
      rowCount: count,
      rowHeight,
      scrollTop,
      viewport,
      overscan: this.options.overscan,
    });
  }

  /**
   * Reads the viewport, the row height and the sticky parts. Not on paper: every row is rendered
   * there, and the box grows with its rows, so a window drawn again from sizes read in print styles
   * (before the print listeners have run) would resize the box it observes, in a loop.
   */
  private measure(): void {
    const scroller = this.scroller;
    if (!scroller || laidOutForPrint()) return;
    const { rowSelector, rowHeight: mode = 'mean', head, foot } = this.options;
    const height = (selector?: string) =>
      selector ? (scroller.querySelector<HTMLElement>(selector)?.offsetHeight ?? 0) : 0;
    let rowHeight = 0;
    if (mode === 'fixed') rowHeight = height(rowSelector);
    else {
      const rows = scroller.querySelectorAll<HTMLElement>(rowSelector);
      const first = rows[0];
      const last = rows[rows.length - 1];
      const span =
        first && last ? last.getBoundingClientRect().bottom - first.getBoundingClientRect().top : 0;
      rowHeight = span > 0 ? span / rows.length : 0;
    }
    const before = this.metrics.rowHeight;
    this.metrics = {
      rowHeight: rowHeight || before,
      viewport: scroller.clientHeight,
      head: height(head),
      foot: height(foot),
    };
    const after = this.metrics.rowHeight;
    const top = this.pendingScroll ?? scroller.scrollTop;
    // The scroll offset counts rows at the old height: keep the same row at the top of the view (and
    // the end at the end) when rows turn out taller or shorter, as after the first measurement, a
    // resize or text zoom; otherwise the view would jump to another part of the list.
    if (Math.abs(after - before) > 0.5 && top > 0 && this.options.virtual()) {
      const atEnd = top + scroller.clientHeight >= scroller.scrollHeight - 1;
      this.scrollTo(atEnd ? this.options.rows() * after : (top / before) * after);
      return;
    }
    this.onScroll();
  }

  private onScroll = (): void => {
    const scroller = this.scroller;
    if (!scroller) return;
    this.scrollTop = scroller.scrollTop;
    const next = this.windowAt(this.scrollTop);
    const { start, end, total } = this.window;
    // Estimated heights wobble by fractions of a pixel: only a real change re-renders.
    if (next.start !== start || next.end !== end || Math.abs(next.total - total) > 1) {
      this.window = next;
      this.host.requestUpdate();
    }
  };
}
