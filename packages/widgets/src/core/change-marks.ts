import { type ReactiveController, type ReactiveControllerHost, css } from 'lit';

/** How long a changed cell stays marked, in ms: the length of its CSS animation too. */
export const MARK_MS = 2000;

/**
 * Which cells a live update just changed, by key ("SLA.1|measured"), for `MARK_MS`: render a cell
 * that `has` its key with the class `changed`, which `changeMarkStyles` animate. A new update
 * replaces the marks; disconnecting clears them.
 */
export class ChangeMarks implements ReactiveController {
  private keys: ReadonlySet<string> = new Set();
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Marks these cells (and only these) as just changed. */
  mark(keys: Iterable<string>): void {
    this.keys = new Set(keys);
    clearTimeout(this.timer);
    if (this.keys.size > 0) this.timer = setTimeout(() => this.clear(), MARK_MS);
    this.host.requestUpdate();
  }

  has(key: string): boolean {
    return this.keys.size > 0 && this.keys.has(key);
  }

  /** How many cells are marked now. */
  get size(): number {
    return this.keys.size;
  }

  /** Marks end with the element on the page: none is left to light up again when it comes back. */
  hostDisconnected(): void {
    clearTimeout(this.timer);
    if (this.keys.size > 0) this.clear();
  }

  private clear(): void {
    this.keys = new Set();
    this.host.requestUpdate();
  }
}

/**
 * A changed cell is lit by an overlay (::before) whose opacity is animated: the compositor runs
 * such an animation on its own, while animating the cell's own background would restyle and
 * repaint the table on every frame. The element sets the colour (`--_changed-bg`) and may pick
 * another set of opacity keyframes (`--_changed-keyframes`). Under reduced motion the overlay
 * stays still while the mark lasts; on paper there is none.
 */
export const changeMarkStyles = css`
  .changed {
    position: relative;
    z-index: 0;
  }
  .changed::before {
    content: '';
    position: absolute;
    inset: 0;
    z-index: -1;
    background: var(--_changed-bg);
    pointer-events: none;
    opacity: 0;
    animation: var(--_changed-keyframes, cst-changed-fade) ${MARK_MS}ms ease-out;
  }
  @keyframes cst-changed-fade {
    from {
      opacity: 1;
    }
    to {
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .changed::before {
      animation: none;
      opacity: 1;
    }
  }
  @media (forced-colors: active) {
    .changed {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
  }
  @media print {
    .changed::before {
      display: none;
    }
  }
`;
