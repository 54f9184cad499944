import { html, nothing } from 'lit';
import { downloadCsvButton } from '../core/csv-download.js';
import type { MatrixSummary } from './deployment-matrix.model.js';

type Words = (key: string, params?: Record<string, string | number>) => string;

export interface ControlsInput {
  t: Words;
  summary: MatrixSummary;
  filter: string;
  query: string;
  shown: number;
  total: number;
  locale: string;
  onFilter: (value: string) => void;
  onQuery: (value: string) => void;
  onDownload: () => void;
}

const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;

/** Filter by meaning or status label, search, CSV download, and how many rows are shown. */
export function matrixControls(c: ControlsInput) {
  const { t, summary, filter } = c;
  const many = summary.statuses.length > summary.meanings.length;
  return html`<div class="controls" part="controls">
    <label
      >${t('filter')}
      <select @change=${(e: Event) => c.onFilter(value(e))}>
        <option value="" ?selected=${!filter}>${t('all')}</option>
        <optgroup label=${t('byMeaning')}>
          ${summary.meanings.map(
            (m) =>
              html`<option value="meaning:${m}" ?selected=${filter === `meaning:${m}`}>
                ${t(`meaning.${m}`)}
              </option>`,
          )}
        </optgroup>
        ${
          many
            ? html`<optgroup label=${t('byStatus')}>
                ${summary.statuses.map(
                  (s) =>
                    html`<option value="status:${s.id}" ?selected=${filter === `status:${s.id}`}>
                      ${s.label}
                    </option>`,
                )}
              </optgroup>`
            : nothing
        }
      </select></label
    >
    <label
      >${t('search')} <input type="search" .value=${c.query} @input=${(e: Event) => c.onQuery(value(e))}
    /></label>
    ${downloadCsvButton(c.locale, c.onDownload)}
    <span class="count">${t(c.shown === 1 ? 'rows.one' : 'rows', { shown: c.shown, total: c.total })}</span>
  </div>`;
}

/** The vocabulary: each status by shape and label, its description, and how many cells hold it. */
export function matrixLegend(summary: MatrixSummary, t: Words) {
  return html`<ul class="legend" part="legend" aria-label=${t('legend')}>
    ${summary.statuses.map(
      (s) =>
        html`<li>
          <span class="mark m-${s.meaning}">${s.label}</span>
          <span class="muted"
            >${s.description ?? t(`meaning.${s.meaning}`)} · ${t('count', { count: s.count })}</span
          >
        </li>`,
    )}
    ${
      summary.empty > 0
        ? html`<li>
            <span class="mark m-none">${t('meaning.none')}</span>
            <span class="muted">${t('count', { count: summary.empty })}</span>
          </li>`
        : nothing
    }
  </ul>`;
}
