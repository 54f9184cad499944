import type { SeriesDataset } from '@cst/schema';
import { html, nothing } from 'lit';
import { formatCount, formatValue } from '../core/format.js';
import { translate } from '../core/i18n.js';
import type { DataRow } from './rows.js';
import { trendMessages } from './trend-line.messages.js';
import { formatX, seriesFormat } from './trend-line.model.js';

export const PAGE_SIZE = 100;

/** One page of the data as a real table, with how many rows and points there are in all. */
export function dataTable(
  dataset: SeriesDataset,
  rows: readonly DataRow[],
  points: number,
  page: number,
  locale: string,
  turn: (page: number) => void,
) {
  const t = (key: string, params?: Record<string, string>) => translate(trendMessages, locale, key, params);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  page = Math.min(page, pages - 1);
  const from = page * PAGE_SIZE;
  const shown = rows.slice(from, from + PAGE_SIZE);
  const formats = dataset.series.map((s) => seriesFormat(dataset, s.format));
  const info = t('pageInfo', {
    from: formatCount(Math.min(rows.length, from + 1), locale),
    to: formatCount(from + shown.length, locale),
    rows: formatCount(rows.length, locale),
    points: formatCount(points, locale),
  });
  return html`<div class="table-box" id="data" part="table">
    <table>
      <caption>
        ${dataset.title}
        <span class="info">${info}</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">${dataset.x.label ?? 'x'}</th>
          ${dataset.series.map((s) => html`<th scope="col">${s.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${shown.map(
          (row) =>
            html`<tr>
              <th scope="row">${formatX(row.x, dataset.x.type, locale)}</th>
              ${row.values.map(
                (v, k) =>
                  html`<td>
                    ${v === undefined ? '' : v === null ? '—' : formatValue(v, formats[k], locale)}
                  </td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>
    ${
      pages > 1
        ? html`<div class="pager">
            <button class="link" ?disabled=${page === 0} @click=${() => turn(page - 1)}>
              ${t('previous')}
            </button>
            <button class="link" ?disabled=${page >= pages - 1} @click=${() => turn(page + 1)}>
              ${t('next')}
            </button>
          </div>`
        : nothing
    }
  </div>`;
}
