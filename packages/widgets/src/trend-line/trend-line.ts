import { seriesKind } from '@cst/schema';
import type { SeriesDataset } from '@cst/schema';
import { type PropertyDeclarations, type PropertyValues, html, nothing } from 'lit';
import { styleProps } from '../core/style-props.js';
import { CstElement } from '../core/base-element.js';
import { csvFileName, toCsv } from '../core/csv.js';
import { downloadText } from '../core/download.js';
import { formatValue } from '../core/format.js';
import { translate } from '../core/i18n.js';
import { coreText } from '../core/messages.js';
import { describeTrend } from './description.js';
import { type PlotHandlers, SHAPES, plot, seriesClass } from './plot.js';
import { type Prepared, type TrendView, nearestIndex, prepare, xAt, yAt } from './prepare.js';
import { SizeController } from '../core/size.js';
import { type DataRow, csvRows, dataRows } from './rows.js';
import { dataTable } from './table.js';
import { trendMessages } from './trend-line.messages.js';
import { type TrendModel, formatX, seriesFormat, trendModel } from './trend-line.model.js';
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
    said: { attribute: false },
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

  private active?: { series: number; index: number };
  private focused = false;
  private hovering = false;
  private tableOpen = false;
  private page = 0;
  private said = '';

  private readonly size = new SizeController(this);
  private prepared?: Prepared;
  private model?: TrendModel;
  private description = '';
  private rows?: DataRow[];
  private modelKey: unknown[] = [];

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
    const previous = this.prepared;
    if (dataset !== previous?.dataset || view !== previous.view) {
      this.prepared = prepare(dataset, view, previous);
      this.rows = undefined;
      if (this.prepared.appended > 0)
        this.announcer.announce(this.t('appended', { count: String(this.prepared.appended) }));
      this.clampActive();
    }
    const key = [this.prepared, this.locale, this.size.measure(), this.height, this.area];
    if (key.some((part, i) => part !== this.modelKey[i])) {
      // The words do not depend on the size: a resize redraws without describing again.
      if (key[0] !== this.modelKey[0] || key[1] !== this.modelKey[1])
        this.description = describeTrend(this.prepared!, this.locale);
      this.modelKey = key;
      this.model =
        this.size.width > 0
          ? trendModel(this.prepared!, {
              width: this.size.width,
              height: this.height,
              locale: this.locale,
              area: this.area,
            })
          : undefined;
    }
  }

  private clampActive(): void {
    const series = this.prepared!.series;
    if (!this.active) return;
    const s = Math.min(this.active.series, series.length - 1);
    this.active =
      s < 0 || series[s]!.n === 0
        ? undefined
        : { series: s, index: Math.min(this.active.index, series[s]!.n - 1) };
  }

  private pointText(series: number, index: number): string {
    const p = this.prepared!;
    const s = p.series[series]!;
    const y = yAt(s, index);
    return this.t('point', {
      series: s.label,
      x: formatX(s.points[index]![0], p.dataset.x.type, this.locale),
      y: y === y ? formatValue(y, seriesFormat(p.dataset, s.format), this.locale) : this.t('gap'),
    });
  }

  private moveTo(series: number, index: number): void {
    const s = this.prepared!.series[series]!;
    const i = Math.max(0, Math.min(s.n - 1, index));
    this.active = { series, index: i };
    this.said = this.pointText(series, i);
  }

  private onKey(event: KeyboardEvent): void {
    const p = this.prepared;
    if (!p) return;
    const current = this.active ?? { series: 0, index: p.series[0]!.n - 1 };
    const { series, index } = current;
    const n = p.series[series]!.n;
    const page = Math.max(1, Math.round(n / 10));
    const moves: Record<string, () => void> = {
      ArrowRight: () => this.moveTo(series, index + 1),
      ArrowLeft: () => this.moveTo(series, index - 1),
      Home: () => this.moveTo(series, 0),
      End: () => this.moveTo(series, n - 1),
      PageDown: () => this.moveTo(series, index + page),
      PageUp: () => this.moveTo(series, index - page),
      ArrowDown: () => this.switchSeries(current, 1),
      ArrowUp: () => this.switchSeries(current, -1),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  }

  private switchSeries({ series, index }: { series: number; index: number }, step: number): void {
    const all = this.prepared!.series;
    let next = series + step;
    while (all[next] && all[next]!.n === 0) next += step;
    if (!all[next]) return this.moveTo(series, index);
    const x = xAt(all[series]!, index);
    this.moveTo(next, nearestIndex(all[next]!, x));
  }

  private onFocus(): void {
    this.focused = true;
    const p = this.prepared;
    if (!this.active && p?.series[0]?.n) this.moveTo(0, p.series[0].n - 1);
    else if (this.active) this.said = this.pointText(this.active.series, this.active.index);
  }

  /** One set of plot handlers, so the listeners stay the same across updates. */
  private readonly plotHandlers: PlotHandlers = {
    onKey: (event) => this.onKey(event),
    onFocus: () => this.onFocus(),
    onBlur: () => (this.focused = false),
    onPointer: (event) => this.onPointer(event),
    onLeave: () => (this.hovering = false),
  };

  private onPointer(event: PointerEvent): void {
    const { model, prepared } = this;
    if (!model || !prepared) return;
    const box = (event.currentTarget as Element).getBoundingClientRect();
    const [px, py] = [event.clientX - box.left, event.clientY - box.top];
    const x = model.x.invert(px);
    let best: { series: number; index: number; distance: number } | undefined;
    prepared.series.forEach((s, series) => {
      if (s.n === 0) return;
      const index = nearestIndex(s, x);
      const y = yAt(s, index);
      const distance = Math.abs(model.x(xAt(s, index)) - px) + (y === y ? Math.abs(model.y(y) - py) : 1e6);
      if (!best || distance < best.distance) best = { series, index, distance };
    });
    this.hovering = true;
    if (best) this.active = { series: best.series, index: best.index };
  }

  private downloadCsv(): void {
    const p = this.prepared!;
    this.rows ??= dataRows(p);
    downloadText(toCsv(csvRows(p.dataset, this.rows), this.locale), csvFileName(p.dataset.title));
  }

  private activeXY(): { x: number; y: number; series: number } | undefined {
    const { active, model, prepared } = this;
    if (!active || !model || !prepared || !(this.focused || this.hovering)) return undefined;
    const s = prepared.series[active.series]!;
    const y = yAt(s, active.index);
    return {
      x: model.x(xAt(s, active.index)),
      y: y === y ? model.y(y) : model.y(model.y.domain[0]),
      series: active.series,
    };
  }

  protected renderReady(dataset: SeriesDataset) {
    const { model, prepared } = this;
    const spot = this.activeXY();
    const points = prepared?.series.reduce((sum, s) => sum + s.n, 0) ?? 0;
    if (this.tableOpen && prepared) this.rows ??= dataRows(prepared);
    return html`<figure class="chart">
        <figcaption part="title" class="title">${dataset.title}</figcaption>
        <ul part="legend" class="legend" aria-hidden="true">
          ${dataset.series.map(
            (s, i) =>
              html`<li>
                <svg width="28" height="12" focusable="false">
                  <g class=${seriesClass(i)}>
                    <line class="line" x1="1" x2="27" y1="6" y2="6"></line>
                    <path class="key" d=${SHAPES[i % 4]} transform="translate(14 6)"></path>
                  </g></svg
                >${s.label}
              </li>`,
          )}
        </ul>
        <div class="plot-box" style=${styleProps({ height: `${this.height}px` })}>
          ${model ? plot(model, dataset.title, this.plotHandlers, spot) : nothing}
          ${
            spot && this.active
              ? html`<div
                  part="tooltip"
                  class="tooltip"
                  aria-hidden="true"
                  style=${styleProps({ left: `${spot.x}px`, top: `${spot.y}px` })}
                >
                  ${this.pointText(this.active.series, this.active.index)}
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
          <button class="link" @click=${this.downloadCsv}>${coreText(this.locale, 'downloadCsv')}</button>
        </div>
        ${
          this.tableOpen && this.rows
            ? dataTable(dataset, this.rows, points, this.page, this.locale, (page) => (this.page = page))
            : nothing
        }
      </figure>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.said}</div>`;
  }
}
