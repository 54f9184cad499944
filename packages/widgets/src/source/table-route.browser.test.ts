// A <table> inside an element is its data: what readers without JavaScript read, drawn by the
// element, read again when it is edited, and checked like data from any other route.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import '../cst-bar-chart.js';
import '../cst-data-table.js';
import '../cst-deployment-matrix.js';
import '../cst-kpi-tile.js';
import '../cst-share.js';
import '../cst-sla-table.js';
import '../cst-trend-line.js';
import type { CstElement } from '../core/base-element.js';
import { listen } from '../../test/probe.js';
import { text } from '../../test/dom.js';

type Cst = CstElement & { route?: string };

const settled = (el: Cst) =>
  waitUntil(() => el.status !== 'loading', `<${el.localName}> still loading`, { timeout: 5000 });

/** The one cst element inside a fixture, once it has left the loading state. */
async function place(template: ReturnType<typeof html>): Promise<Cst> {
  const box = await fixture<HTMLElement>(template);
  const el = box.querySelector<Cst>('*')!;
  await settled(el);
  await el.updateComplete;
  return el;
}

/** Whether the element's own <table> is on screen (laid out and visible). */
const tableShown = (el: Element) => el.querySelector('table')!.checkVisibility();

const credentials = html`<table>
  <caption>
    Credenziali di accesso
  </caption>
  <thead>
    <tr>
      <th scope="col">Anno</th>
      <th scope="col">Credenziali attive</th>
      <th scope="col">di cui CNS</th>
    </tr>
  </thead>
  <tbody>
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
  </tbody>
</table>`;

/** An SLA table with these headings and one row: its code as the row's heading, the other cells as data. */
const sla = (headings: string[], [code, ...cells]: string[]) =>
  html`<table>
    <caption>
      Livelli di servizio
    </caption>
    <tr>
      ${headings.map((heading) => html`<th>${heading}</th>`)}
    </tr>
    <tr>
      <th scope="row">${code}</th>
      ${cells.map((cell) => html`<td>${cell}</td>`)}
    </tr>
  </table>`;

/** Payments by service, a word among the figures ("molti", row 4), and the rows given after. */
const payments = (...more: Array<[string, string]>) =>
  html`<table>
    <caption>
      Pagamenti
    </caption>
    <tr>
      <th>Servizio</th>
      <th>Pagamenti</th>
    </tr>
    ${[['Mensa', '1.234'], ['Scuolabus', '98.765'], ['Trasporto', 'molti'], ...more].map(
      ([label, cell]) =>
        html`<tr>
          <th scope="row">${label}</th>
          <td>${cell}</td>
        </tr>`,
    )}
  </table>`;

describe('a <table> child as the data', () => {
  it('is drawn by the trend line: the same figures, from the table route, the table hidden', async () => {
    const box = await fixture<HTMLElement>(
      html`<div lang="it"><cst-trend-line>${credentials}</cst-trend-line></div>`,
    );
    const el = box.querySelector<Cst>('cst-trend-line')!;
    const heard = listen(el);
    await settled(el);
    await el.updateComplete;
    expect(el.status).to.equal('ready');
    expect(el.route).to.equal('table');
    expect(text(el)).to.contain('Credenziali di accesso');
    const description = el.shadowRoot!.getElementById('description')!.textContent!;
    expect(description).to.contain('massimo 55.211 (2016)').and.contain('massimo 7.125 (2016)');
    expect(tableShown(el), 'the table is hidden once the chart is drawn').to.equal(false);
    expect(heard.errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('is drawn by the KPI tile (one cell), the share, the bar chart, the data table and the SLA table', async () => {
    const cases: Array<[ReturnType<typeof html>, string[]]> = [
      [
        html`<cst-kpi-tile
          ><table>
            <caption>
              Utenti attivi
            </caption>
            <tr>
              <td>55.211</td>
            </tr>
          </table></cst-kpi-tile
        >`,
        ['Utenti attivi', '55.211'],
      ],
      [
        html`<cst-share
          ><table>
            <caption>
              Accessi per dispositivo
            </caption>
            <tr>
              <th>Dispositivo</th>
              <th>Quota</th>
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
        >`,
        ['Accessi per dispositivo', 'Desktop', '70,2%', '29,8%'],
      ],
      [
        html`<cst-bar-chart
          ><table>
            <caption>
              Pagamenti per servizio
            </caption>
            <tr>
              <th>Servizio</th>
              <th>Pagamenti</th>
            </tr>
            <tr>
              <th scope="row">Mensa scolastica</th>
              <td>1.234.567</td>
            </tr>
            <tr>
              <th scope="row">Trasporto</th>
              <td>98.765</td>
            </tr>
          </table></cst-bar-chart
        >`,
        ['Pagamenti per servizio', 'Mensa scolastica', '1.234.567', '98.765'],
      ],
      [
        html`<cst-data-table
          ><table>
            <caption>
              Ticket per stato
            </caption>
            <tr>
              <th>Stato</th>
              <th>Ticket</th>
              <th>Quota</th>
            </tr>
            <tr>
              <th scope="row">Chiusi</th>
              <td>1.240</td>
              <td>93,5%</td>
            </tr>
            <tr>
              <th scope="row">Aperti</th>
              <td>86</td>
              <td>6,5%</td>
            </tr>
          </table></cst-data-table
        >`,
        ['Ticket per stato', 'Chiusi', '1.240', '93,5%', '86'],
      ],
      [
        html`<cst-sla-table
          >${sla(
            ['Codice', 'SLA', 'Criterio', 'Atteso', 'Rilevato', 'Unità'],
            ['SLA.1', 'Disponibilità', 'almeno', '99', '99,92', '%'],
          )}</cst-sla-table
        >`,
        ['Livelli di servizio', 'SLA.1', 'Disponibilità', '99,92%'],
      ],
    ];
    for (const [template, figures] of cases) {
      const el = await place(html`<div lang="it">${template}</div>`);
      expect(el.status, el.localName).to.equal('ready');
      expect(el.route).to.equal('table');
      for (const figure of figures) expect(text(el), `${el.localName} shows ${figure}`).to.contain(figure);
      expect(tableShown(el), el.localName).to.equal(false);
    }
  });

  it('draws again when the table is edited: a cell, a new row', async () => {
    const el = await place(html`<div lang="it"><cst-trend-line>${credentials}</cst-trend-line></div>`);
    const description = () => el.shadowRoot!.getElementById('description')!.textContent!;
    const heard = listen(el);
    el.querySelector('tbody tr:last-child td')!.textContent = '60.001';
    await waitUntil(() => description().includes('massimo 60.001 (2016)'), description(), { timeout: 5000 });
    const row = el.querySelector('tbody tr:last-child')!.cloneNode(true) as HTMLTableRowElement;
    row.cells[0]!.textContent = '2017';
    row.cells[1]!.textContent = '61.000';
    el.querySelector('tbody')!.append(row);
    await waitUntil(() => description().includes('massimo 61.000 (2017)'), description(), { timeout: 5000 });
    expect(heard.data).to.equal(2);
  });

  it('says which row and column it cannot read, in the page’s language, and keeps the table readable', async () => {
    const el = await place(
      html`<div lang="it">
        <cst-bar-chart>${payments()}</cst-bar-chart>
      </div>`,
    );
    expect(el.status).to.equal('error');
    const message = text(el);
    expect(message).to.contain(
      'Tabella dei dati da correggere: riga 4, colonna B (Pagamenti): "molti" non è un numero',
    );
    expect(tableShown(el), 'a reader still has the table to read').to.equal(true);
    await expect(el).to.be.accessible();
    const english = await place(
      html`<div lang="en">
        <cst-kpi-tile
          ><table>
            <tr>
              <td>12</td>
              <td>13</td>
            </tr>
          </table></cst-kpi-tile
        >
      </div>`,
    );
    expect(text(english)).to.contain(
      'The data table needs fixing: an indicator is a table of one cell, this one has 2',
    );
  });

  it('names each word in the bar chart’s only column of figures, which the data table reads as words', async () => {
    const box = await fixture<HTMLElement>(html`<div lang="it"></div>`);
    const chart = document.createElement('cst-bar-chart') as Cst;
    const heard = listen(chart);
    render(payments(['Taxi', 'tanti']), chart);
    box.append(chart);
    await settled(chart);
    await chart.updateComplete;
    expect(chart.status).to.equal('error');
    expect(text(chart)).to.contain(
      'Tabella dei dati da correggere (2 problemi). Il primo: riga 4, colonna B (Pagamenti): "molti" non è un numero',
    );
    expect(heard.errors[0]).to.include({ code: 'invalid-table' });
    expect(heard.errors[0]!.cells!.map((p) => [p.row, p.column, p.code])).to.deep.equal([
      [4, 2, 'not-a-number'],
      [5, 2, 'not-a-number'],
    ]);
    expect(tableShown(chart), 'a reader still has the table to read').to.equal(true);
    const table = await place(
      html`<div lang="it"><cst-data-table>${payments(['Taxi', 'tanti'])}</cst-data-table></div>`,
    );
    expect(table.status).to.equal('ready');
    expect(text(table)).to.contain('molti').and.contain('98.765');
  });

  it('asks for the status of an SLA written in words, naming its row and the Stato column', async () => {
    const el = await place(
      html`<div lang="it">
        <cst-sla-table
          >${sla(
            ['Codice', 'SLA', 'Atteso', 'Rilevato', 'Stato'],
            ['SLA.7', 'Risposta via mail', 'entro 6h lavorative', 'Nessuno scostamento', ''],
          )}</cst-sla-table
        >
      </div>`,
    );
    expect(el.status).to.equal('error');
    expect(text(el)).to.contain(
      'riga 2, colonna E (Stato): "entro 6h lavorative" è scritto a parole: scrivi nella colonna Stato se è rispettato',
    );
    expect(tableShown(el), 'a reader still has the table to read').to.equal(true);
  });

  it('tells cst-error with every cell’s row and column; a later mistake keeps the last good figures, stale', async () => {
    const box = await fixture<HTMLElement>(
      html`<div lang="it">
        <cst-kpi-tile
          ><table>
            <caption>
              Utenti
            </caption>
            <tr>
              <td>100</td>
            </tr>
          </table></cst-kpi-tile
        >
      </div>`,
    );
    const el = box.querySelector<Cst>('cst-kpi-tile')!;
    await settled(el);
    const heard = listen(el);
    el.querySelector('td')!.textContent = 'cento';
    await waitUntil(() => heard.errors.length > 0, 'no cst-error', { timeout: 5000 });
    expect(heard.errors[0]).to.deep.include({ code: 'invalid-table', keptLastGood: true });
    expect(heard.errors[0]!.cells!.map((p) => [p.row, p.column, p.code])).to.deep.equal([
      [1, 1, 'not-a-number'],
    ]);
    await el.updateComplete;
    expect(el.status).to.equal('stale');
    expect(text(el)).to.contain('100');
    expect(tableShown(el), 'the drawing stays: the table stays hidden').to.equal(false);
  });

  it('reads numbers as the page’s language writes them, again when the language changes', async () => {
    const box = await fixture<HTMLElement>(
      html`<div lang="it">
        <cst-kpi-tile
          ><table>
            <caption>
              Importo
            </caption>
            <tr>
              <td>1.234,5</td>
            </tr>
          </table></cst-kpi-tile
        >
      </div>`,
    );
    const el = box.querySelector<Cst>('cst-kpi-tile')!;
    await settled(el);
    expect(text(el)).to.contain('1.234,5');
    // German writes numbers as Italian does: the same figures, not read again, not announced again.
    const heard = listen(el);
    const locale = () => (el as unknown as { locale: string }).locale;
    box.lang = 'de';
    await waitUntil(() => locale() === 'de', `locale ${locale()}`, { timeout: 5000 });
    await el.updateComplete;
    expect(heard.data).to.equal(0);
    expect(text(el)).to.contain('1.234,5');
    box.lang = 'en';
    await waitUntil(() => el.status === 'error', `status ${el.status}`, { timeout: 5000 });
    expect(text(el)).to.contain('"1.234,5" is not a number');
    el.querySelector('td')!.textContent = '1,234.5';
    await waitUntil(() => el.status === 'ready', `status ${el.status}`, { timeout: 5000 });
    expect(text(el)).to.contain('1,234.5');
  });

  it('takes the columns and the title the attributes name', async () => {
    const el = await place(
      html`<div lang="it">
        <cst-trend-line read-columns="Anno; di cui CNS" dataset-title="Solo CNS"
          ><table>
            <tr>
              <th>Note</th>
              <th>Anno</th>
              <th>di cui CNS</th>
            </tr>
            <tr>
              <td>prima</td>
              <td>2015</td>
              <td>4.287</td>
            </tr>
            <tr>
              <td></td>
              <td>2016</td>
              <td>7.125</td>
            </tr>
          </table></cst-trend-line
        >
      </div>`,
    );
    expect(el.status).to.equal('ready');
    expect(text(el)).to.contain('Solo CNS');
    expect(el.shadowRoot!.getElementById('description')!.textContent).to.contain('massimo 7.125 (2016)');
    el.setAttribute('read-columns', 'Anno; Note');
    await waitUntil(() => el.status === 'error', `status ${el.status}`, { timeout: 5000 });
    expect(text(el)).to.contain('colonna A (Note): "prima" non è un numero');
  });

  it('comes after data and an inline JSON child, and before src: the table wins over an address', async () => {
    const kpiJson = JSON.stringify({ kind: 'kpi', title: 'Da JSON', value: 7 });
    const inline = await place(
      html`<div lang="it">
        <cst-kpi-tile
          ><script type="application/json">
            ${kpiJson}
          </script>
          <table>
            <tr>
              <td>8</td>
            </tr>
          </table></cst-kpi-tile
        >
      </div>`,
    );
    expect(inline.route).to.equal('inline');
    const withSrc = await place(
      html`<div lang="it">
        <cst-kpi-tile src="/__test/status/500"
          ><table>
            <caption>
              Dalla tabella
            </caption>
            <tr>
              <td>9</td>
            </tr>
          </table></cst-kpi-tile
        >
      </div>`,
    );
    expect(withSrc.route).to.equal('table');
    expect(text(withSrc)).to.contain('9');
  });

  it('is refused, with the table left for readers, by an element that cannot read one', async () => {
    const el = await place(
      html`<div lang="it">
        <cst-deployment-matrix
          ><table>
            <tr>
              <th>Comune</th>
              <th>SPID</th>
            </tr>
            <tr>
              <td>Fiesole</td>
              <td>sì</td>
            </tr>
          </table></cst-deployment-matrix
        >
      </div>`,
    );
    expect(el.status).to.equal('error');
    expect(text(el)).to.contain('non legge tabelle né file CSV');
    expect(tableShown(el)).to.equal(true);
    await aTimeout(0);
  });
});
