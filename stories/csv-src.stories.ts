import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { answerUnder } from './demo-server.js';
import { error, ready, readyThenStale } from './expected.js';
import '../packages/widgets/src/cst-bar-chart.js';
import '../packages/widgets/src/cst-trend-line.js';

/**
 * A stand-in for a server whose CSV file breaks: `/__csv-demo__/credenziali.csv` answers a good
 * file once, then a file with a word where a figure should be.
 */
const PREFIX = '/__csv-demo__/';
const GOOD = 'Anno;Credenziali attive\r\n2015;47.149\r\n2016;55.211\r\n';
const BROKEN = 'Anno;Credenziali attive\r\n2015;47.149\r\n2016;molte\r\n';
let answered = 0;

answerUnder(PREFIX, () => {
  answered += 1;
  return new Response(answered === 1 ? GOOD : BROKEN, {
    headers: { 'Content-Type': 'text/csv', ETag: `"v${answered}"` },
  });
});

/**
 * A `src` ending in `.csv` or answered as `text/csv` is read as the element's data: Italian
 * spreadsheet exports (";", decimal comma, gg/mm/aaaa, byte order mark) and plain CSV alike.
 */
const meta: Meta = {
  title: 'Data routes/CSV file',
  component: 'cst-trend-line',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/** An Italian spreadsheet export, days as gg/mm/aaaa; titled by `dataset-title`. */
export const ItalianExport: Story = {
  parameters: ready('Accessi al portale, marzo 2017', 'Quota mobile', '2 mar', '1.400'),
  render: () =>
    html`<div lang="it">
      <cst-trend-line
        src="/fixtures/csv/accessi-marzo-2017.csv"
        dataset-title="Accessi al portale, marzo 2017"
      ></cst-trend-line>
    </div>`,
};

/** Plain CSV (comma, decimal point), shown in the page's language; `read-columns` leaves out the code and notes. */
export const PlainWithColumns: Story = {
  parameters: ready('Pagamenti 2016', 'School meals', '1.234.567,5'),
  render: () =>
    html`<div lang="it">
      <cst-bar-chart
        src="/fixtures/csv/payments-2016.csv"
        read-columns="Service; Payments 2016"
        dataset-title="Pagamenti 2016"
      ></cst-bar-chart>
    </div>`,
};

/** A mistake in the file: the message names its row and column. */
export const MalformedFile: Story = {
  parameters: error('riga 4, colonna A (Anno): "ieri"'),
  render: () =>
    html`<div lang="it">
      <cst-trend-line src="/fixtures/csv/credenziali-da-correggere.csv"></cst-trend-line>
    </div>`,
};

/** Refreshed every 2 seconds; the next version is broken: the last good figures stay, marked stale. */
export const BrokenLater: Story = {
  parameters: readyThenStale('Credenziali attive', '56.000', '2016'),
  render: () =>
    html`<div lang="it">
      <cst-trend-line src="${PREFIX}credenziali.csv" refresh="2"></cst-trend-line>
    </div>`,
};
