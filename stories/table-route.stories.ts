import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { error, ready } from './expected.js';
import '../packages/widgets/src/cst-bar-chart.js';
import '../packages/widgets/src/cst-data-table.js';
import '../packages/widgets/src/cst-deployment-matrix.js';
import '../packages/widgets/src/cst-kpi-tile.js';
import '../packages/widgets/src/cst-share.js';
import '../packages/widgets/src/cst-sla-table.js';
import '../packages/widgets/src/cst-trend-line.js';

/**
 * A `<table>` written inside the tag is the data: readers without JavaScript read the table, the
 * element draws it and hides it. `<caption>` is the title, the header row names the columns, each
 * row's first cell is its label, figures are written as the page's language writes them.
 */
const meta: Meta = {
  title: 'Data routes/Table in the page',
  component: 'cst-bar-chart',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/** A trend line: years as rows, one series per column; "–" is a year with no figure. */
export const TrendLine: Story = {
  parameters: ready('Credenziali attive per anno', 'di cui CNS', '60.000', '2016'),
  render: () =>
    html`<div lang="it">
      <cst-trend-line
        ><table>
          <caption>
            Credenziali attive per anno
          </caption>
          <tr>
            <th scope="col">Anno</th>
            <th scope="col">Credenziali attive</th>
            <th scope="col">di cui CNS</th>
          </tr>
          <tr>
            <th scope="row">2014</th>
            <td>35.109</td>
            <td>–</td>
          </tr>
          <tr>
            <th scope="row">2015</th>
            <td>47.149</td>
            <td>4.287</td>
          </tr>
          <tr>
            <th scope="row">2016</th>
            <td>55.211</td>
            <td>7.125</td>
          </tr>
        </table></cst-trend-line
      >
    </div>`,
};

const accessTable = html`<table>
  <caption>
    Accessi ai servizi on line
  </caption>
  <tr>
    <th scope="col">Categoria</th>
    <th scope="col">Anno 2015</th>
    <th scope="col">Anno 2016</th>
  </tr>
  <tr>
    <th scope="row">A&amp;C e SUAP</th>
    <td>114.877</td>
    <td>156.124</td>
  </tr>
  <tr>
    <th scope="row">Demografici</th>
    <td>79.831</td>
    <td>125.107</td>
  </tr>
</table>`;

/** A bar chart: categories as rows, one series per column. */
export const BarChart: Story = {
  parameters: ready('Accessi ai servizi on line', 'A&C e SUAP', 'Anno 2016'),
  render: () => html`<div lang="it"><cst-bar-chart>${accessTable}</cst-bar-chart></div>`,
};

/** The same table as a sortable data table: the figures as written, euro amounts with their cents. */
export const DataTable: Story = {
  parameters: ready('Pagamenti on line per ente', 'Comune di Firenze', '8.876.647,56 €', '77.153'),
  render: () =>
    html`<div lang="it">
      <cst-data-table
        ><table>
          <caption>
            Pagamenti on line per ente
          </caption>
          <tr>
            <th scope="col">Ente</th>
            <th scope="col">Transazioni</th>
            <th scope="col">Importo</th>
          </tr>
          <tr>
            <th scope="row">Comune di Firenze</th>
            <td>77.153</td>
            <td>8.876.647,56 €</td>
          </tr>
          <tr>
            <th scope="row">Comune di Fiesole</th>
            <td>1.024</td>
            <td>29.429,73 €</td>
          </tr>
        </table></cst-data-table
      >
    </div>`,
};

/** A share: parts as rows, percents as written. */
export const Share: Story = {
  parameters: ready('Accessi per dispositivo', 'Desktop', '70,2%', '29,8%'),
  render: () =>
    html`<div lang="it">
      <cst-share
        ><table>
          <caption>
            Accessi per dispositivo
          </caption>
          <tr>
            <th scope="col">Dispositivo</th>
            <th scope="col">Quota</th>
          </tr>
          <tr>
            <th scope="row">Desktop</th>
            <td>70,2%</td>
          </tr>
          <tr>
            <th scope="row">Smartphone e tablet</th>
            <td>29,8%</td>
          </tr>
        </table></cst-share
      >
    </div>`,
};

/** A KPI tile: a table of one cell, its caption the label. */
export const KpiTile: Story = {
  parameters: ready('Utenti attivi del Centro Servizi', '55.211'),
  render: () =>
    html`<div lang="it">
      <cst-kpi-tile style="max-width: 22rem"
        ><table>
          <caption>
            Utenti attivi del Centro Servizi
          </caption>
          <tr>
            <td>55.211</td>
          </tr>
        </table></cst-kpi-tile
      >
    </div>`,
};

/** An SLA table: code, name, criterion ("almeno", "al massimo"), expected and measured, unit. */
export const SlaTable: Story = {
  parameters: ready('Livelli di servizio 2016', 'SLA.1', '99,92'),
  render: () =>
    html`<div lang="it">
      <cst-sla-table
        ><table>
          <caption>
            Livelli di servizio 2016
          </caption>
          <tr>
            <th scope="col">Codice</th>
            <th scope="col">SLA</th>
            <th scope="col">Criterio</th>
            <th scope="col">Atteso</th>
            <th scope="col">Rilevato</th>
            <th scope="col">Unità</th>
          </tr>
          <tr>
            <th scope="row">SLA.1</th>
            <td>Tasso di disponibilità dei sistemi database</td>
            <td>almeno</td>
            <td>99,00</td>
            <td>99,92</td>
            <td>%</td>
          </tr>
        </table></cst-sla-table
      >
    </div>`,
};

/** `read-columns` picks and orders the columns: only 2016 is drawn. */
export const ChosenColumns: Story = {
  parameters: ready('Accessi ai servizi on line', '156.124', '125.107'),
  render: () =>
    html`<div lang="it">
      <cst-bar-chart read-columns="Categoria; Anno 2016">${accessTable}</cst-bar-chart>
    </div>`,
};

/** A word where a figure should be: the message names the row and column; the table stays for readers. */
export const MalformedTable: Story = {
  parameters: error('riga 4, colonna B (Pagamenti): "molti" non è un numero'),
  render: () =>
    html`<div lang="it">
      <cst-bar-chart
        ><table>
          <caption>
            Pagamenti
          </caption>
          <tr>
            <th scope="col">Servizio</th>
            <th scope="col">Pagamenti</th>
          </tr>
          <tr>
            <th scope="row">Mensa</th>
            <td>1.234</td>
          </tr>
          <tr>
            <th scope="row">Scuolabus</th>
            <td>98.765</td>
          </tr>
          <tr>
            <th scope="row">Trasporto</th>
            <td>molti</td>
          </tr>
        </table></cst-bar-chart
      >
    </div>`,
};

/** The deployment matrix reads no tables: it says so, and leaves the table for readers. */
export const NotForThisElement: Story = {
  parameters: error('non legge tabelle né file CSV'),
  render: () =>
    html`<div lang="it">
      <cst-deployment-matrix
        ><table>
          <caption>
            Servizi attivi per comune
          </caption>
          <tr>
            <th scope="col">Comune</th>
            <th scope="col">SPID</th>
          </tr>
          <tr>
            <th scope="row">Fiesole</th>
            <td>sì</td>
          </tr>
        </table></cst-deployment-matrix
      >
    </div>`,
};
