import { slaKind } from '@cst/schema';
import type { SlaDataset } from '@cst/schema';
import { type PropertyDeclarations, type PropertyValues, html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import { CstElement } from '../core/base-element.js';
import { ChangeMarks, changeMarkStyles } from '../core/change-marks.js';
import { downloadCsvButton, saveCsv } from '../core/csv-download.js';
import { translate } from '../core/i18n.js';
import { memoize } from '../core/memo.js';
import { scrollerStyles } from '../core/scroller.styles.js';
import { type SortDirection, type SortState, nextSort, sortAnnouncement, sortStyles } from '../core/sort.js';
import { VirtualScroll, virtualSpacer } from '../core/virtual-scroll.js';
import { slaMessages } from './sla-table.messages.js';
import {
  type SlaColumn,
  type SlaRow,
  arrangeRows,
  cellKey,
  diffRows,
  parseColumns,
  parseFilter,
  slaCaption,
  slaCsvRows,
  slaRows,
} from './sla-table.model.js';
import { slaTableStyles } from './sla-table.styles.js';
import { slaHeader, slaRow } from './sla-table.templates.js';

/**
 * Service level agreements as a real table: target, measure, deviation and status (by icon and
 * word), with a caption that sums them up. Sortable by code, deviation and status; becomes a list
 * of cards when the element is narrow; marks and announces live changes; offers its data as CSV.
 *
 * Above `virtual-threshold` rows (default 200) the table sits in a scrolling box and only the rows
 * in view (plus a few) are in the DOM; sorting, filtering, the caption and CSV still cover every
 * row. The table then carries `aria-rowcount` (all rows) and each row its `aria-rowindex`, so a
 * screen reader says "row 412 of 1001". The box is a labelled region with a tab stop: Tab into it,
 * then arrow keys, Page Up/Down, Home and End scroll it and bring further rows in. A page that
 * wants every row in the DOM (for example to let a screen reader read them in one pass) raises
 * `virtual-threshold`.
 *
 * @summary SLA compliance at a glance: "11 SLA su 11 rispettati".
 * @csspart base - The frame around every state.
 * @csspart table - The table.
 * @csspart caption - The caption: title, summary, period and date.
 * @csspart header - A column header cell.
 * @csspart sort-button - The button in a sortable column header.
 * @csspart sort-icon - The sort arrow in a sortable column header (hidden in print).
 * @csspart row - A row (a card when narrow).
 * @csspart cell - A data cell.
 * @csspart status - The status icon and word.
 * @csspart download - The CSV download button.
 * @csspart scroller - The scrolling box around a large table.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error message.
 * @csspart empty - The empty message.
 * @csspart stale - The badge that says the data is not up to date.
 * @cssproperty --cst-sla-table-min-height - Height reserved while loading (default 12rem).
 * @cssproperty --cst-sla-table-max-height - Height of the scrolling box of a large table (default 32em).
 * @cssproperty --cst-sla-table-header-background - Background of the header row.
 * @cssproperty --cst-sla-table-border-color - Rules between rows and around cards.
 * @cssproperty --cst-sla-table-changed-background - Highlight of a cell that just changed (fades in 2 s).
 * @cssproperty --cst-sla-table-met-color - Colour of the met icon.
 * @cssproperty --cst-sla-table-at-risk-color - Colour of the at-risk icon and row mark.
 * @cssproperty --cst-sla-table-breached-color - Colour of the breached icon and row mark.
 * @fires cst-data - New data was accepted.
 * @fires cst-error - Data could not be shown; the detail says why.
 */
export class CstSlaTable extends CstElement<'sla'> {
  static override styles = [
    ...CstElement.styles,
    scrollerStyles,
    sortStyles,
    changeMarkStyles,
    slaTableStyles,
  ];
  static override properties: PropertyDeclarations = {
    columns: {},
    filter: {},
    atRiskMargin: { attribute: 'at-risk-margin', type: Number },
    virtualThreshold: { attribute: 'virtual-threshold', type: Number },
    sort: { attribute: false },
  };
  protected readonly kinds = [slaKind] as const;

  /** Columns to show, comma-separated, from code, label, target, measured, deviation, status. */
  columns?: string;
  /** Rows to show: all, breached, at-risk, or problems (every row not met). */
  filter?: string;
  /** Overrides the dataset's atRiskMargin: points for percent targets, a fraction of the target otherwise. */
  atRiskMargin?: number;
  /** Above this many rows shown, only the rows in view are rendered. */
  virtualThreshold = 200;
  /** The column the rows are sorted by (code, deviation or status) and which way; unset for document order. */
  sort?: SortState;

  /** Every SLA of the dataset, in document order, formatted. */
  private allRows: SlaRow[] = [];
  /** The rows the filter keeps, in the order shown. */
  private shownRows: SlaRow[] = [];
  private shownColumns: SlaColumn[] = [];
  private caption = { summary: '', details: [] as string[] };
  private readonly rowsOf = memoize(slaRows);
  private readonly captionOf = memoize(slaCaption);
  private readonly arrange = memoize((rows: SlaRow[], filter?: string, sort?: SortState) =>
    arrangeRows(rows, parseFilter(filter), sort),
  );
  private readonly columnsOf = memoize(parseColumns);
  private readonly marks = new ChangeMarks(this);
  /** Row height is an estimate (the mean of the rows rendered), since labels wrap. */
  private readonly virtualScroll = new VirtualScroll(this, {
    rows: () => this.shownRows.length,
    virtual: () => this.virtualised,
    rowSelector: 'tbody tr[aria-rowindex]',
    overscan: 8,
  });

  /** True when only the rows in view are rendered. */
  get virtualised(): boolean {
    return this.shownRows.length > this.virtualThreshold;
  }

  protected isEmpty(dataset: SlaDataset): boolean {
    return dataset.items.length === 0;
  }

  private margin(dataset: SlaDataset): number | undefined {
    const margin = this.atRiskMargin;
    return typeof margin === 'number' && Number.isFinite(margin) && margin >= 0
      ? margin
      : dataset.atRiskMargin;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const dataset = this.current;
    if (!dataset) return;
    const rows = this.rowsOf(dataset, this.locale, this.margin(dataset));
    const previous = (changed as Map<PropertyKey, unknown>).get('current');
    if (previous && rows !== this.allRows) this.markChanges(this.allRows, rows);
    this.allRows = rows;
    this.caption = this.captionOf(rows, dataset, this.document, this.locale);
    this.shownRows = this.arrange(rows, this.filter, this.sort);
    this.shownColumns = this.columnsOf(this.columns);
  }

  /** A live update: marks the cells that changed, and announces the SLAs whose status changed. */
  private markChanges(before: readonly SlaRow[], after: readonly SlaRow[]): void {
    const { cells, statusChanges } = diffRows(before, after);
    this.marks.mark(cells);
    if (!statusChanges.length) return;
    const changes = statusChanges.map((row) => this.t('change', { code: row.code, status: row.statusText }));
    this.announcer.announce(this.t('changed', { changes: changes.join('; ') }));
  }

  /**
   * Sorts by a column (code, deviation or status) in the direction given; without one, a column
   * goes ascending, then descending, then back to document order. Screen readers are told.
   */
  sortBy(column: string, direction?: SortDirection): void {
    this.sort = direction ? { column, direction } : nextSort(this.sort, column);
    this.announcer.reply(sortAnnouncement(this.sort, this.t(`column.${column}`), this.locale));
  }

  /** Saves every SLA, in document order, as a CSV file named after the title (Italian dialect on Italian pages). */
  downloadCsv(): void {
    if (this.current)
      saveCsv(slaCsvRows(this.current, this.allRows, this.locale), this.locale, this.current.title);
  }

  private t(key: string, params?: Record<string, string | number>): string {
    return translate(slaMessages, this.locale, key, params);
  }

  private renderRow(row: SlaRow, index?: number) {
    return slaRow(
      row,
      this.shownColumns,
      (column) => this.t(`column.${column}`),
      (column) => this.marks.has(cellKey(row.code, column)),
      index,
    );
  }

  private renderBodies() {
    const { shownRows: rows, shownColumns: columns } = this;
    if (!rows.length) {
      return html`<tbody>
        <tr part="row">
          <td part="cell" class="no-match" colspan=${columns.length}>${this.t('noMatch')}</td>
        </tr>
      </tbody>`;
    }
    if (!this.virtualised) {
      return html`<tbody>
        ${repeat(
          rows,
          (row) => row.code,
          (row) => this.renderRow(row),
        )}
      </tbody>`;
    }
    const { start, end, offset, after } = this.virtualScroll.window;
    // aria-rowindex counts the header row as 1, so the first SLA is row 2.
    return html`${virtualSpacer(offset, columns.length)}
      <tbody>
        ${repeat(
          rows.slice(start, end),
          (row) => row.code,
          (row, k) => this.renderRow(row, start + k + 2),
        )}
      </tbody>
      ${virtualSpacer(after, columns.length)}`;
  }

  protected renderReady(dataset: SlaDataset) {
    const { caption, shownColumns: columns, shownRows, allRows, virtualised } = this;
    const sortBy = (column: SlaColumn) => this.sortBy(column);
    const table = html`<table part="table" aria-rowcount=${virtualised ? shownRows.length + 1 : nothing}>
      <caption part="caption">
        <span class="title" id="title">${dataset.title}</span>
        <span class="summary">${caption.summary}</span>
        ${
          shownRows.length !== allRows.length
            ? html`<span class="details"
                >${this.t('shown', { shown: shownRows.length, total: allRows.length })}</span
              >`
            : nothing
        }
        ${caption.details.length ? html`<span class="details">${caption.details.join(' · ')}</span>` : nothing}
      </caption>
      <colgroup>
        ${columns.map((column) => html`<col class=${column} />`)}
      </colgroup>
      <thead>
        <tr aria-rowindex=${virtualised ? 1 : nothing}>
          ${columns.map((column) => slaHeader(column, this.t(`column.${column}`), this.sort, sortBy))}
        </tr>
      </thead>
      ${this.renderBodies()}
    </table>`;
    return html`${
        virtualised
          ? html`<div
              class="scroller"
              part="scroller"
              role="region"
              aria-labelledby="title"
              tabindex="0"
              ${ref(this.virtualScroll.attach)}
            >
              ${table}
            </div>`
          : table
      }
      <div class="actions">${downloadCsvButton(this.locale, () => this.downloadCsv())}</div>`;
  }
}
