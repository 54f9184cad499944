import type { SeriesDataset } from '@cst/schema';
import { html, nothing } from 'lit';
import { dataTable } from '../charts/chart.parts.js';
import { formatCount, formatValue } from '../core/format.js';
import { translate } from '../core/i18n.js';
import type { DataRow } from './rows.js';
import { trendMessages } from './trend-line.messages.js';
import { formatX } from '../core/dates.js';
import { seriesFormat } from './trend-line.model.js';

export const PAGE_SIZE = 100;

/** One page of the data table, formatted: what `dataTable` renders. */
export interface DataPage {
  title: string;
  /** "Righe 1–100 di 1.000; 1.500 punti in totale." */
  info: string;
  header: string[];
  /** Per row: the x, then each series' value ('' where a series has no point there). */
  rows: string[][];
  page: number;
  pages: number;
}

/** Page `page` (clamped) of every point, one row per x, formatted for the locale. */
export function dataPage(
  dataset: SeriesDataset,
  rows: readonly DataRow[],
  points: number,
  page: number,
  locale: string,
): DataPage {
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  page = Math.max(0, Math.min(page, pages - 1));
  const from = page * PAGE_SIZE;
  const shown = rows.slice(from, from + PAGE_SIZE);
  const formats = dataset.series.map((s) => seriesFormat(dataset, s.format));
  const info = translate(trendMessages, locale, 'pageInfo', {
    from: formatCount(Math.min(rows.length, from + 1), locale),
    to: formatCount(from + shown.length, locale),
    rows: formatCount(rows.length, locale),
    points: formatCount(points, locale),
  });
  return {
    title: dataset.title,
    info,
    header: [dataset.x.label ?? 'x', ...dataset.series.map((s) => s.label)],
    rows: shown.map((row) => [
      formatX(row.x, dataset.x.type, locale),
      ...row.values.map((v, k) =>
        v === undefined ? '' : v === null ? '—' : formatValue(v, formats[k], locale),
      ),
    ]),
    page,
    pages,
  };
}

/** The page as a real table, with how many rows and points there are in all, and a pager. */
export function dataTableWithPager(data: DataPage, locale: string, turn: (page: number) => void) {
  const t = (key: string) => translate(trendMessages, locale, key);
  const { page, pages } = data;
  return html`<div class="table-box" id="data" part="table">
    ${dataTable(data.title, { head: data.header, body: data.rows }, undefined, data.info)}
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
