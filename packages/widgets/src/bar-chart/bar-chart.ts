import { tableKind, seriesKind } from '@cst/schema';
import type { SeriesDataset, TableDataset } from '@cst/schema';
import { type PropertyDeclarations, type PropertyValues, html, nothing, svg } from 'lit';
import { styleProps } from '../core/style-props.js';
import { Announcer } from '../core/announcer.js';
import { CstElement } from '../core/base-element.js';
import { SizeController } from '../core/size.js';
import { translate } from '../core/i18n.js';
import {
  type BarData,
  type BarLayout,
  type BarSort,
  type Orientation,
  ORIENTATIONS,
  SORTS,
  barData,
  barLayout,
  barSummary,
  formatBar,
} from './bar-chart.model.js';
import { barChartStyles } from './bar-chart.styles.js';
import { chartMessages, hatchDefs, renderDataTable, stepIndex } from './chart-kit.js';
import { chartStyles } from './chart.styles.js';

const list = (value: string | undefined) => value?.split(/[\s,]+/).filter(Boolean) ?? [];

/**
 * Categories as bars: a table (label column × value columns) or a series (years as categories),
 * horizontal or vertical, grouped for two or more periods, sorted, cut to the top N. One tab
 * stop, arrow keys between bars with a polite announcement, values written on the bars,
 * a text description and the data as a table.
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

  private active = -1;
  private showTable = false;
  private bars?: BarData;
  private layout?: BarLayout;
  private summary = '';
  private inputs?: unknown[];
  private readonly keys = new Announcer(this, 250);
  private readonly size = new SizeController(this);

  protected isEmpty(dataset: TableDataset | SeriesDataset): boolean {
    const data = barData(dataset);
    return data.series.length === 0 || data.categories.length === 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.current) return;
    // Until the width is known (hidden, or off screen) the bars are laid out at 600px: their
    // height does not depend on it, and the observer redraws them at the real width.
    const width = this.size.measure();
    const orientation = ORIENTATIONS.includes(this.orientation) ? this.orientation : 'horizontal';
    const sort = SORTS.includes(this.sort) ? this.sort : 'none';
    // Moving between bars re-renders; the geometry is recomputed only when its inputs change.
    const inputs = [
      this.current,
      this.locale,
      width,
      orientation,
      sort,
      this.top,
      this.labelColumn,
      this.valueColumns,
    ];
    if (this.inputs?.every((value, i) => value === inputs[i])) return;
    this.inputs = inputs;
    this.bars = barData(this.current, {
      labelColumn: this.labelColumn,
      valueColumns: list(this.valueColumns),
      sort,
      top: this.top,
    });
    this.layout = barLayout(this.bars, orientation, width || 600, this.locale);
    this.summary = barSummary(this.bars, orientation, this.locale);
    if (this.active >= this.layout.bars.length) this.active = this.layout.bars.length - 1;
  }

  private t(key: string, params?: Record<string, string | number>): string {
    return translate(chartMessages, this.locale, key, params);
  }

  private activate(index: number, announce: boolean): void {
    this.active = index;
    const bar = this.layout?.bars[index];
    if (bar && announce) {
      const count = this.layout!.bars.length;
      this.keys.announce(
        this.t('position', {
          label: bar.name,
          value: bar.text,
          index: index + 1,
          count,
        }),
      );
    }
  }

  private onKey(event: KeyboardEvent): void {
    const next = stepIndex(event.key, Math.max(0, this.active), this.layout?.bars.length ?? 0);
    if (next === undefined) return;
    event.preventDefault();
    this.activate(next, true);
  }

  private renderSvg(layout: BarLayout) {
    const vertical = layout.plot.x > 0;
    return svg`<svg width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}" aria-hidden="true" focusable="false">
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
    const data = this.bars!;
    const layout = this.layout!;
    const bar = layout.bars[this.active];
    const head = [data.categoryLabel, ...data.series.map((s) => s.label)];
    const body = data.categories.map((c) => [
      c.label,
      ...c.values.map((v, s) => (v === null ? '-' : formatBar(v, data.series[s]!, this.locale))),
    ]);
    return html`<figure>
      <figcaption part="title" id="title">${dataset.title}</figcaption>
      <p id="desc" class="visually-hidden">${this.summary} ${this.t('keys')}</p>
      ${
        data.series.length > 1
          ? html`<ul part="legend" class="legend">
              ${data.series.map(
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
        ${this.renderSvg(layout)}
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
      <div class="visually-hidden" aria-live="polite">${this.keys.text}</div>
      ${renderDataTable(
        'data',
        this.showTable,
        this.locale,
        dataset.title,
        head,
        body,
        () => (this.showTable = !this.showTable),
      )}
    </figure>`;
  }
}
