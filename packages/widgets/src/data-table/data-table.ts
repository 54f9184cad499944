import type { TableDataset } from '@cst/schema';
import { type PropertyValues, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { CstElement } from '../core/base-element.js';
import { csvFileName, toCsv } from '../core/csv.js';
import { downloadText } from '../core/download.js';
import { translate } from '../core/i18n.js';
import { coreText } from '../core/messages.js';
import { dataTableMessages } from './data-table.messages.js';
import {
  type CellView,
  type HeaderCellView,
  type RowView,
  type SortState,
  type TableModel,
  dataTableCsv,
  dataTableModel,
} from './data-table.model.js';
import { dataTableStyles } from './data-table.styles.js';

const MARKERS = { up: '▲', down: '▼' } as const;

/**
 * A typed table of a report: counts, amounts, percents and deltas (sign and ▲/▼, never colour
 * alone), grouped rows with subtotals, column groups, totals, sortable columns (groups stay
 * together), stacked rows in narrow containers, CSV download.
 *
 * @summary A data table: tickets, usage by category, payments by entity.
 * @csspart base - The frame around every state.
 * @csspart table - The table.
 * @csspart caption - The title.
 * @csspart row - A body row; subtotal and total lines also have `subtotal` / `total`.
 * @csspart cell - A cell.
 * @csspart delta - A delta value with its marker.
 * @csspart download - The CSV download button.
 * @csspart note - The dataset's note.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error message.
 * @csspart empty - The empty message.
 * @csspart stale - The badge that says the data is not up to date.
 * @cssproperty --cst-data-table-min-height - Height reserved while loading (default 12rem).
 * @cssproperty --cst-data-table-header-background - Header background.
 * @cssproperty --cst-data-table-stripe - Background of every other row (default none).
 * @cssproperty --cst-data-table-up-color - Colour of a rise.
 * @cssproperty --cst-data-table-down-color - Colour of a fall.
 * @fires cst-data - New data was accepted.
 * @fires cst-error - Data could not be shown; the detail says why.
 */
export class CstDataTable extends CstElement<'table'> {
  static override styles = [...CstElement.styles, dataTableStyles];
  protected readonly kinds = ['table'] as const;

  /** The column the rows are sorted by, and which way; unset for the report's order. */
  @property({ attribute: false }) sort?: SortState;
  private model?: TableModel;
  private inputs?: unknown[];

  protected isEmpty(table: TableDataset): boolean {
    return table.rows.length === 0 || table.columns.length === 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const inputs = [this.current, this.locale, this.sort];
    if (!this.current || this.inputs?.every((value, i) => value === inputs[i])) return;
    this.inputs = inputs;
    this.model = dataTableModel(this.current, this.locale, this.sort);
  }

  /** The table as CSV text, in the order shown (Italian dialect on Italian pages). */
  csv(): string {
    return this.current ? toCsv(dataTableCsv(this.current, this.locale, this.sort), this.locale) : '';
  }

  private t(key: string, params?: Record<string, string>): string {
    return translate(dataTableMessages, this.locale, key, params);
  }

  /** Cycles a column through ascending, descending and the report's order. */
  private toggleSort(column: string, label: string): void {
    const direction =
      this.sort?.column !== column
        ? 'ascending'
        : this.sort.direction === 'ascending'
          ? 'descending'
          : undefined;
    this.sort = direction ? { column, direction } : undefined;
    this.announcer.announce(
      direction ? this.t('sorted', { column: label, direction: this.t(direction) }) : this.t('unsorted'),
    );
  }

  private renderHeader(cell: HeaderCellView) {
    const column = cell.column;
    const sorted = column !== undefined && this.sort?.column === column ? this.sort.direction : undefined;
    return html`<th
      role=${cell.scope === 'col' ? 'columnheader' : nothing}
      scope=${cell.scope}
      colspan=${cell.colspan > 1 ? cell.colspan : nothing}
      rowspan=${cell.rowspan > 1 ? cell.rowspan : nothing}
      aria-sort=${sorted ?? nothing}
      class=${column && this.model!.columns.find((c) => c.id === column)!.type !== 'text' ? 'num' : ''}
    >
      ${
        column
          ? html`<button class="sort" type="button" @click=${() => this.toggleSort(column, cell.text)}>
              ${cell.text}<span class="sort-icon" aria-hidden="true"
                >${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span
              >
            </button>`
          : cell.text
      }
    </th>`;
  }

  private renderCell(cell: CellView) {
    const value = cell.trend
      ? html`<span part="delta" class=${cell.trend}
          ><span class="marker" aria-hidden="true">${MARKERS[cell.trend]}</span>${cell.text}</span
        >`
      : cell.text;
    return cell.header
      ? html`<th role="rowheader" scope="row" part="cell">${value}</th>`
      : html`<td role="cell" part="cell" class=${cell.numeric ? 'num' : ''} data-label=${cell.label}>
          ${value}
        </td>`;
  }

  private renderRow(row: RowView) {
    return html`<tr role="row" part="row ${row.kind === 'row' ? '' : row.kind}" class=${row.kind}>
      ${row.cells.map((cell) => this.renderCell(cell))}
    </tr>`;
  }

  protected renderReady(table: TableDataset) {
    const model = this.model ?? dataTableModel(table, this.locale, this.sort);
    const width = table.columns.length;
    return html`<div class="wrap">
        <table part="table" role="table">
          <caption part="caption">
            ${table.title}
          </caption>
          ${model.colgroups.map((span) => html`<colgroup span=${span}></colgroup>`)}
          <thead role="rowgroup">
            ${model.headerRows.map(
              (cells) =>
                html`<tr role="row">
                  ${cells.map((c) => this.renderHeader(c))}
                </tr>`,
            )}
          </thead>
          ${model.sections.map(
            (section) =>
              html`<tbody role="rowgroup" class=${section.group !== undefined ? 'grouped' : ''}>
                ${
                  section.group !== undefined
                    ? html`<tr role="row" class="group">
                        <th role="rowheader" scope="rowgroup" colspan=${width}>${section.group}</th>
                      </tr>`
                    : nothing
                }
                ${section.rows.map((row) => this.renderRow(row))}
              </tbody>`,
          )}
          ${
            model.total
              ? html`<tfoot role="rowgroup">
                  ${this.renderRow(model.total)}
                </tfoot>`
              : nothing
          }
        </table>
      </div>
      ${table.note ? html`<p part="note" class="note">${table.note}</p>` : nothing}
      <div class="actions">
        <button
          part="download"
          class="link"
          type="button"
          @click=${() => downloadText(this.csv(), csvFileName(table.title))}
        >
          ${coreText(this.locale, 'downloadCsv')}
        </button>
      </div>`;
  }
}
