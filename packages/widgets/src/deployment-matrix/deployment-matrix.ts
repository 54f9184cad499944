import { matrixKind } from '@cst/schema';
import type { MatrixDataset } from '@cst/schema';
import { type PropertyDeclarations, type PropertyValues, html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleProps } from '../core/style-props.js';
import { CstElement } from '../core/base-element.js';
import { ChangeMarks, changeMarkStyles } from '../core/change-marks.js';
import { saveCsv } from '../core/csv-download.js';
import { formatDate } from '../core/dates.js';
import { translate } from '../core/i18n.js';
import { memoize } from '../core/memo.js';
import { coreText } from '../core/messages.js';
import { type SortDirection, type SortState, nextSort, sortAnnouncement, sortStyles } from '../core/sort.js';
import { VirtualScroll, type VirtualScrollOptions, virtualSpacer } from '../core/virtual-scroll.js';
import {
  type MatrixSummary,
  type RowOrder,
  doneOf,
  matrixTable,
  orderRows,
  summarize,
} from './deployment-matrix.model.js';
import { matrixMessages } from './deployment-matrix.messages.js';
import { liveChanges } from './deployment-matrix.changes.js';
import { MatrixKeyboard } from './deployment-matrix.keyboard.js';
import { matrixControls, matrixLegend } from './deployment-matrix.parts.js';
import { type RowContext, matrixFoot, matrixHead, matrixRow } from './deployment-matrix.rows.js';
import { rowNounWords } from './deployment-matrix.nouns.js';
import { deploymentMatrixPrintStyles } from './deployment-matrix.print.styles.js';
import { deploymentMatrixStyles } from './deployment-matrix.styles.js';

/** Above this many rows only the rows in view are in the DOM. */
export const VIRTUAL_THRESHOLD = 200;
/** Rows rendered beyond each edge of the view once the grid has been scrolled. */
const SCROLL_OVERSCAN = 8;

/**
 * Which entity has which service: a grid of statuses whose meaning (done, in progress, not
 * requested, not applicable, none) decides the shape and colour, and whose label is shown as text.
 * Large matrices (more than 200 rows) render only the rows in view. Its rows are entities ("Ente"),
 * or what the dataset's `rowNoun` or the `row-noun` attribute says: schools, offices, services…
 *
 * @summary A deployment matrix: 28 comuni × 8 services, up to 7.900 × 12.
 * @csspart base - The frame around every state.
 * @csspart matrix - The ready view.
 * @csspart caption - Title and date of the data.
 * @csspart controls - Filter, search and download.
 * @csspart sort-button - The button in a sortable column header (entity, completion).
 * @csspart sort-icon - The sort arrow in a sortable column header (hidden in print).
 * @csspart download - The CSV download button.
 * @csspart legend - The statuses with their counts.
 * @csspart scroller - The scrolling box around the grid.
 * @csspart grid - The grid.
 * @csspart cell - A status cell.
 * @csspart summary - The row of per-column totals.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error message.
 * @csspart empty - The empty message.
 * @csspart stale - The badge that says the data is not up to date.
 * @cssproperty --cst-deployment-matrix-done-color - Colour of "done" statuses.
 * @cssproperty --cst-deployment-matrix-in-progress-color - Colour of "in progress" statuses.
 * @cssproperty --cst-deployment-matrix-not-requested-color - Colour of "not requested" statuses.
 * @cssproperty --cst-deployment-matrix-not-applicable-color - Colour of "not applicable" statuses.
 * @cssproperty --cst-deployment-matrix-none-color - Colour of "none" statuses and empty cells.
 * @cssproperty --cst-deployment-matrix-changed-color - Outline and flashes (two in 2 s) of cells that just changed.
 * @cssproperty --cst-deployment-matrix-max-height - Height of the scrolling grid (default 32em).
 * @cssproperty --cst-deployment-matrix-row-height - Row height when virtualised (default 2.5em).
 * @cssproperty --cst-deployment-matrix-head-width - Width of the entity column (default 11em).
 * @cssproperty --cst-deployment-matrix-cell-width - Width of a service column (default 7.5em).
 * @cssproperty --cst-deployment-matrix-min-height - Height reserved while loading (default 20rem).
 * @fires cst-data - New data was accepted.
 * @fires cst-error - Data could not be shown; the detail says why.
 */
export class CstDeploymentMatrix extends CstElement<'matrix'> {
  static override styles = [
    ...CstElement.styles,
    sortStyles,
    changeMarkStyles,
    deploymentMatrixStyles,
    deploymentMatrixPrintStyles,
  ];
  static override properties: PropertyDeclarations = {
    filter: {},
    query: {},
    sort: { attribute: false },
    rowNoun: { attribute: 'row-noun' },
  };
  protected readonly kinds = [matrixKind] as const;

  /** Rows shown: "" (all), "meaning:<meaning>" or "status:<id>" (rows with at least one such cell). */
  filter = '';
  /** Entity name searched: filters the rows, or in a virtualised matrix jumps to the first match. */
  query = '';
  /** The column the rows are sorted by ("entity" or "completion") and which way; unset for the data's order. */
  sort?: SortState;
  /** What the rows are, singular and plural, in the page's language: "scuola, scuole". Wins over the dataset's `rowNoun`. */
  rowNoun?: string;

  private readonly summaryOf = memoize(summarize);
  private readonly orderOf = memoize(
    (
      matrix: MatrixDataset,
      summary: MatrixSummary,
      filter: string,
      sort: SortState | undefined,
      query: string,
      searchFilters: boolean,
      locale: string,
    ) => orderRows(matrix, summary, { filter, sort, query, searchFilters, locale }),
  );
  /** The rows shown, in display order, and which match the search. */
  private rowOrder: RowOrder = { order: [], matches: [] };
  private readonly marks = new ChangeMarks(this);
  /** "Dati al 31/12/2016", or '' when the data says no date. */
  private asOf = '';
  private readonly asOfOf = memoize((asOf: string | undefined, locale: string) =>
    asOf ? coreText(locale, 'asOf', { date: formatDate(asOf, locale) }) : '',
  );
  /**
   * Read by the virtual scroll on every window it computes (see onScroll for the overscan). Rows
   * have one height (CSS, rem-based), so the first rendered row gives it.
   */
  private readonly scrollOptions: VirtualScrollOptions = {
    rows: () => this.rowOrder.order.length,
    virtual: () => this.virtualised,
    rowSelector: '.body > .row',
    rowHeight: 'fixed',
    head: '.head',
    foot: '.foot',
    // Rows beyond the view guard against blanks while scrolling: none are needed before the first
    // scroll, so the first paint renders only the rows in view (and 2 more).
    overscan: 2,
  };
  private readonly virtualScroll = new VirtualScroll(this, this.scrollOptions);
  /** Added after the virtual scroll: the focused cell is scrolled to before it is focused. */
  private readonly keyboard = new MatrixKeyboard(this, this.virtualScroll, {
    rows: () => this.rowOrder.order.length,
    lastCol: () => (this.current?.columns.length ?? 0) + 1,
    virtual: () => this.virtualised,
  });

  /** True when only the rows in view are rendered. */
  get virtualised(): boolean {
    return (this.current?.rows.length ?? 0) > VIRTUAL_THRESHOLD;
  }

  protected isEmpty(matrix: MatrixDataset): boolean {
    return matrix.rows.length === 0 || matrix.columns.length === 0;
  }

  /** The rows' noun in the words: "Scuola", "Cerca scuole". */
  private nouns: Record<string, string> = {};
  private readonly nounsOf = memoize(rowNounWords);

  private t(key: string, params?: Record<string, string | number>): string {
    return translate(matrixMessages, this.locale, key, { ...this.nouns, ...params });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const matrix = this.current;
    if (!matrix) return;
    this.nouns = this.nounsOf(this.rowNoun, matrix.rowNoun, this.locale);
    const previous = (changed as Map<PropertyKey, unknown>).get('current') as MatrixDataset | undefined;
    const changes = previous && previous !== matrix && liveChanges(previous, matrix, this.locale);
    if (changes) {
      this.marks.mark(changes.marked);
      this.announcer.announce(changes.words);
    }
    this.asOf = this.asOfOf(matrix.asOf, this.locale);
    const summary = this.summaryOf(matrix);
    const rowOrder = this.orderOf(
      matrix,
      summary,
      this.filter,
      this.sort,
      this.query,
      !this.virtualised,
      this.locale,
    );
    if (rowOrder === this.rowOrder) return;
    this.rowOrder = rowOrder;
    this.keyboard.clamp();
    if (changed.has('query') && this.query) this.onSearched();
  }

  /** After a search: in a virtualised matrix, jump to the first match; always say what was found. */
  private onSearched(): void {
    const { order, matches } = this.rowOrder;
    const hits = this.virtualised ? matches : order.map((_, i) => i);
    const first = hits[0];
    if (first === undefined) {
      this.announcer.reply(this.t('noMatch', { query: this.query }));
      return;
    }
    const label = this.current!.rows[order[first]!]!.label;
    const found = hits.length === 1 ? 'matches.one' : 'matches';
    this.announcer.reply(this.t(found, { count: hits.length, query: this.query, first: label }));
    if (this.virtualised) this.keyboard.showRow(first);
  }

  /** The first scroll: from now on keep 8 rows beyond each edge of the view. */
  private onScroll = (): void => {
    if (!this.virtualised || this.scrollOptions.overscan === SCROLL_OVERSCAN) return;
    this.scrollOptions.overscan = SCROLL_OVERSCAN;
    this.requestUpdate();
  };

  /**
   * Sorts the rows by "entity" (name) or "completion" in the direction given; without one, a column
   * goes ascending, then descending, then back to the data's order. Screen readers are told.
   */
  sortBy(column: string, direction?: SortDirection): void {
    this.sort = direction ? { column, direction } : nextSort(this.sort, column);
    this.announcer.reply(sortAnnouncement(this.sort, this.t(column), this.locale));
  }

  /** Saves the whole matrix (every row, with status labels) as a CSV file named after its title. */
  downloadCsv(): void {
    const matrix = this.current;
    if (matrix)
      saveCsv(matrixTable(matrix, this.summaryOf(matrix), this.t('entity')), this.locale, matrix.title);
  }

  protected renderReady(matrix: MatrixDataset) {
    const summary = this.summaryOf(matrix);
    const { order } = this.rowOrder;
    const { start, end, offset, after } = this.virtualScroll.window;
    const width = matrix.columns.length;
    const marks = this.marks;
    const ctx: RowContext = {
      matrix,
      summary,
      of: doneOf(this.t('of')),
      noStatus: this.t('noStatus'),
      changed: (row, column) => marks.has(`${row}|${column}`),
    };
    // Keyed by source row: while scrolling, rows that stay in the window keep their DOM untouched.
    const body = repeat(
      order.slice(start, end),
      (r) => r,
      (r, k) => matrixRow(ctx, r, start + k),
    );
    const labels = { entity: this.t('entity'), completion: this.t('completion') };
    return html`<div class="matrix" part="matrix">
      <p class="caption" part="caption" id="caption">
        <strong>${matrix.title}</strong>${this.asOf ? html` · ${this.asOf}` : nothing}
      </p>
      ${matrixControls({
        t: (key, params) => this.t(key, params),
        summary,
        filter: this.filter,
        query: this.query,
        shown: order.length,
        total: matrix.rows.length,
        locale: this.locale,
        onFilter: (value) => (this.filter = value),
        onQuery: (value) => (this.query = value),
        onDownload: () => this.downloadCsv(),
      })}
      ${matrixLegend(summary, (key, params) => this.t(key, params))}
      <div class="scroller" part="scroller" ${ref(this.virtualScroll.attach)} @scroll=${this.onScroll}>
        <div
          role="grid"
          part="grid"
          class="grid${this.virtualised ? ' virtual' : ''}"
          aria-labelledby="caption"
          aria-rowcount=${order.length + 2}
          aria-colcount=${width + 2}
          style=${styleProps({ '--_n': String(width) })}
          @keydown=${this.keyboard.onKeyDown}
          @focusin=${this.keyboard.onFocusIn}
        >
          ${matrixHead(matrix, labels, this.sort, (column) => this.sortBy(column))} ${virtualSpacer(offset)}
          ${
            order.length > 0
              ? html`<div role="rowgroup" class="body" ${ref(this.keyboard.body)}>${body}</div>`
              : nothing
          }
          ${virtualSpacer(after)} ${matrixFoot(ctx, order.length + 2, this.t('summary'))}
        </div>
      </div>
      ${order.length === 0 ? html`<p class="no-rows">${this.t('noRows')}</p>` : nothing}
    </div>`;
  }
}
