import { seriesKind } from '@cst/schema';
import type { SeriesDataset } from '@cst/schema';
import { type PropertyDeclarations, type PropertyValues, html, nothing } from 'lit';
import { styleProps } from '../core/style-props.js';
import { CstElement } from '../core/base-element.js';
import { downloadCsvButton, saveCsv } from '../core/csv-download.js';
import { translate } from '../core/i18n.js';
import { memoize } from '../core/memo.js';
import { coreText } from '../core/messages.js';
import { SizeController } from '../core/size.js';
import { describeTrend } from './description.js';
import { type PlotHandlers, legend, plot } from './plot.js';
import { type PointRef, clampPoint, keyMove, pointAt, pointPosition, pointText } from './points.js';
import { type Prepared, type TrendView, prepare } from './prepare.js';
import { csvRows, dataRows } from './rows.js';
import { type DataPage, dataPage, dataTableWithPager } from './table.js';
import { trendMessages } from './trend-line.messages.js';
import { type TrendModel, trendModel } from './trend-line.model.js';
import { trendLineStyles } from './trend-line.styles.js';

/**
 * One or more series over years, dates or times: axes, legend, thresholds and annotations; a
 * description in words; the data as a paginated table and as CSV; one tab stop with arrow keys
 * between points. Large series are drawn min/max per pixel column; words, table and CSV keep every point.
 *
 * @summary A trend line: credentials by year, uptime by day.
 * @csspart base - The frame around every state.
 * @csspart title - The chart title.
 * @csspart legend - The legend.
 * @csspart plot - The SVG plot (the element's one tab stop).
 * @csspart axis - Each axis.
 * @csspart threshold - A reference line, such as an SLA target.
 * @csspart annotation - A labelled moment on the x axis.
 * @csspart tooltip - The value at the pointer or the keyboard focus.
 * @csspart table - The data table and its pager.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error message.
 * @csspart empty - The empty message.
 * @csspart stale - The badge that says the data is not up to date.
 * @cssproperty --cst-trend-line-min-height - Height reserved while loading (default 20rem).
 * @cssproperty --cst-trend-line-stroke-width - Line width (default 2px).
 * @cssproperty --cst-trend-line-area-opacity - Opacity of the area fill (default 0.15).
 * @cssproperty --cst-trend-line-grid-color - Grid lines.
 * @cssproperty --cst-trend-line-threshold-color - Threshold lines and labels.
 * @cssproperty --cst-trend-line-tooltip-background - Tooltip background.
 * @fires cst-data - New data was accepted.
 * @fires cst-error - Data could not be shown; the detail says why.
 */
export class CstTrendLine extends CstElement<'series'> {
  static override styles = [...CstElement.styles, trendLineStyles];
  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    area: { type: Boolean },
    markers: { type: Boolean, reflect: true },
    height: { type: Number },
    active: { attribute: false },
    focused: { attribute: false },
    hovering: { attribute: false },
    tableOpen: { attribute: false },
    page: { attribute: false },
  };
  protected readonly kinds = [seriesKind] as const;

  /** "cumulative" plots running sums of a dataset marked `cumulative` (per-period amounts). */
  view: TrendView = 'period';
  /** Fill the area under each line. */
  area = false;
  /** Show a marker on every point (short series; always shown in print). */
  markers = false;
  /** Height of the plot in CSS pixels. */
  height = 260;

  /** The point the keyboard or the pointer is on. */
  private active?: PointRef;
  private focused = false;
  private hovering = false;
  private tableOpen = false;
  /** The page of the data table shown. */
  private page = 0;

  private readonly size = new SizeController(this);
  private prepared?: Prepared;
  private model?: TrendModel;
  private description = '';
  /** The active point's words and place, while the plot has focus or the pointer. */
  private spot?: ReturnType<typeof pointPosition> & { text: string };
  /** The page of the data table shown, while it is open. */
  private tablePage?: DataPage;
  private readonly describe = memoize(describeTrend);
  private readonly draw = memoize(
    (prepared: Prepared, locale: string, width: number, height: number, area: boolean) =>
      width > 0 ? trendModel(prepared, { width, height, locale, area }) : undefined,
  );
  private readonly tableRowsOf = memoize(dataRows);
  private readonly pageOf = memoize((prepared: Prepared, page: number, locale: string): DataPage =>
    dataPage(
      prepared.dataset,
      this.tableRowsOf(prepared),
      prepared.series.reduce((sum, s) => sum + s.n, 0),
      page,
      locale,
    ),
  );

  protected isEmpty(dataset: SeriesDataset): boolean {
    return dataset.series.every((s) => s.points.length === 0);
  }

  private t(key: string, params?: Record<string, string>): string {
    return translate(trendMessages, this.locale, key, params);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const dataset = this.current;
    if (!dataset || this.viewState !== 'ready') return;
    const view: TrendView = dataset.cumulative && this.view === 'cumulative' ? 'cumulative' : 'period';
    let prepared = this.prepared;
    // Not memoized: prepare() reuses the previous buffers, and reads only appended points.
    if (dataset !== prepared?.dataset || view !== prepared.view) {
      prepared = this.prepared = prepare(dataset, view, prepared);
      if (prepared.appended > 0)
        this.announcer.announce(this.t('appended', { count: String(prepared.appended) }));
      this.active = clampPoint(this.active, prepared);
    }
    this.description = this.describe(prepared, this.locale);
    this.model = this.draw(prepared, this.locale, this.size.measure(), this.height, this.area);
    const { active, model } = this;
    this.spot =
      active && model && (this.focused || this.hovering)
        ? { ...pointPosition(prepared, model, active), text: pointText(prepared, active, this.locale) }
        : undefined;
    // On paper, where no button opens it, the table goes with the line when one page holds it.
    const page =
      this.tableOpen || this.size.printing ? this.pageOf(prepared, this.page, this.locale) : undefined;
    this.tablePage = this.tableOpen || page?.pages === 1 ? page : undefined;
  }

  /** Saves every point (not only the drawn ones) as a CSV file named after the title, one row per x. */
  downloadCsv(): void {
    const prepared = this.prepared;
    if (!prepared) return;
    const rows = csvRows(prepared.dataset, this.tableRowsOf(prepared));
    saveCsv(rows, this.locale, prepared.dataset.title);
  }

  /** Makes a point the active one and says it. */
  private activate(point: PointRef): void {
    this.active = point;
    this.announcer.reply(pointText(this.prepared!, point, this.locale));
  }

  /** One set of plot handlers, so the listeners stay the same across updates. */
  private readonly plotHandlers: PlotHandlers = {
    onKey: (event) => {
      const next = this.prepared && keyMove(event.key, this.active, this.prepared);
      if (!next) return;
      event.preventDefault();
      this.activate(next);
    },
    onFocus: () => {
      this.focused = true;
      const first = this.active ?? (this.prepared && keyMove('End', undefined, this.prepared));
      if (first) this.activate(first);
    },
    onBlur: () => (this.focused = false),
    onPointer: (event) => {
      const { model, prepared } = this;
      if (!model || !prepared) return;
      const box = (event.currentTarget as Element).getBoundingClientRect();
      this.hovering = true;
      this.active =
        pointAt(prepared, model, event.clientX - box.left, event.clientY - box.top) ?? this.active;
    },
    onLeave: () => (this.hovering = false),
  };

  protected renderReady(dataset: SeriesDataset) {
    const { model, spot, tablePage } = this;
    return html`<figure class="chart">
      <figcaption part="title" class="title">${dataset.title}</figcaption>
      ${legend(dataset)}
      <div class="plot-box" style=${styleProps({ height: `${this.height}px` })}>
        ${model ? plot(model, dataset.title, this.plotHandlers, spot, this.size.estimated) : nothing}
        ${
          spot
            ? html`<div
                part="tooltip"
                class="tooltip"
                aria-hidden="true"
                style=${styleProps({ left: `${spot.x}px`, top: `${spot.y}px` })}
              >
                ${spot.text}
              </div>`
            : nothing
        }
      </div>
      <p id="description" class="visually-hidden">${this.description} ${this.t('keys')}</p>
      <div class="tools">
        <button
          class="link"
          aria-expanded=${this.tableOpen ? 'true' : 'false'}
          aria-controls="data"
          @click=${() => (this.tableOpen = !this.tableOpen)}
        >
          ${coreText(this.locale, this.tableOpen ? 'hideData' : 'showData')}
        </button>
        ${downloadCsvButton(this.locale, () => this.downloadCsv())}
      </div>
      ${tablePage ? dataTableWithPager(tablePage, this.locale, (page) => (this.page = page)) : nothing}
    </figure>`;
  }
}
