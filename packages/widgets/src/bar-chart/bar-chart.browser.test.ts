import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ReportDocument, TableDataset } from '@cst/schema';
import '../cst-bar-chart.js';
import type { CstBarChart } from './bar-chart.js';
import { csvFromButton } from '../../test/csv.js';
import { FOCUS_URL, focusReport } from '../../test/docs.js';
import { $, $$, ready as whenReady, squash as clean } from '../../test/dom.js';

let focus: ReportDocument;

before(async () => {
  focus = await focusReport();
});

const ready = (el: Element) => whenReady(el as CstBarChart);

async function key(el: CstBarChart, name: string) {
  $(el, '[part="plot"]')!.dispatchEvent(
    new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true }),
  );
  await el.updateComplete;
}

describe('cst-bar-chart', () => {
  it('draws the top payment services with their figures written on the bars', async () => {
    const el = await ready(
      await fixture<CstBarChart>(
        html`<cst-bar-chart
          src=${FOCUS_URL}
          dataset="top-payment-services"
          style="width: 640px"
        ></cst-bar-chart>`,
      ),
    );
    expect(clean($(el, 'figcaption')!.textContent)).to.equal(
      'Pagamenti: i 10 servizi più utilizzati nel trimestre',
    );
    expect($$(el, 'rect[part="bar"]')).to.have.length(11);
    const values = $$(el, 'text.value').map((t) => clean(t.textContent));
    expect(values.slice(0, 3)).to.deep.equal(['32.912', '27.086', '12.872']);
    expect($$(el, 'text.category').map((t) => t.textContent)).to.include('Firenze card');
    const bars = $$(el, 'rect[part="bar"]').map((r) => r.getBoundingClientRect().width);
    expect(bars[0]! / bars[1]!).to.be.closeTo(32912 / 27086, 0.01);
  });

  it('charts amounts when asked, sorted and cut to the top 3', async () => {
    const el = await ready(
      await fixture<CstBarChart>(
        html`<cst-bar-chart
          .data=${focus}
          dataset="top-payment-services"
          value-columns="amount"
          sort="desc"
          top="3"
        ></cst-bar-chart>`,
      ),
    );
    expect($$(el, 'text.value').map((t) => clean(t.textContent))).to.deep.equal([
      '4.100.543,40 €',
      '2.012.014,00 €',
      '1.705.819,41 €',
    ]);
  });

  it('groups 2015 and 2016 by category, with a legend and a hatch that needs no colour', async () => {
    const el = await ready(
      await fixture<CstBarChart>(
        html`<cst-bar-chart .data=${focus} dataset="usage-by-category"></cst-bar-chart>`,
      ),
    );
    expect($$(el, '[part="legend"] li').map((li) => clean(li.textContent))).to.deep.equal([
      'Anno 2015',
      'Anno 2016',
    ]);
    const rects = $$(el, 'rect[part="bar"]');
    expect(rects).to.have.length(18);
    expect(getComputedStyle(rects[1]!).fill).to.contain('url(');
    expect(getComputedStyle(rects[0]!).fill).not.to.contain('url(');
  });

  it('stands up vertically for years of a series', async () => {
    const el = await ready(
      await fixture<CstBarChart>(
        html`<cst-bar-chart
          .data=${focus}
          dataset="credentials-by-year"
          orientation="vertical"
        ></cst-bar-chart>`,
      ),
    );
    const rect = $$(el, 'rect[part="bar"]')[0]!.getBoundingClientRect();
    expect(rect.height).to.be.greaterThan(0);
    expect($$(el, 'text.category').map((t) => t.textContent)).to.include('2016');
    // 2007–2009 have no CNS figure: no bar label is written for them, not even "-".
    expect($$(el, 'text.value').map((t) => t.textContent))
      .to.have.length(17)
      .and.not.include('-');
  });

  it('has one tab stop; arrows move between bars, with a tooltip and a polite announcement', async () => {
    const box = await fixture(
      html`<div>
        <button>before</button>
        <cst-bar-chart .data=${focus} dataset="usage-by-category"></cst-bar-chart>
      </div>`,
    );
    const el = await ready(box.querySelector('cst-bar-chart')!);
    const plot = $(el, '[part="plot"]')!;
    expect(plot.getAttribute('tabindex')).to.equal('0');
    expect($$(el, '[tabindex]')).to.have.length(1);
    // A synthetic focus event: a test page in a background tab gets no real focus events.
    plot.dispatchEvent(new FocusEvent('focus'));
    await el.updateComplete;
    expect(clean($(el, '[part="tooltip"]')!.textContent)).to.equal('A&C e SUAP, Anno 2015: 114.877');
    await key(el, 'ArrowRight');
    expect(clean($(el, '[part="tooltip"]')!.textContent)).to.equal('A&C e SUAP, Anno 2016: 156.124');
    await key(el, 'End');
    expect(clean($(el, '[part="tooltip"]')!.textContent)).to.equal('Consultazioni, Anno 2016: 28.123');
    await aTimeout(300);
    await el.updateComplete;
    expect($$(el, '[aria-live]'), 'one live region').to.have.length(1);
    expect(clean($(el, '[aria-live="polite"]')!.textContent)).to.contain(
      'Consultazioni, Anno 2016: 28.123 (18 di 18)',
    );
    expect($$(el, 'rect.active')).to.have.length(1);
    plot.dispatchEvent(new FocusEvent('blur'));
    await el.updateComplete;
    expect($(el, '[part="tooltip"]')).to.equal(null);
  });

  it('shows the tooltip of the bar under the pointer', async () => {
    const el = await ready(
      await fixture(html`<cst-bar-chart .data=${focus} dataset="top-payment-services"></cst-bar-chart>`),
    );
    $$(el, 'rect[part="bar"]')[2]!.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect(clean($(el, '[part="tooltip"]')!.textContent)).to.equal('Firenze card: 12.872');
    $(el, '[part="plot"]')!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect($(el, '[part="tooltip"]')).to.equal(null);
  });

  it('describes itself and offers its data as a table behind “Mostra dati”', async () => {
    const el = await ready(
      await fixture<CstBarChart>(
        html`<cst-bar-chart .data=${focus} dataset="usage-by-category"></cst-bar-chart>`,
      ),
    );
    const plot = $(el, '[part="plot"]')!;
    expect(plot.getAttribute('role')).to.equal('img');
    const desc = $(el, `#${plot.getAttribute('aria-describedby')}`)!;
    expect(clean(desc.textContent)).to.contain(
      'Grafico a barre orizzontali con 9 categorie, serie: Anno 2015, Anno 2016.',
    );
    expect(clean(desc.textContent)).to.contain(
      'Anno 2016: il valore più alto è Contact Center (Casi tracciati) (307.363)',
    );
    const toggle = $(el, '[part="toggle"]')!;
    expect(clean(toggle.textContent)).to.equal('Mostra dati');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const rows = $$(el, '[part="table"] tbody tr').map((tr) =>
      [...tr.children].map((c) => clean(c.textContent)),
    );
    expect(rows[4]).to.deep.equal(['Pagamenti', '111.866', '110.509']);
    expect($$(el, '[part="table"] thead th').map((th) => th.textContent)).to.deep.equal([
      'Categoria servizi',
      'Anno 2015',
      'Anno 2016',
    ]);
  });

  it('offers its figures as CSV beside “Mostra dati”, in the order drawn, numbers as numbers', async () => {
    const el = await ready(
      await fixture<CstBarChart>(
        html`<cst-bar-chart .data=${focus} dataset="usage-by-category" sort="desc" top="3"></cst-bar-chart>`,
      ),
    );
    expect(clean($(el, '[part="download"]')!.textContent)).to.equal('Scarica i dati (CSV)');
    const { name, text } = await csvFromButton(el);
    expect(name).to.equal('utilizzo-per-categoria-di-servizi-confronto-2016-2015.csv');
    const lines = text.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).to.equal('Categoria servizi;Anno 2015;Anno 2016');
    expect(lines).to.have.length(4);
    expect(lines[1]).to.match(/^Contact Center \(Casi tracciati\);\d+;307363$/);
  });

  it('fits a 320px container', async () => {
    const box = await fixture(
      html`<div style="width: 320px">
        <cst-bar-chart .data=${focus} dataset="top-payment-services" value-columns="amount"></cst-bar-chart>
      </div>`,
    );
    const el = await ready(box.querySelector('cst-bar-chart')!);
    await waitUntil(() => $(el, 'svg[width="320"]'), 'did not measure its width');
    const right = el.getBoundingClientRect().right;
    for (const text of $$(el, 'text.value'))
      expect(text.getBoundingClientRect().right).to.be.at.most(right + 2);
  });

  it('follows resizes of its container', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><cst-bar-chart .data=${focus} dataset="tickets"></cst-bar-chart></div>`,
    );
    const el = await ready(box.querySelector('cst-bar-chart')!);
    box.style.width = '500px';
    await waitUntil(() => $(el, 'svg[width="500"]'), 'did not follow the resize');
  });

  it('speaks English on an English page', async () => {
    const box = await fixture(
      html`<div lang="en">
        <cst-bar-chart .data=${focus} dataset="top-payment-services"></cst-bar-chart>
      </div>`,
    );
    const el = await ready(box.querySelector('cst-bar-chart')!);
    expect(clean($(el, 'text.value')!.textContent)).to.equal('32,912');
    expect(clean($(el, '[part="toggle"]')!.textContent)).to.equal('Show data');
  });

  it('renders hostile strings as text', async () => {
    const bad = '<img src=x onerror="window.__pwned=1">';
    const data = structuredClone(focus.datasets['top-payment-services'] as TableDataset);
    data.title = bad;
    data.rows[0]!.cells.service = bad;
    const el = await ready(await fixture(html`<cst-bar-chart .data=${data}></cst-bar-chart>`));
    expect($(el, 'figcaption')!.textContent).to.equal(bad);
    expect($(el, 'text.category')!.textContent).to.equal(bad);
    expect($(el, 'img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows the shared states: loading, empty, error, stale', async () => {
    const loading = await fixture<CstBarChart>(html`<cst-bar-chart src="/__test/slow/300"></cst-bar-chart>`);
    await loading.updateComplete;
    expect(loading.getBoundingClientRect().height).to.be.at.least(16 * 16 - 1);
    const empty = await ready(
      await fixture<CstBarChart>(
        html`<cst-bar-chart
          .data=${{ ...(focus.datasets['top-payment-services'] as TableDataset), rows: [] }}
        ></cst-bar-chart>`,
      ),
    );
    expect(clean(empty.shadowRoot!.textContent)).to.contain('Nessun dato da mostrare.');
    const wrong = await ready(
      await fixture(html`<cst-bar-chart .data=${focus} dataset="device-share"></cst-bar-chart>`),
    );
    expect(clean(wrong.shadowRoot!.textContent)).to.contain('è di tipo «share»');
    const el = await ready(
      await fixture<CstBarChart>(
        html`<cst-bar-chart
          ><script type="application/json">
            ${JSON.stringify(focus.datasets['top-payment-services'])}
          </script></cst-bar-chart
        >`,
      ),
    );
    const event = oneEvent(el, 'cst-error');
    el.querySelector('script')!.textContent = '{';
    await event;
    await el.updateComplete;
    expect(el.status).to.equal('stale');
    expect($$(el, 'rect[part="bar"]')).to.have.length(11);
  });

  it('is accessible (axe), light and dark, table open', async () => {
    const box = await fixture(
      html`<div>
        <cst-bar-chart .data=${focus} dataset="usage-by-category"></cst-bar-chart>
        <div style="background: #16181b">
          <cst-bar-chart
            theme="dark"
            .data=${focus}
            dataset="top-payment-services"
            orientation="vertical"
          ></cst-bar-chart>
        </div>
      </div>`,
    );
    const charts = [...box.querySelectorAll('cst-bar-chart')];
    for (const el of charts) await ready(el);
    $(charts[0]!, '[part="toggle"]')!.click();
    await charts[0]!.updateComplete;
    await expect(box).to.be.accessible();
  });
});
