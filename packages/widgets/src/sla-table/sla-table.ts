import { slaKind } from '@cst/schema';
import type { SlaDataset } from '@cst/schema';
import { type PropertyDeclarations, type PropertyValues, html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import { CstElement } from '../core/base-element.js';
import { scrollerStyles } from '../core/scroller.styles.js';
import { csvFileName, toCsv } from '../core/csv.js';
import { downloadText } from '../core/download.js';
import { translate } from '../core/i18n.js';
import { coreText } from '../core/messages.js';
import { VirtualScroll } from '../core/virtual-scroll.js';
import { slaMessages } from './sla-table.messages.js';
import {
  type SlaColumn,
  type SlaRow,
  type SlaSort,
  type SlaSortKey,
  SORTABLE_COLUMNS,
  arrangeRows,
  diffRows,
  parseColumns,
  parseFilter,
  slaCaption,
  slaCsvRows,
  slaRows,
} from './sla-table.model.js';
import { slaTableStyles } from './sla-table.styles.js';
import { NUMERIC, slaRow, slaSpacer } from './sla-table.templates.js';

/** How long a changed cell stays marked. */
const MARK_MS = 2000;

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
 * @cssproperty --cst-sla-table-changed-background - Highlight of a cell that just changed.
 * @cssproperty --cst-sla-table-met-color - Colour of the met icon.
 * @cssproperty --cst-sla-table-at-risk-color - Colour of the at-risk icon and row mark.
 * @cssproperty --cst-sla-table-breached-color - Colour of the breached icon and row mark.
 * @fires cst-data - New data was accepted.
 * @fires cst-error - Data could not be shown; the detail says why.
 */
export class CstSlaTable extends CstElement<'sla'> {
  static override styles = [...CstElement.styles, scrollerStyles, slaTableStyles];
  static override properties: PropertyDeclarations = {
    columns: {},
    filter: {},
    atRiskMargin: { attribute: 'at-risk-margin', type: Number },
    virtualThreshold: { attribute: 'virtual-threshold', type: Number },
    sort: { attribute: false },
    changed: { attribute: false },
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

  /** The column the rows are sorted by, if any (document order otherwise). */
  sort?: SlaSort;
  private changed = new Map<string, Set<SlaColumn>>();

  private rows: SlaRow[] = [];
  private visible: SlaRow[] = [];
  private shownColumns: SlaColumn[] = [];
  private caption = { summary: '', details: [] as string[] };
  /** Row height is an estimate (the mean of the rows rendered), since labels wrap. */
  private virtualScroll = new VirtualScroll(this, {
    rows: () => this.visible.length,
    virtual: () => this.virtualised,
    rowSelector: 'tbody tr[aria-rowindex]',
    overscan: 8,
  });
  private rowsKey: unknown[] = [];
  private markTimer?: ReturnType<typeof setTimeout>;

  /** True when only the rows in view are rendered. */
  get virtualised(): boolean {
    return this.visible.length > this.virtualThreshold;
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
    const key = [dataset, this.locale, this.margin(dataset), this.document];
    const fresh = key.some((part, i) => part !== this.rowsKey[i]);
    if (fresh) {
      this.rowsKey = key;
      this.rows = slaRows(dataset, this.locale, this.margin(dataset));
      this.caption = slaCaption(this.rows, dataset, this.document, this.locale);
    }
    if (fresh || changed.has('filter') || changed.has('sort')) {
      this.visible = arrangeRows(this.rows, parseFilter(this.filter), this.sort);
    }
    if (changed.has('columns') || !this.shownColumns.length) this.shownColumns = parseColumns(this.columns);
  }

  protected override datasetChanged(previous: SlaDataset | undefined, next: SlaDataset): void {
    if (!previous) return;
    const before = slaRows(previous, this.locale, this.margin(previous));
    const after = slaRows(next, this.locale, this.margin(next));
    const { cells, statusChanges } = diffRows(before, after);
    if (statusChanges.length) {
      const changes = statusChanges.map((row) =>
        this.t('change', { code: row.code, status: row.statusText }),
      );
      this.announcer.announce(this.t('changed', { changes: changes.join('; ') }));
    }
    if (!cells.size) return;
    this.changed = cells;
    clearTimeout(this.markTimer);
    this.markTimer = setTimeout(() => (this.changed = new Map()), MARK_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.markTimer);
    this.changed = new Map();
  }

  /** Sorts by a column; the same column again flips the direction. */
  sortBy(key: SlaSortKey, direction?: SlaSort['direction']): void {
    const flip = this.sort?.key === key && this.sort.direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = { key, direction: direction ?? flip };
  }

  /** The data as CSV text (Italian dialect in Italian pages): every SLA, in document order. */
  toCsv(): string {
    const dataset = this.current;
    if (!dataset) return '';
    const rows = slaRows(dataset, this.locale, this.margin(dataset));
    return toCsv(slaCsvRows(dataset, rows, this.locale), this.locale);
  }

  /** Saves the data as a CSV file named after the dataset title. */
  download(): void {
    if (this.current) downloadText(this.toCsv(), csvFileName(this.current.title));
  }

  private t(key: string, params?: Record<string, string | number>): string {
    return translate(slaMessages, this.locale, key, params);
  }

  private renderHeader(column: SlaColumn) {
    const name = this.t(`column.${column}`);
    const sortable = (SORTABLE_COLUMNS as readonly string[]).includes(column);
    const sorted = this.sort?.key === column ? this.sort.direction : undefined;
    const cls = `${sortable ? 'sortable' : ''} ${NUMERIC.has(column) ? 'num' : ''}`;
    if (!sortable) return html`<th scope="col" part="header" class=${cls}>${name}</th>`;
    return html`<th scope="col" part="header" class=${cls} aria-sort=${sorted ?? nothing}>
      <button type="button" part="sort-button" @click=${() => this.sortBy(column as SlaSortKey)}>
        ${name}<span class="arrow" part="sort-icon" aria-hidden="true"
          >${sorted === 'ascending' ? '▲' : sorted ? '▼' : '↕'}</span
        >
      </button>
    </th>`;
  }

  private renderRow(row: SlaRow, columns: SlaColumn[], index?: number) {
    const label = (column: SlaColumn) => this.t(`column.${column}`);
    return slaRow(row, columns, label, this.changed.get(row.code), index);
  }

  private renderBody(columns: SlaColumn[]) {
    const visible = this.visible;
    if (!visible.length) {
      return html`<tr part="row">
        <td part="cell" class="no-match" colspan=${columns.length}>${this.t('noMatch')}</td>
      </tr>`;
    }
    if (!this.virtualised)
      return repeat(
        visible,
        (row) => row.code,
        (row) => this.renderRow(row, columns),
      );
    const { start, end, offset } = this.virtualScroll.window;
    const after = (visible.length - end) * this.virtualScroll.rowHeight;
    // aria-rowindex counts the header row as 1, so the first SLA is row 2.
    return html`${slaSpacer(offset, columns.length)}${repeat(
      visible.slice(start, end),
      (row) => row.code,
      (row, k) => this.renderRow(row, columns, start + k + 2),
    )}${slaSpacer(after, columns.length)}`;
  }

  protected renderReady(dataset: SlaDataset) {
    const { caption, shownColumns: columns, virtualised } = this;
    const filtered = this.visible.length !== this.rows.length;
    const table = html`<table part="table" aria-rowcount=${virtualised ? this.visible.length + 1 : nothing}>
      <caption part="caption">
        <span class="title" id="title">${dataset.title}</span>
        <span class="summary">${caption.summary}</span>
        ${
          filtered
            ? html`<span class="details"
                >${this.t('shown', { shown: this.visible.length, total: this.rows.length })}</span
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
          ${columns.map((column) => this.renderHeader(column))}
        </tr>
      </thead>
      <tbody>
        ${this.renderBody(columns)}
      </tbody>
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
      <div class="actions">
        <button type="button" class="link" part="download" @click=${() => this.download()}>
          ${coreText(this.locale, 'downloadCsv')}
        </button>
      </div>`;
  }
}
