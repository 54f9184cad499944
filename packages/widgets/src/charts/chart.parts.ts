import { html, nothing, svg } from 'lit';
import { downloadCsvButton } from '../core/csv-download.js';
import { coreText } from '../core/messages.js';

/** A chart's data as text: column names, then one row per item (its name first). */
export interface ChartTable {
  head: string[];
  body: string[][];
}

/**
 * The chart's data as a real table behind a "Mostra dati" toggle, and the CSV download beside it.
 * The table is rendered only while open.
 */
export function chartData(options: {
  open: boolean;
  locale: string;
  caption: string;
  table: ChartTable;
  onToggle: () => void;
  onDownload: () => void;
}) {
  const { open, locale, caption, table } = options;
  return html`<div class="tools">
      <button
        part="toggle"
        class="link"
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="data"
        @click=${options.onToggle}
      >
        ${coreText(locale, open ? 'hideData' : 'showData')}
      </button>
      ${downloadCsvButton(locale, options.onDownload)}
    </div>
    <div id="data" class="data" ?hidden=${!open}>
      ${open ? dataTable(caption, table, 'table') : nothing}
    </div>`;
}

/**
 * A chart's data as a real table: a header row, then one row per item with its name as the row's
 * header; `info` is written after the caption (how many rows there are, say).
 */
export function dataTable(caption: string, table: ChartTable, part?: string, info?: string) {
  return html`<table part=${part ?? nothing}>
    <caption>
      ${caption} ${info ? html`<span class="info">${info}</span>` : nothing}
    </caption>
    <thead>
      <tr>
        ${table.head.map((h) => html`<th scope="col">${h}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${table.body.map(
        ([first, ...rest]) =>
          html`<tr>
            <th scope="row">${first}</th>
            ${rest.map((c) => html`<td>${c}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The hatch that tells the 2nd and 4th series apart without colour. */
export const hatchDefs = svg`<defs>
  ${[1, 3].map(
    (
      i,
    ) => svg`<pattern id="hatch-${i}" class="hatch-${i}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
      <rect width="6" height="6"></rect><line x1="0" y1="0" x2="0" y2="6"></line>
    </pattern>`,
  )}
</defs>`;
