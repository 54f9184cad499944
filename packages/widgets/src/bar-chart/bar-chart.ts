import { tableKind, seriesKind } from '@cst/schema';
import type { SeriesDataset, TableDataset } from '@cst/schema';
import { type PropertyDeclarations, type PropertyValues, html, nothing, svg } from 'lit';
import { stepIndex } from '../charts/chart.keys.js';
import { chartMessages } from '../charts/chart.messages.js';
import { type ChartTable, chartData, hatchDefs } from '../charts/chart.parts.js';
import { chartStyles } from '../charts/chart.styles.js';
import { styleProps } from '../core/style-props.js';
import { CstElement } from '../core/base-element.js';
import { saveCsv } from '../core/csv-download.js';
import { translate } from '../core/i18n.js';
import { memoize } from '../core/memo.js';
import { DEFAULT_WIDTH, SizeController } from '../core/size.js';
import { type BarLayout, barLayout } from './bar-chart.layout.js';
import {
  type BarData,
  type BarSort,
  type Orientation,
  ORIENTATIONS,
  SORTS,
  barCsvRows,
  barData,
  barSummary,
  barTable,
} from './bar-chart.model.js';
import { barChartStyles } from './bar-chart.styles.js';

const list = (value: string | undefined) => value?.split(/[\s,]+/).filter(Boolean) ?? [];

/**
 * Categories as bars: a table (label column × value columns) or a series (years as categories),
 * horizontal or vertical, grouped for two or more periods, sorted, cut to the top N. One tab
 * stop, arrow keys between bars with a polite announcement, values written on the bars,
 * a text description, the data as a table and as CSV.
 *
 * @summary A bar chart: top payment services, usage by category 2015 vs 2016.
 * @csspart base - The frame around every state.
 * @csspart title - The chart title.
 * @csspart legend - The series legend (two or more series).
 * @csspart plot - The focusable plot area.
 * @csspart bar - A bar.
 * @csspart tooltip - The value of the active bar.
 * @csspart toggle - The button that shows or hides the data table.
 * @csspart table - The data table.
 * @csspart download - The CSV download button.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error message.
 * @csspart empty - The empty message.
 * @csspart stale - The badge that says the data is not up to date.
 * @cssproperty --cst-bar-chart-min-height - Height reserved while loading (default 16rem).
 * @fires cst-data - New data was accepted.
 * @fires cst-error - Data could not be shown; the detail says why.
 */
export class CstBarChart extends CstElement<'table' | 'series'> {
  static override styles = [...CstElement.styles, chartStyles, barChartStyles];
  static override properties: PropertyDeclarations = {
    orientation: { reflect: true },
    sort: {},
    top: { type: Number },
    labelColumn: { attribute: 'label-column' },
    valueColumns: { attribute: 'value-columns' },
    active: { attribute: false },
    showTable: { attribute: false },
  };
  protected readonly kinds = [tableKind, seriesKind] as const;
  protected override readonly needsFigures = true;

  /** Bars along the x axis (horizontal, the default) or standing up (vertical). */
  orientation: Orientation = 'horizontal';
  /** Order of the categories by the first value: none (as given), asc or desc. */
  sort: BarSort = 'none';
  /** Show only the first N categories (after sorting). */
  top?: number;
  /** For tables: the id of the column that names the categories (default: the first text column). */
  labelColumn?: string;
  /** For tables: ids of the columns drawn as bars, space- or comma-separated (default: the numeric columns of the first one's type). */
  valueColumns?: string;

  /** The bar under the keyboard or the pointer (-1: none). */
  private active = -1;
  private showTable = false;
  private bars?: BarData;
  private layout?: BarLayout;
  private summary = '';
  private table?: ChartTable;
  private readonly size = new SizeController(this);
  private readonly barsOf = memoize(
    (
      dataset: TableDataset | SeriesDataset,
      labelColumn?: string,
      valueColumns?: string,
      sort?: BarSort,
      top?: number,
    ) => barData(dataset, { labelColumn, valueColumns: list(valueColumns), sort, top }),
  );
  private readonly layoutOf = memoize(barLayout);
  private readonly summaryOf = memoize(barSummary);
  private readonly tableOf = memoize(barTable);

  protected isEmpty(dataset: TableDataset | SeriesDataset): boolean {
    const data = barData(dataset);
    return data.series.length === 0 || data.categories.length === 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.current) return;
    const orientation = ORIENTATIONS.includes(this.orientation) ? this.orientation : 'horizontal';
    const sort = SORTS.includes(this.sort) ? this.sort : 'none';
    const bars = this.barsOf(this.current, this.labelColumn, this.valueColumns, sort, this.top);
    // Until the width is known (on the server, hidden, or off screen) the bars are laid out at the
    // default width: their height does not depend on it, and the observer redraws them at the real width.
    this.layout = this.layoutOf(bars, orientation, this.size.measure() || DEFAULT_WIDTH, this.locale);
    this.summary = this.summaryOf(bars, orientation, this.locale);
    this.table = this.tableOf(bars, this.locale);
    this.bars = bars;
    if (this.active >= this.layout.bars.length) this.active = this.layout.bars.length - 1;
  }

  /** Saves the bars' figures, in the order drawn, as a CSV file named after the title (Italian dialect on Italian pages). */
  downloadCsv(): void {
    if (this.current && this.bars) saveCsv(barCsvRows(this.bars), this.locale, this.current.title);
  }

  private t(key: string, params?: Record<string, string | number>): string {
    return translate(chartMessages, this.locale, key, params);
  }

  /** Makes a bar the active one; from the keyboard, says which and its value. */
  private activate(index: number, say: boolean): void {
    this.active = index;
    const bar = this.layout?.bars[index];
    if (!bar || !say) return;
    const count = this.layout!.bars.length;
    this.announcer.reply(this.t('position', { label: bar.name, value: bar.text, index: index + 1, count }));
  }

  private onKey(event: KeyboardEvent): void {
    const next = stepIndex(event.key, Math.max(0, this.active), this.layout?.bars.length ?? 0);
    if (next === undefined) return;
    event.preventDefault();
    this.activate(next, true);
  }

  private renderSvg(layout: BarLayout) {
    const vertical = layout.plot.x > 0;
    const width = this.size.estimated ? '100%' : layout.width;
    return svg`<svg width=${width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}" aria-hidden="true" focusable="false">
      ${hatchDefs}
      <g class="axis">
        ${layout.ticks.map((t) =>
          vertical
            ? svg`<line x1=${layout.plot.x} x2=${layout.width} y1=${t.at} y2=${t.at}></line><text x=${layout.plot.x - 4} y=${t.at + 4} text-anchor="end">${t.text}</text>`
            : svg`<line x1=${t.at} x2=${t.at} y1="0" y2=${layout.plot.height}></line><text x=${t.at} y=${layout.plot.height + 14} text-anchor="middle">${t.text}</text>`,
        )}
      </g>
      ${layout.labels.map((l) => svg`<text class="category" x=${l.x} y=${l.y} text-anchor=${l.anchor}>${l.text}</text>`)}
      ${layout.bars.map(
        (
          b,
          i,
        ) => svg`<rect part="bar" class="mark s${b.series % 4} ${i === this.active ? 'active' : ''}" x=${b.x} y=${b.y}
            width=${b.width} height=${b.height} @pointerenter=${() => this.activate(i, false)}></rect>
          ${b.missing ? nothing : svg`<text class="value" x=${b.textX} y=${b.textY} text-anchor=${b.anchor}>${b.text}</text>`}`,
      )}
      ${
        vertical
          ? svg`<line class="zero" x1=${layout.plot.x} x2=${layout.width} y1=${layout.zero} y2=${layout.zero}></line>`
          : svg`<line class="zero" x1=${layout.zero} x2=${layout.zero} y1="0" y2=${layout.plot.height}></line>`
      }
    </svg>`;
  }

  protected renderReady(dataset: TableDataset | SeriesDataset) {
    const { bars, layout, table } = this;
    const bar = layout!.bars[this.active];
    return html`<figure>
      <figcaption part="title" id="title">${dataset.title}</figcaption>
      <p id="desc" class="visually-hidden">${this.summary} ${this.t('keys')}</p>
      ${
        bars!.series.length > 1
          ? html`<ul part="legend" class="legend">
              ${bars!.series.map(
                (s, i) =>
                  html`<li>
                    <svg viewBox="0 0 10 10" aria-hidden="true" focusable="false">
                      <rect class="swatch s${i % 4}" width="10" height="10"></rect></svg
                    >${s.label}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      <div
        part="plot"
        class="plot"
        role="img"
        tabindex="0"
        aria-labelledby="title"
        aria-describedby="desc"
        @keydown=${this.onKey}
        @focus=${() => this.activate(Math.max(0, this.active), true)}
        @blur=${() => (this.active = -1)}
        @pointerleave=${() => this.matches(':focus-within') || (this.active = -1)}
      >
        ${this.renderSvg(layout!)}
        ${
          bar
            ? html`<div
                part="tooltip"
                class="tooltip"
                aria-hidden="true"
                style=${styleProps({ left: `${bar.x + bar.width / 2}px`, top: `${bar.y}px` })}
              >
                ${bar.sentence}
              </div>`
            : nothing
        }
      </div>
      ${chartData({
        open: this.showTable,
        locale: this.locale,
        caption: dataset.title,
        table: table!,
        onToggle: () => (this.showTable = !this.showTable),
        onDownload: () => this.downloadCsv(),
      })}
    </figure>`;
  }
}
