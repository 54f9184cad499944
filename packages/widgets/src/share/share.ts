import { shareKind } from '@cst/schema';
import type { ShareDataset } from '@cst/schema';
import { type PropertyDeclarations, type PropertyValues, html, nothing, svg } from 'lit';
import { stepIndex } from '../charts/chart.keys.js';
import { chartMessages } from '../charts/chart.messages.js';
import { chartData, hatchDefs } from '../charts/chart.parts.js';
import { chartStyles } from '../charts/chart.styles.js';
import { styleProps } from '../core/style-props.js';
import { CstElement } from '../core/base-element.js';
import { saveCsv } from '../core/csv-download.js';
import { translate } from '../core/i18n.js';
import { memoize } from '../core/memo.js';
import {
  RADIUS,
  type ShareModel,
  type ShareVariant,
  VARIANTS,
  shareCsvRows,
  shareModel,
} from './share.model.js';
import { shareStyles } from './share.styles.js';

/**
 * Parts of a whole as a donut or a stacked bar, each part labelled with its percentage (and
 * a hatch on every other part, so colour is never the only cue), a legend, a text description,
 * the data as a table and as CSV, one tab stop and arrow keys between parts.
 *
 * @summary A share chart: desktop 70,2% / smartphone and tablet 29,8%.
 * @csspart base - The frame around every state.
 * @csspart title - The chart title.
 * @csspart plot - The focusable donut or bar.
 * @csspart slice - A part of the donut or of the bar.
 * @csspart legend - The legend with the percentages.
 * @csspart tooltip - The active part and its share.
 * @csspart toggle - The button that shows or hides the data table.
 * @csspart table - The data table.
 * @csspart download - The CSV download button.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error message.
 * @csspart empty - The empty message.
 * @csspart stale - The badge that says the data is not up to date.
 * @cssproperty --cst-share-min-height - Height reserved while loading (default 14rem).
 * @cssproperty --cst-share-donut-size - Width and height of the donut (default 12rem).
 * @fires cst-data - New data was accepted.
 * @fires cst-error - Data could not be shown; the detail says why.
 */
export class CstShare extends CstElement<'share'> {
  static override styles = [...CstElement.styles, chartStyles, shareStyles];
  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    active: { attribute: false },
    showTable: { attribute: false },
  };
  protected readonly kinds = [shareKind] as const;

  /** donut (default) or bar: a single bar split into the parts. */
  variant: ShareVariant = 'donut';

  /** The part under the keyboard or the pointer (-1: none). */
  private active = -1;
  private showTable = false;
  private model?: ShareModel;
  private readonly modelOf = memoize(shareModel);

  protected isEmpty(share: ShareDataset): boolean {
    return share.parts.length === 0 || share.parts.every((p) => p.value === 0);
  }

  private get shape(): ShareVariant {
    return VARIANTS.includes(this.variant) ? this.variant : 'donut';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.current) this.model = this.modelOf(this.current, this.locale, this.shape);
  }

  /** Saves the parts (share in percent, value as given) as a CSV file named after the title. */
  downloadCsv(): void {
    const { current, model } = this;
    if (current && model) saveCsv(shareCsvRows(current, model, this.locale), this.locale, current.title);
  }

  private t(key: string, params?: Record<string, string | number>): string {
    return translate(chartMessages, this.locale, key, params);
  }

  /** Makes a part the active one; from the keyboard, says which and its share. */
  private activate(index: number, say = true): void {
    this.active = index;
    const slice = this.model?.slices[index];
    if (!slice || !say) return;
    const count = this.model!.slices.length;
    this.announcer.reply(
      this.t('position', { label: slice.label, value: slice.percentText, index: index + 1, count }),
    );
  }

  private onKey(event: KeyboardEvent): void {
    const next = stepIndex(event.key, Math.max(0, this.active), this.model?.slices.length ?? 0);
    if (next === undefined) return;
    event.preventDefault();
    this.activate(next);
  }

  private renderDonut(model: ShareModel) {
    const r = RADIUS + 4;
    return svg`<svg viewBox="${-r} ${-r} ${2 * r} ${2 * r}" aria-hidden="true" focusable="false">
      ${hatchDefs}
      ${model.slices.map((s, i) =>
        s.path
          ? svg`<path part="slice" class="mark s${i % 4} ${i === this.active ? 'active' : ''}" d=${s.path}
              @pointerenter=${() => this.activate(i, false)}
            ></path>`
          : nothing,
      )}
      ${model.slices.map((s) =>
        s.labelled
          ? svg`<text x=${s.centroid[0]} y=${s.centroid[1] + 5} text-anchor="middle">${s.percentText}</text>`
          : nothing,
      )}
    </svg>`;
  }

  private renderBar(model: ShareModel) {
    return html`<svg class="hidden-defs" aria-hidden="true" focusable="false">${hatchDefs}</svg>
      <div class="stack">
        ${model.slices.map(
          (s, i) =>
            html`<div
              part="slice"
              class="segment s${i % 4} ${i === this.active ? 'active' : ''}"
              style=${styleProps({ width: `${s.percent}%` })}
              @pointerenter=${() => this.activate(i, false)}
            >
              ${s.percent >= 8 ? html`<span>${s.percentText}</span>` : nothing}
            </div>`,
        )}
      </div>`;
  }

  protected renderReady(share: ShareDataset) {
    const model = this.model!;
    const active = model.slices[this.active];
    return html`<figure>
      <figcaption part="title" id="title">${share.title}</figcaption>
      <p id="desc" class="visually-hidden">${model.summary} ${this.t('keys')}</p>
      <div class="layout">
        <div
          part="plot"
          class="plot ${this.shape}"
          role="img"
          tabindex="0"
          aria-labelledby="title"
          aria-describedby="desc"
          @keydown=${this.onKey}
          @focus=${() => this.activate(Math.max(0, this.active))}
          @blur=${() => (this.active = -1)}
          @pointerleave=${() => this.matches(':focus-within') || (this.active = -1)}
        >
          ${this.shape === 'bar' ? this.renderBar(model) : this.renderDonut(model)}
          ${
            active
              ? html`<div part="tooltip" class="tooltip centred" aria-hidden="true">
                  ${active.label}: ${active.percentText}
                </div>`
              : nothing
          }
        </div>
        <ul part="legend" class="legend" aria-hidden="true">
          ${model.slices.map(
            (s, i) =>
              html`<li>
                <svg viewBox="0 0 10 10" focusable="false">
                  <rect class="swatch s${i % 4}" width="10" height="10"></rect>
                </svg>
                <span>${s.label}</span> <span class="pct">${s.percentText}</span>
              </li>`,
          )}
        </ul>
      </div>
      ${chartData({
        open: this.showTable,
        locale: this.locale,
        caption: share.title,
        table: model.table,
        onToggle: () => (this.showTable = !this.showTable),
        onDownload: () => this.downloadCsv(),
      })}
    </figure>`;
  }
}
