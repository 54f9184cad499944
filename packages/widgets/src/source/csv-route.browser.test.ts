// A CSV file as src: Italian spreadsheet exports and plain CSV, read as the element's kind, live
// like a JSON document (refresh, conditional requests, stale marking), and what an element saves as
// CSV draws the same figures when served back.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ReportDocument } from '@cst/schema';
import '../cst-bar-chart.js';
import '../cst-data-table.js';
import '../cst-share.js';
import '../cst-sla-table.js';
import '../cst-trend-line.js';
import type { CstElement } from '../core/base-element.js';
import { savedCsv } from '../../test/csv.js';
import { FOCUS_URL } from '../../test/docs.js';
import { text } from '../../test/dom.js';
import { listen } from '../../test/probe.js';
import { putFile, seen, unique } from '../../test/test-server.js';
import { sourceSettings } from './shared-source.js';

sourceSettings.minRefreshMs = 50;
sourceSettings.backoff = { baseMs: 20, capMs: 100 };

type Cst = CstElement & { route?: string; downloadCsv(): void };

const until = (check: () => boolean, what: () => string) =>
  waitUntil(check, 'waited 5 s', { timeout: 5000 }).catch(() => {
    throw new Error(what());
  });

async function place(template: ReturnType<typeof html>): Promise<Cst> {
  const box = await fixture<HTMLElement>(template);
  const el = box.querySelector<Cst>('*')!;
  await until(
    () => el.status !== 'loading',
    () => `<${el.localName}> still loading`,
  );
  await el.updateComplete;
  return el;
}

const description = (el: Cst) => el.shadowRoot!.getElementById('description')?.textContent ?? '';

/** As a spreadsheet set to Italian saves it: byte order mark, ";", CRLF, decimal comma, thousands dot, gg/mm/aaaa. */
const ITALIAN =
  '\uFEFFGiorno;Accessi;Quota mobile\r\n01/03/2017;1.200;35,9%\r\n02/03/2017;1.350,5;41%\r\n03/03/2017;980;–\r\n';

describe('a CSV file as src', () => {
  it('reads an Italian spreadsheet export as the trend line’s series, served as text/csv', async () => {
    const key = unique('italian');
    await putFile(key, ITALIAN, 'text/csv; charset=utf-8');
    const el = await place(
      html`<div lang="it">
        <cst-trend-line src=${`/__test/doc/${key}`} dataset-title="Accessi al portale"></cst-trend-line>
      </div>`,
    );
    expect(el.status).to.equal('ready');
    expect(el.route).to.equal('src');
    expect(text(el)).to.contain('Accessi al portale');
    expect(description(el))
      .to.contain('dal 01/03/2017 al 03/03/2017')
      .and.contain('massimo 1.350,5 (02/03/2017)')
      .and.contain('massimo 41% (02/03/2017)');
    await expect(el).to.be.accessible();
  });

  it('reads plain CSV by its .csv path, whatever the server calls it, and shows it in the page’s language', async () => {
    const key = `${unique('plain')}.csv`;
    await putFile(key, 'Service,Payments\nSchool meals,1234567.5\nTransport,98765\n', 'text/plain');
    const el = await place(
      html`<div lang="it"><cst-bar-chart src=${`/__test/doc/${key}`}></cst-bar-chart></div>`,
    );
    expect(el.status).to.equal('ready');
    // Titled by the file's name when no dataset-title is given.
    expect(text(el)).to.contain(key.replace('.csv', '').replace(/-/g, ' '));
    expect(text(el)).to.contain('School meals').and.contain('1.234.567,5').and.contain('98.765');
  });

  it('says which row and column of the file it cannot read; cst-error has them all', async () => {
    const key = unique('broken');
    await putFile(key, 'Anno;Attive\r\n2015;12.022\r\n2016;tredicimila\r\nieri;14.000\r\n', 'text/csv');
    const box = await fixture<HTMLElement>(html`<div lang="it"></div>`);
    const el = document.createElement('cst-trend-line') as Cst;
    const heard = listen(el);
    el.src = `/__test/doc/${key}`;
    box.append(el);
    await until(
      () => el.status === 'error',
      () => `status ${el.status}`,
    );
    await el.updateComplete;
    expect(text(el)).to.contain(
      'File CSV dei dati da correggere (2 problemi). Il primo: riga 4, colonna A (Anno): "ieri" non è un anno, una data gg/mm/aaaa o una data ISO',
    );
    expect(heard.errors).to.have.length(1);
    expect(heard.errors[0]).to.include({ code: 'invalid-csv', keptLastGood: false });
    expect(heard.errors[0]!.cells!.map((p) => [p.row, p.column, p.code])).to.deep.equal([
      [4, 1, 'bad-x'],
      [3, 2, 'not-a-number'],
    ]);
  });

  it('names each word in the bar chart’s only column of figures; a data table on the same file reads them as words', async () => {
    const key = unique('words');
    await putFile(
      key,
      'Servizio;Pagamenti\r\nMensa;1.234\r\nTrasporto;molti\r\nTaxi;5\r\nBus;tanti\r\n',
      'text/csv',
    );
    const box = await fixture<HTMLElement>(html`<div lang="it"></div>`);
    const table = document.createElement('cst-data-table') as Cst;
    const chart = document.createElement('cst-bar-chart') as Cst;
    const heard = listen(chart);
    for (const el of [table, chart]) {
      el.src = `/__test/doc/${key}`;
      box.append(el);
    }
    await until(
      () => chart.status === 'error' && table.status === 'ready',
      () => `bar chart ${chart.status}, data table ${table.status}`,
    );
    await chart.updateComplete;
    expect(text(chart)).to.contain(
      'File CSV dei dati da correggere (2 problemi). Il primo: riga 3, colonna B (Pagamenti): "molti" non è un numero',
    );
    expect(heard.errors[0]).to.include({ code: 'invalid-csv', keptLastGood: false });
    expect(heard.errors[0]!.cells!.map((p) => [p.row, p.column, p.code])).to.deep.equal([
      [3, 2, 'not-a-number'],
      [5, 2, 'not-a-number'],
    ]);
    expect(text(table)).to.contain('molti').and.contain('1.234');
  });

  it('takes the columns read-columns names, in its order, and reads again when they change', async () => {
    const key = unique('mapped');
    await putFile(
      key,
      'Codice;Servizio;Note;Pagamenti 2016\r\nP1;Mense scolastiche;da verificare;1.234.567,5\r\nP2;Trasporto;;98.765\r\n',
      'text/csv',
    );
    const el = await place(
      html`<div lang="it">
        <cst-bar-chart src=${`/__test/doc/${key}`} read-columns="Servizio; Pagamenti 2016"></cst-bar-chart>
      </div>`,
    );
    expect(el.status).to.equal('ready');
    expect(text(el)).to.contain('Mense scolastiche').and.contain('1.234.567,5').and.not.contain('P1');
    el.setAttribute('read-columns', 'Codice; Pagamenti 2016');
    await until(
      () => text(el).includes('P1'),
      () => text(el),
    );
    expect(text(el)).to.contain('98.765').and.not.contain('Mense scolastiche');
  });

  it('refreshes with conditional requests, draws a new version, and keeps the last good figures, stale, when a version breaks', async () => {
    const key = unique('live');
    await putFile(key, 'Anno;Attive\r\n2015;12.022\r\n', 'text/csv');
    const el = await place(
      html`<div lang="it">
        <cst-trend-line src=${`/__test/doc/${key}`} refresh="0.05" dataset-title="Attive"></cst-trend-line>
      </div>`,
    );
    const heard = listen(el);
    await waitUntil(async () => (await seen(key)).data.length >= 3, 'no polls', { timeout: 5000 });
    const later = (await seen(key)).data.slice(1);
    expect(later.every((r) => r.ifNoneMatch === `"${key}-1"` && r.status === 304)).to.equal(true);
    expect(heard.data, 'a 304 draws nothing again').to.equal(0);

    await putFile(key, 'Anno;Attive\r\n2015;12.022\r\n2016;13.584\r\n', 'text/csv');
    await until(
      () => description(el).includes('massimo 13.584 (2016)'),
      () => description(el),
    );
    expect(heard.data).to.equal(1);

    await putFile(key, 'Anno;Attive\r\n2015;12.022\r\n2016;molte\r\n', 'text/csv');
    await until(
      () => el.status === 'stale',
      () => `status ${el.status}`,
    );
    expect(description(el)).to.contain('massimo 13.584 (2016)');
    expect(heard.errors[0]).to.include({ code: 'invalid-csv', keptLastGood: true });
    expect(text(el)).to.contain('non aggiornati');
  });

  describe('what an element saves as CSV, served back as its src, draws the same figures', () => {
    let focus: ReportDocument;
    before(async () => {
      focus = (await (await fetch(FOCUS_URL)).json()) as ReportDocument;
    });

    /** The figures in a text as numbers (Italian: thousands dots, decimal comma): 738,0% and 738% are one figure. */
    const figures = (words: string) =>
      (words.match(/[-+−]?\d[\d.]*(?:,\d+)?/g) ?? []).map((n) =>
        Number(n.replace(/\./g, '').replace(',', '.').replace('−', '-')),
      );
    /** The text of what the element draws its rows in (a file carries no notes, period or decimals to show). */
    const rows = (el: Cst) =>
      [...el.shadowRoot!.querySelectorAll('tbody, tfoot')].map((part) => part.textContent).join(' ');
    const cases: Array<[tag: string, dataset: string, shown: (el: Cst) => unknown]> = [
      ['cst-trend-line', 'credentials-by-year', (el) => description(el)],
      ['cst-data-table', 'usage-by-category', (el) => figures(rows(el))],
      ['cst-bar-chart', 'top-payment-services', (el) => text(el)],
      ['cst-sla-table', 'sla', (el) => figures(rows(el))],
      ['cst-share', 'device-share', (el) => text(el)],
    ];
    for (const [tag, id, shown] of cases) {
      it(`${tag} (${id})`, async () => {
        const box = await fixture<HTMLElement>(html`<div lang="it"></div>`);
        const original = document.createElement(tag) as Cst;
        Object.assign(original, { data: focus, datasetId: id });
        box.append(original);
        await until(
          () => original.status === 'ready',
          () => `${tag}: ${original.status}`,
        );
        const { text: csv } = await savedCsv(() => original.downloadCsv());
        const key = unique('round');
        await putFile(key, csv, 'text/csv; charset=utf-8');
        const copy = document.createElement(tag) as Cst;
        Object.assign(copy, { src: `/__test/doc/${key}`, datasetTitle: focus.datasets[id]!.title });
        box.append(copy);
        await until(
          () => copy.status !== 'loading',
          () => `${tag} copy still loading`,
        );
        await copy.updateComplete;
        expect(copy.status, text(copy)).to.equal('ready');
        const figuresShown = shown(original);
        expect(JSON.stringify(figuresShown), 'the original shows its figures').to.have.length.above(40);
        expect(shown(copy)).to.deep.equal(figuresShown);
      });
    }
  });
});
