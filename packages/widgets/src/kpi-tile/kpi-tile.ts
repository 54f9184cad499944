import { kpiKind, seriesKind } from '@cst/schema';
import type { KpiDataset, SeriesDataset } from '@cst/schema';
import { type PropertyDeclarations, type PropertyValues, html, nothing, svg } from 'lit';
import { CstElement } from '../core/base-element.js';
import { downloadCsvButton, saveCsv } from '../core/csv-download.js';
import { formatValue } from '../core/format.js';
import { translate } from '../core/i18n.js';
import { memoize } from '../core/memo.js';
import type { Payload } from '../source/payload.js';
import { type SparklineModel, sparklineModel, sparklineSeries } from '../sparkline/sparkline.model.js';
import { kpiMessages } from './kpi-tile.messages.js';
import { type KpiModel, kpiCsvRows, kpiModel } from './kpi-tile.model.js';
import { kpiTileStyles } from './kpi-tile.styles.js';

const ICONS = { up: '▲', down: '▼', flat: '●' } as const;
const SPARK_WIDTH = 120;
const SPARK_HEIGHT = 32;

/**
 * One headline figure of a report: label, value, change against the previous period (by sign,
 * icon and words, never colour alone), optional target, sparkline and note. The sparkline draws a
 * series of the dataset the KPI's `trend` names: the first, or the one `trend-series` names.
 *
 * @summary A KPI tile: 55.211 active credentials, 356 services (+2).
 * @csspart base - The frame around every state.
 * @csspart tile - The tile.
 * @csspart label - The label.
 * @csspart value - The value, with its qualifier.
 * @csspart delta - The change against the previous value.
 * @csspart target - The target line.
 * @csspart sparkline - The trend line (SVG).
 * @csspart note - The note.
 * @csspart download - The CSV download button.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error message.
 * @csspart empty - The empty message.
 * @csspart stale - The badge that says the data is not up to date.
 * @cssproperty --cst-kpi-tile-min-height - Height reserved while loading (default 7.5rem).
 * @cssproperty --cst-kpi-tile-value-size - Font size of the value (default 2.25rem).
 * @cssproperty --cst-kpi-tile-background - Tile background.
 * @cssproperty --cst-kpi-tile-border-color - Tile border.
 * @cssproperty --cst-kpi-tile-accent - Top rule and sparkline colour.
 * @cssproperty --cst-kpi-tile-good-color - Colour of a change for the better.
 * @cssproperty --cst-kpi-tile-bad-color - Colour of a change for the worse.
 * @cssproperty --cst-kpi-tile-sparkline-width - Stroke width of the sparkline.
 * @fires cst-data - New data was accepted.
 * @fires cst-error - Data could not be shown; the detail says why.
 */
export class CstKpiTile extends CstElement<'kpi'> {
  static override styles = [...CstElement.styles, kpiTileStyles];
  static override properties: PropertyDeclarations = { trendSeries: { attribute: 'trend-series' } };
  protected readonly kinds = [kpiKind] as const;

  /** Which series of the trend dataset the sparkline draws, by id ("cns"); the first when unset. */
  trendSeries?: string;

  private model?: KpiModel;
  /** The data the KPI came in, where its trend dataset is found and checked. */
  private source?: Payload;
  private trend?: SeriesDataset;
  private spark?: SparklineModel;
  /** The sparkline's first and last value in words, for screen readers ('' without a sparkline). */
  private trendWords = '';
  private readonly modelOf = memoize(kpiModel);
  private readonly sparkOf = memoize((trend: SeriesDataset | undefined, series: string | undefined) =>
    trend ? (sparklineModel(trend, series, SPARK_WIDTH, SPARK_HEIGHT) ?? undefined) : undefined,
  );

  /** A series named in trend-series that the trend dataset lacks: said once in the console, in the page's language. */
  private readonly warnNoSeries = memoize(
    (trend: SeriesDataset | undefined, series: string | undefined, locale: string) => {
      if (!trend || !series || sparklineSeries(trend, series)) return;
      const known = trend.series.map((s) => s.id).join(', ');
      const words = { series, dataset: this.current?.trend ?? '', known };
      console.warn(`<${this.localName}>: ${translate(kpiMessages, locale, 'noSeries', words)}`);
    },
  );

  /** The KPI's trend dataset, checked as a series, once for the page; none if it is missing or broken. */
  private trendIn(payload: Payload | undefined): SeriesDataset | undefined {
    const id = this.current?.trend;
    const resolved = id && payload?.document ? payload.resolve(id, [seriesKind]) : undefined;
    return resolved?.ok ? resolved.dataset : undefined;
  }

  /** A live update may change the trend alone: the tile draws again only when it did. */
  protected override payloadChanged(payload: Payload): void {
    this.source = payload;
    if (this.trendIn(payload) !== this.trend) this.requestUpdate();
  }

  protected isEmpty(): boolean {
    return false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const kpi = this.current;
    if (!kpi) return;
    this.model = this.modelOf(kpi, this.locale);
    this.trend = this.trendIn(this.source);
    this.spark = this.sparkOf(this.trend, this.trendSeries);
    this.warnNoSeries(this.trend, this.trendSeries, this.locale);
    this.trendWords = this.spark
      ? ` ${translate(kpiMessages, this.locale, 'trend', {
          first: formatValue(this.spark.first, kpi.format, this.locale),
          last: formatValue(this.spark.last, kpi.format, this.locale),
        })}.`
      : '';
  }

  /** Saves the figure (value, unit, previous value, target) as a CSV file named after its title. */
  downloadCsv(): void {
    if (this.current) saveCsv(kpiCsvRows(this.current, this.locale), this.locale, this.current.title);
  }

  // The SVG stretches to the tile's width (preserveAspectRatio none), which would draw a circle as
  // an ellipse: the last point is a zero-length line whose round cap, at a stroke width that does
  // not scale, is a true dot.
  private renderSparkline() {
    const spark = this.spark;
    if (!spark) return nothing;
    return svg`<svg part="sparkline" class="sparkline" viewBox="0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}"
      preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <path d=${spark.path}></path><path class="end" d="M${spark.end.x} ${spark.end.y}h0"></path>
    </svg>`;
  }

  protected renderReady(_kpi: KpiDataset) {
    const model = this.model!;
    const change = model.change;
    return html`<div part="tile" class="tile">
      <p class="visually-hidden">${model.sentence}${this.trendWords}</p>
      <p part="label" class="label" aria-hidden="true">${model.label}</p>
      <p part="value" class="value" aria-hidden="true">
        ${model.qualifier ? html`<span class="qualifier">${model.qualifier}</span>` : nothing}${model.value}
      </p>
      ${
        change
          ? html`<p part="delta" class="delta ${change.judgement}" aria-hidden="true">
              <span class="icon">${ICONS[change.direction]}</span><span class="amount">${change.amount}</span
              ><span class="words">${change.words}</span><span class="muted">${change.versus}</span>
            </p>`
          : nothing
      }
      ${
        model.target
          ? html`<p part="target" class="target muted" aria-hidden="true">
              ${model.target.text} · ${model.target.met ? '✓' : '✗'}
            </p>`
          : nothing
      }
      ${this.renderSparkline()}
      ${model.note ? html`<p part="note" class="note" aria-hidden="true">${model.note}</p>` : nothing}
      <div class="actions">${downloadCsvButton(this.locale, () => this.downloadCsv())}</div>
    </div>`;
  }
}
