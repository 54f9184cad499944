import { html } from 'lit';
import { type CsvCell, csvFileName, toCsv } from './csv.js';
import { downloadText } from './download.js';
import { coreText } from './messages.js';

/** Saves rows as a CSV file named after `title`, in the dialect of the page's language. */
export function saveCsv(rows: readonly (readonly CsvCell[])[], locale: string, title: string): void {
  downloadText(toCsv(rows, locale), csvFileName(title));
}

/** The control every element shows for its CSV: "Scarica i dati (CSV)". */
export function downloadCsvButton(locale: string, onPress: () => void) {
  return html`<button type="button" class="link" part="download" @click=${onPress}>
    ${coreText(locale, 'downloadCsv')}
  </button>`;
}
