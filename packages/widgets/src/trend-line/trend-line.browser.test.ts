import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { SeriesDataset } from '@cst/schema';
import '../cst-trend-line.js';
import type { CstTrendLine } from './trend-line.js';
import { REPORT_URL, focusReport } from '../../test/docs.js';
import { $, $$, ready } from '../../test/dom.js';

const credentials = async () => (await focusReport()).datasets['credentials-by-year'] as SeriesDataset;

function big(n: number, label = 'Uptime'): SeriesDataset {
  const points: [number, number][] = new Array(n);
  for (let i = 0; i < n; i++) points[i] = [i, Math.sin(i / 5000) * 10 + (i === 777_777 ? 50 : 0)];
  return { kind: 'series', title: 'Grande', x: { type: 'year' }, series: [{ id: 'a', label, points }] };
}

const text = (node: Element | null) => node!.textContent!.replace(/\s+/g, ' ').trim();
/** What the element's one live region says now. */
const announced = (el: Element) => text($(el, '[aria-live]'));
/** Waits until the live region says `words` (answers to keys come at most four a second). */
const says = (el: Element, words: string) =>
  waitUntil(() => announced(el) === words, `never said "${words}" (said "${announced(el)}")`);

async function key(el: CstTrendLine, name: string): Promise<void> {
  $(el, '[part="plot"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
  await el.updateComplete;
}

describe('cst-trend-line', () => {
  it('shows the seed credentials, cumulated, with the right values in the data table', async () => {
    const el = await fixture<CstTrendLine>(
      html`<cst-trend-line view="cumulative" .data=${await credentials()}></cst-trend-line>`,
    );
    await ready(el);
    expect($$(el, '.line')).to.have.length(4); // two series + two legend keys
    const toggle = $$(el, '.tools button')[0]!;
    expect(text(toggle)).to.equal('Mostra dati');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    const rows = $$(el, 'tbody tr').map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rows[0]).to.deep.equal(['2007', '198', '']);
    expect(rows[9]).to.deep.equal(['2016', '55.211', '7.125']);
    expect($(el, 'caption')!.textContent).to.contain('17 punti in totale');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const axis = $$(el, '.axis.x text').map((t) => t.textContent);
    expect(axis).to.include('2016');
    expect(axis.join()).not.to.contain('2.0');
  });

  it('plots per-year releases by default and describes them in words', async () => {
    const el = await fixture<CstTrendLine>(
      html`<cst-trend-line .data=${await credentials()}></cst-trend-line>`,
    );
    await ready(el);
    const plot = $(el, '[part="plot"]')!;
    expect(plot.getAttribute('tabindex')).to.equal('0');
    expect(plot.getAttribute('aria-label')).to.equal('Credenziali di accesso');
    const description = el.shadowRoot!.getElementById(plot.getAttribute('aria-describedby')!)!;
    expect(description.textContent).to.contain('massimo 13.584 (2016)');
  });

  it('writes a threshold’s label once and its value once, beside it, in the page’s language', async () => {
    const live = new URL('../../../schema/fixtures/centro-servizi-oggi.json', import.meta.url).href;
    const box = await fixture<HTMLElement>(
      html`<div lang="it"><cst-trend-line src=${live} dataset="response-time-trend"></cst-trend-line></div>`,
    );
    const dashboard = await ready(box.querySelector('cst-trend-line')!);
    expect(dashboard.status).to.equal('ready');
    expect(text($(dashboard, '[part="threshold"]'))).to.equal('Soglia SLA.3: 7 ms');
    const target = { ...big(3), thresholds: [{ value: 1234.5, label: 'Obiettivo' }] };
    target.y = { format: { style: 'decimal', maximumFractionDigits: 1 } };
    const english = await fixture<CstTrendLine>(
      html`<cst-trend-line lang="en" .data=${target}></cst-trend-line>`,
    );
    await ready(english);
    expect(text($(english, '[part="threshold"]'))).to.equal('Obiettivo: 1,234.5');
  });

  it('moves between points and series with the keyboard, announcing and showing each point', async () => {
    const el = await fixture<CstTrendLine>(
      html`<cst-trend-line .data=${await credentials()}></cst-trend-line>`,
    );
    await ready(el);
    $(el, '[part="plot"]')!.focus();
    await el.updateComplete;
    await says(el, 'Credenziali attive, 2016: 13.584');
    expect(text($(el, '[part="tooltip"]'))).to.equal('Credenziali attive, 2016: 13.584');
    expect($$(el, '[aria-live]'), 'one live region').to.have.length(1);
    await key(el, 'ArrowLeft');
    await says(el, 'Credenziali attive, 2015: 12.022');
    await key(el, 'Home');
    await says(el, 'Credenziali attive, 2007: 198');
    await key(el, 'PageDown');
    await says(el, 'Credenziali attive, 2008: 1.254');
    await key(el, 'End');
    await key(el, 'ArrowDown');
    await says(el, 'di cui CNS, 2016: 2.838');
    expect(text($(el, '[part="tooltip"]'))).to.equal('di cui CNS, 2016: 2.838');
    await key(el, 'ArrowUp');
    await says(el, 'Credenziali attive, 2016: 13.584');
    $(el, '[part="plot"]')!.blur();
    await el.updateComplete;
    expect($(el, '[part="tooltip"]')).to.equal(null);
  });

  it('shows the tooltip on hover', async () => {
    const el = await fixture<CstTrendLine>(
      html`<cst-trend-line .data=${await credentials()}></cst-trend-line>`,
    );
    await ready(el);
    const plot = $(el, '[part="plot"]')!;
    const box = plot.getBoundingClientRect();
    plot.dispatchEvent(
      new PointerEvent('pointermove', { clientX: box.right - 16, clientY: box.top + 20, bubbles: true }),
    );
    await el.updateComplete;
    expect($(el, '[part="tooltip"]')!.textContent).to.contain('2016');
  });

  it('follows its container width and draws once a hidden panel is shown', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div hidden style="width: 400px">
        <cst-trend-line></cst-trend-line>
      </div>`,
    );
    const el = box.querySelector('cst-trend-line')!;
    el.data = await credentials();
    await ready(el);
    expect($(el, '[part="plot"]')).to.equal(null);
    box.hidden = false;
    await waitUntil(() => $(el, '[part="plot"]'), 'never drew after being shown');
    expect($(el, '[part="plot"]')!.getAttribute('width')).to.equal('400');
    box.style.width = '320px';
    await waitUntil(
      () => $(el, '[part="plot"]')!.getAttribute('width') === '320',
      'did not follow the resize',
    );
  });

  it('renders a million points, drawing about two per pixel column, while the table counts them all', async () => {
    const el = await fixture<CstTrendLine>(
      html`<div style="width: 600px"><cst-trend-line .data=${big(1_000_000)}></cst-trend-line></div>`,
    );
    const chart = await ready(el.querySelector('cst-trend-line')!);
    const d = $(chart, '[part="plot"] .line')!.getAttribute('d')!;
    const drawn = d.split(/[ML]/).length - 1;
    expect(drawn).to.be.within(100, 1200);
    expect($(chart, '#description')!.textContent).to.contain('1.000.000 punti').and.contain('(777777)');
    $$(chart, '.tools button')[0]!.click();
    await chart.updateComplete;
    expect($$(chart, 'tbody tr')).to.have.length(100);
    expect($(chart, 'caption')!.textContent).to.contain('Righe 1–100 di 1.000.000');
    $$(chart, '.pager button')[1]!.click();
    await chart.updateComplete;
    expect($$(chart, 'tbody th')[0]!.textContent).to.equal('100');
  });

  it('appends streamed points and announces them', async () => {
    const data = big(1000);
    const el = await fixture<CstTrendLine>(html`<cst-trend-line .data=${data}></cst-trend-line>`);
    await ready(el);
    await aTimeout(0);
    const points = [...data.series[0]!.points, [1000, 99] as [number, number]];
    el.data = { ...data, series: [{ ...data.series[0]!, points }] };
    await el.updateComplete;
    await waitUntil(() => announced(el).includes('1 nuovi punti'), 'no announcement', {
      timeout: 6000,
    });
    expect($(el, '#description')!.textContent).to.contain('1.001 punti').and.contain('massimo 99');
  });

  it('shows the empty and error states, and speaks English on an English page', async () => {
    const empty = await fixture<CstTrendLine>(
      html`<cst-trend-line
        .data=${{ kind: 'series', title: 'Vuoto', x: { type: 'year' }, series: [] }}
      ></cst-trend-line>`,
    );
    await ready(empty);
    expect(empty.status).to.equal('empty');
    const failing = document.createElement('cst-trend-line');
    failing.src = '/__test/status/404';
    const event = oneEvent(failing, 'cst-error');
    document.body.append(failing);
    await event;
    expect(failing.status).to.equal('error');
    failing.remove();
    const box = await fixture(
      html`<div lang="en">
        <cst-trend-line src=${REPORT_URL} dataset="credentials-by-year"></cst-trend-line>
      </div>`,
    );
    const en = await ready(box.querySelector('cst-trend-line')!);
    expect(text($$(en, '.tools button')[0]!)).to.equal('Show data');
  });

  it('stops observing its size when disconnected', async () => {
    const el = await fixture<CstTrendLine>(
      html`<cst-trend-line .data=${await credentials()}></cst-trend-line>`,
    );
    await ready(el);
    const size = (el as unknown as { size: { width: number } }).size;
    const width = size.width;
    expect(width).to.be.above(0);
    el.remove();
    // A live observer reports a removed element as 0 wide within a frame or two.
    for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
    await aTimeout(50);
    expect(size.width, 'still observed after removal').to.equal(width);
  });

  it('is accessible (axe), with the table open', async () => {
    const el = await fixture<CstTrendLine>(
      html`<cst-trend-line view="cumulative" .data=${await credentials()}></cst-trend-line>`,
    );
    await ready(el);
    await expect(el).to.be.accessible();
    $$(el, '.tools button')[0]!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
