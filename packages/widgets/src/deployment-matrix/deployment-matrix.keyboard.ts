import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createRef } from 'lit/directives/ref.js';
import type { VirtualScroll } from '../core/virtual-scroll.js';
import { type GridCell, clampCell, nextCell, tabStopRow } from './grid-navigation.js';

/** Rows moved by PageUp/PageDown when every row is rendered. */
const PAGE_ROWS = 10;

export interface MatrixKeyboardOptions {
  /** Rows shown now (after filter and search). */
  rows: () => number;
  /** Index of the last column (the completion column). */
  lastCol: () => number;
  /** Whether only the rows in view are rendered: then a page is the rows in view. */
  virtual: () => boolean;
}

/**
 * The grid's keyboard and focus, per the ARIA grid pattern: one tab stop (the active cell, or the
 * first rendered row's when the active row is scrolled out), arrows, Home/End and PageUp/PageDown
 * moving the active cell (see grid-navigation.ts), which is scrolled into view and focused after
 * the update, so a screen reader reads its label ("Comune, servizio: stato").
 *
 * One listener each for keydown and focusin on the grid (`onKeyDown`, `onFocusIn`, bound once) and
 * the rows' group through `body`: nothing per cell, no closure per render, and moves ride the
 * host's update (the tab stop moves and the cell is focused in `hostUpdated`).
 */
export class MatrixKeyboard implements ReactiveController {
  /** The rows' group: render it with `${ref(keyboard.body)}`. */
  readonly body = createRef<HTMLElement>();
  private active: GridCell = { row: 0, col: 1 };
  private pendingFocus = false;
  /** The cell that has the tab stop (tabindex 0) now. */
  private tabStop?: HTMLElement;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly scroll: VirtualScroll,
    private readonly options: MatrixKeyboardOptions,
  ) {
    host.addController(this);
  }

  /** Keeps the active cell inside the grid when the rows shown change (call while updating). */
  clamp(): void {
    this.active = clampCell(this.active, this.options.rows(), this.options.lastCol());
  }

  /** Makes `row` the active row and scrolls it to the top of the view, without taking focus (a search). */
  showRow(row: number): void {
    this.active = { ...this.active, row };
    this.scroll.scrollToRow(row);
  }

  hostUpdated(): void {
    this.rovingTabStop();
    if (this.pendingFocus) {
      this.pendingFocus = false;
      this.cellAt(this.active.row, this.active.col)?.focus();
    }
  }

  /**
   * A body cell by display row and column: the rows' group holds the rendered rows in display
   * order (from the window's start), each row its cells in column order. Walked, not queried.
   */
  private cellAt(row: number, col: number): HTMLElement | null {
    const rowElement = this.body.value?.children[row - this.scroll.window.start];
    return (rowElement?.children[col] as HTMLElement | undefined) ?? null;
  }

  /** Moves the tab stop from the cell that had it to the one that should have it, if another. */
  private rovingTabStop(): void {
    const { start, end } = this.scroll.window;
    const stop = this.cellAt(tabStopRow(this.active.row, start, end), this.active.col);
    if (stop === this.tabStop && stop?.tabIndex === 0) return;
    this.tabStop?.setAttribute('tabindex', '-1');
    stop?.setAttribute('tabindex', '0');
    this.tabStop = stop ?? undefined;
  }

  /** A cell that gets focus (a click, or Tab) becomes the active one: aria-rowindex - 2, aria-colindex - 1. */
  readonly onFocusIn = (event: FocusEvent): void => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('.body [aria-colindex]');
    if (!cell) return;
    const row = Number(cell.parentElement!.getAttribute('aria-rowindex')) - 2;
    const col = Number(cell.getAttribute('aria-colindex')) - 1;
    if (row === this.active.row && col === this.active.col) return;
    this.active = { row, col };
    this.host.requestUpdate();
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const page = this.options.virtual() ? this.scroll.pageRows : PAGE_ROWS;
    const next = nextCell(event, this.active, {
      rows: this.options.rows(),
      lastCol: this.options.lastCol(),
      page,
    });
    if (!next) return;
    event.preventDefault();
    this.moveTo(next);
  };

  /** The active cell moves, its row scrolls into view, and the cell is focused once rendered. */
  private moveTo(cell: GridCell): void {
    this.active = cell;
    this.pendingFocus = true;
    this.scroll.reveal(cell.row);
    this.host.requestUpdate();
  }
}
