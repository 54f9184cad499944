import { tableKind } from '@cst/schema';
import type { TableDataset } from '@cst/schema';
import { type PropertyDeclarations, type PropertyValues, html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { CstElement } from '../core/base-element.js';
import { downloadCsvButton, saveCsv } from '../core/csv-download.js';
import { memoize } from '../core/memo.js';
import { scrollerStyles } from '../core/scroller.styles.js';
import {
  type SortDirection,
  type SortState,
  nextSort,
  sortAnnouncement,
  sortButton,
  sortDirectionOf,
  sortStyles,
} from '../core/sort.js';
import { VirtualScroll, virtualSpacer } from '../core/virtual-scroll.js';
import { dataTableCsv } from './data-table.csv.js';
import {
  type CellView,
  type HeaderCellView,
  type RowView,
  type TableModel,
  columnName,
  dataTableModel,
} from './data-table.model.js';
import { dataTableStyles } from './data-table.styles.js';

const MARKERS = { up: '▲', down: '▼' } as const;

/** A word no column could hold: its cell may break it anywhere (see the styles). */
const LONG_WORD = /\S{30,}/;

/** Body lines of a model: per section, its group's label line (if any) and its rows (and subtotal). */
const bodyLines = (model: TableModel) =>
  model.sections.reduce((n, section) => n + section.rows.length + (section.group ? 1 : 0), 0);

/**
 * A typed table of a report: counts, amounts, percents and deltas (sign and ▲/▼, never colour
 * alone), grouped rows with subtotals, column groups, totals, sortable columns (groups stay
 * together), stacked rows in narrow containers, CSV download.
 *
 * Above `virtual-threshold` body lines (rows, group labels and subtotals; default 200) the table
 * sits in a scrolling region with a tab stop (Tab into it; arrows, Page Up/Down, Home and End
 * scroll) and only the lines in view are in the DOM. The table then carries `aria-rowcount` and
 * every rendered row its `aria-rowindex`; sorting and CSV still cover every row.
 *
 * @summary A data table: tickets, usage by category, payments by entity.
 * @csspart base - The frame around every state.
 * @csspart table - The table.
 * @csspart caption - The title.
 * @csspart row - A body row; subtotal and total lines also have `subtotal` / `total`.
 * @csspart cell - A cell.
 * @csspart delta - A delta value with its marker.
 * @csspart sort-button - The button in a sortable column header.
 * @csspart sort-icon - The sort arrow in a sortable column header (hidden in print).
 * @csspart download - The CSV download button.
 * @csspart scroller - The scrolling region around a large table.
 * @csspart note - The dataset's note.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error message.
 * @csspart empty - The empty message.
 * @csspart stale - The badge that says the data is not up to date.
 * @cssproperty --cst-data-table-min-height - Height reserved while loading (default 12rem).
 * @cssproperty --cst-data-table-max-height - Height of the scrolling region of a large table (default 32em).
 * @cssproperty --cst-data-table-header-background - Header background.
 * @cssproperty --cst-data-table-stripe - Background of every other row (default none).
 * @cssproperty --cst-data-table-up-color - Colour of a rise.
 * @cssproperty --cst-data-table-down-color - Colour of a fall.
 * @fires cst-data - New data was accepted.
 * @fires cst-error - Data could not be shown; the detail says why.
 */
export class CstDataTable extends CstElement<'table'> {
  static override styles = [...CstElement.styles, scrollerStyles, sortStyles, dataTableStyles];
  static override properties: PropertyDeclarations = {
    sort: { attribute: false },
    virtualThreshold: { attribute: 'virtual-threshold', type: Number },
  };
  protected readonly kinds = [tableKind] as const;

  /** The column the rows are sorted by, and which way; unset for the report's order. */
  sort?: SortState;
  /** Above this many body lines, only the lines in view are rendered. */
  virtualThreshold = 200;
  private model?: TableModel;
  private readonly modelOf = memoize(dataTableModel);
  /** Body lines: a group's label line, then its rows (and subtotal), per section. */
  private lineCount = 0;
  /** Row height is an estimate (the mean of the rows rendered), since cells wrap. */
  private readonly virtualScroll = new VirtualScroll(this, {
    rows: () => this.lineCount,
    virtual: () => this.virtualised,
    rowSelector: 'tbody tr[aria-rowindex]',
    overscan: 8,
  });

  /** True when only the lines in view are rendered. */
  get virtualised(): boolean {
    return this.lineCount > this.virtualThreshold;
  }

  protected isEmpty(table: TableDataset): boolean {
    return table.rows.length === 0 || table.columns.length === 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.current) return;
    const model = this.modelOf(this.current, this.locale, this.sort);
    if (model === this.model) return;
    this.model = model;
    this.lineCount = bodyLines(model);
  }

  /**
   * Sorts by a column in the direction given; without one, a column goes ascending, then
   * descending, then back to the report's order. Groups stay together. Screen readers are told.
   */
  sortBy(column: string, direction?: SortDirection): void {
    this.sort = direction ? { column, direction } : nextSort(this.sort, column);
    const col = this.current?.columns.find((c) => c.id === column);
    const name = col ? columnName(col) : column;
    this.announcer.reply(sortAnnouncement(this.sort, name, this.locale));
  }

  /** Saves the table, in the order shown, as a CSV file named after its title (Italian dialect on Italian pages). */
  downloadCsv(): void {
    const table = this.current;
    if (table) saveCsv(dataTableCsv(table, this.locale, this.sort), this.locale, table.title);
  }

  private renderHeader(cell: HeaderCellView) {
    const { column } = cell;
    const direction = column === undefined ? undefined : sortDirectionOf(this.sort, column);
    return html`<th
      role=${cell.scope === 'col' ? 'columnheader' : nothing}
      scope=${cell.scope}
      colspan=${cell.colspan > 1 ? cell.colspan : nothing}
      rowspan=${cell.rowspan > 1 ? cell.rowspan : nothing}
      aria-sort=${direction ?? nothing}
      class="${cell.numeric ? 'num' : ''} ${LONG_WORD.test(cell.text) ? 'long' : ''}"
    >
      ${column === undefined ? cell.text : sortButton(cell.text, direction, () => this.sortBy(column))}
    </th>`;
  }

  private renderCell(cell: CellView) {
    const value = cell.trend
      ? html`<span part="delta" class=${cell.trend}
          ><span class="marker" aria-hidden="true">${MARKERS[cell.trend]}</span>${cell.text}</span
        >`
      : cell.text;
    const long = LONG_WORD.test(cell.text) ? 'long' : '';
    return cell.header
      ? html`<th role="rowheader" scope="row" part="cell" class=${long}>${value}</th>`
      : html`<td
          role="cell"
          part="cell"
          class="${cell.numeric ? 'num' : ''} ${long}"
          data-label=${cell.label}
        >
          ${value}
        </td>`;
  }

  private renderRow(row: RowView, index?: number) {
    return html`<tr
      role="row"
      part="row ${row.kind === 'row' ? '' : row.kind}"
      class=${row.kind}
      aria-rowindex=${index ?? nothing}
    >
      ${row.cells.map((cell) => this.renderCell(cell))}
    </tr>`;
  }

  /** The sections, cut to the window when virtualised; aria-rowindex counts header rows first. */
  private renderBodies(model: TableModel, width: number) {
    const virtual = this.virtualised;
    const { start, end, offset, after } = this.virtualScroll.window;
    const head = model.headerRows.length;
    const index = (line: number) => (virtual ? head + line + 1 : undefined);
    const bodies: unknown[] = [];
    let line = 0;
    for (const section of model.sections) {
      const first = line;
      const grouped = section.group !== undefined;
      line += section.rows.length + (grouped ? 1 : 0);
      if (line <= start || first >= end) continue;
      const rowsFrom = first + (grouped ? 1 : 0);
      const from = Math.max(0, start - rowsFrom);
      const rows = section.rows.slice(from, Math.max(0, end - rowsFrom));
      bodies.push(
        html`<tbody role="rowgroup" class=${grouped ? 'grouped' : ''}>
          ${
            grouped && first >= start
              ? html`<tr role="row" class="group" aria-rowindex=${index(first) ?? nothing}>
                  <th role="rowheader" scope="rowgroup" colspan=${width}>${section.group}</th>
                </tr>`
              : nothing
          }
          ${rows.map((row, k) => this.renderRow(row, index(rowsFrom + from + k)))}
        </tbody>`,
      );
    }
    return html`${virtualSpacer(offset, width)}${bodies}${virtualSpacer(after, width)}`;
  }

  protected renderReady(table: TableDataset) {
    const model = this.model!;
    const width = table.columns.length;
    const virtual = this.virtualised;
    const head = model.headerRows.length;
    const tableEl = html`<table
      part="table"
      role="table"
      aria-rowcount=${virtual ? head + this.lineCount + (model.total ? 1 : 0) : nothing}
    >
      <caption part="caption" id="caption">
        ${table.title}
      </caption>
      ${model.colgroups.map((span) => html`<colgroup span=${span}></colgroup>`)}
      <thead role="rowgroup">
        ${model.headerRows.map(
          (cells, i) =>
            html`<tr role="row" aria-rowindex=${virtual ? i + 1 : nothing}>
              ${cells.map((c) => this.renderHeader(c))}
            </tr>`,
        )}
      </thead>
      ${this.renderBodies(model, width)}
      ${
        model.total
          ? html`<tfoot role="rowgroup">
              ${this.renderRow(model.total, virtual ? head + this.lineCount + 1 : undefined)}
            </tfoot>`
          : nothing
      }
    </table>`;
    return html`${
        virtual
          ? html`<div
              class="wrap scroller"
              part="scroller"
              role="region"
              aria-labelledby="caption"
              tabindex="0"
              ${ref(this.virtualScroll.attach)}
            >
              ${tableEl}
            </div>`
          : html`<div class="wrap">${tableEl}</div>`
      }
      ${table.note ? html`<p part="note" class="note">${table.note}</p>` : nothing}
      <div class="actions">${downloadCsvButton(this.locale, () => this.downloadCsv())}</div>`;
  }
}
