import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ReportDocument, ShareDataset } from '@cst/schema';
import '../cst-share.js';
import type { CstShare } from './share.js';
import { csvFromButton } from '../../test/csv.js';
import { FOCUS_URL, focusReport } from '../../test/docs.js';
import { $, $$, ready as whenReady, squash as clean } from '../../test/dom.js';

let focus: ReportDocument;

before(async () => {
  focus = await focusReport();
});

const device = () => structuredClone(focus.datasets['device-share'] as ShareDataset);

const ready = (el: Element) => whenReady(el as CstShare);

async function key(el: CstShare, name: string) {
  $(el, '[part~="plot"]')!.dispatchEvent(
    new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true }),
  );
  await el.updateComplete;
}

describe('cst-share', () => {
  it('shows the device share of the seed as a donut labelled 70,2% and 29,8%', async () => {
    const el = await ready(
      await fixture(html`<cst-share src=${FOCUS_URL} dataset="device-share"></cst-share>`),
    );
    expect(clean($(el, 'figcaption')!.textContent)).to.equal('Trend quota mobile');
    expect($$(el, 'path[part~="slice"]')).to.have.length(2);
    expect($$(el, 'svg text').map((t) => clean(t.textContent))).to.deep.equal(['70,2%', '29,8%']);
    expect($$(el, '[part="legend"] li').map((li) => clean(li.textContent))).to.deep.equal([
      'Desktop 70,2%',
      'Smartphone e tablet 29,8%',
    ]);
    const [a, b] = $$(el, 'path[part~="slice"]').map((p) => getComputedStyle(p).fill);
    expect(a).not.to.contain('url(');
    expect(b).to.contain('url(');
  });

  it('shows a stacked bar whose segments are as wide as their shares', async () => {
    const el = await ready(
      await fixture<CstShare>(
        html`<cst-share variant="bar" .data=${device()} style="width: 500px"></cst-share>`,
      ),
    );
    const segments = $$(el, '.segment');
    expect(segments.map((s) => clean(s.textContent))).to.deep.equal(['70,2%', '29,8%']);
    const [w1, w2] = segments.map((s) => s.getBoundingClientRect().width);
    expect(w1! / (w1! + w2!)).to.be.closeTo(0.702, 0.01);
  });

  it('has one tab stop; arrows move between parts, with a tooltip and an announcement', async () => {
    const el = await ready(await fixture(html`<cst-share .data=${device()}></cst-share>`));
    expect($$(el, '[tabindex]')).to.have.length(1);
    const plot = $(el, '[part~="plot"]')!;
    plot.dispatchEvent(new FocusEvent('focus'));
    await el.updateComplete;
    expect(clean($(el, '[part="tooltip"]')!.textContent)).to.equal('Desktop: 70,2%');
    await key(el, 'ArrowRight');
    expect(clean($(el, '[part="tooltip"]')!.textContent)).to.equal('Smartphone e tablet: 29,8%');
    expect($$(el, '.mark.active')).to.have.length(1);
    await aTimeout(300);
    await el.updateComplete;
    expect($$(el, '[aria-live]'), 'one live region').to.have.length(1);
    expect(clean($(el, '[aria-live="polite"]')!.textContent)).to.contain(
      'Smartphone e tablet: 29,8% (2 di 2)',
    );
  });

  it('shows the tooltip of the part under the pointer, without announcing it', async () => {
    const el = await ready(await fixture(html`<cst-share variant="bar" .data=${device()}></cst-share>`));
    $$(el, '.segment')[1]!.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect(clean($(el, '[part="tooltip"]')!.textContent)).to.equal('Smartphone e tablet: 29,8%');
    expect(clean($(el, '[aria-live="polite"]')!.textContent)).to.equal('');
    $(el, '[part~="plot"]')!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect($(el, '[part="tooltip"]')).to.equal(null);
  });

  it('describes itself and shows its data as a table', async () => {
    const el = await ready(await fixture(html`<cst-share .data=${device()}></cst-share>`));
    const plot = $(el, '[part~="plot"]')!;
    expect(clean($(el, `#${plot.getAttribute('aria-describedby')}`)!.textContent)).to.contain(
      'Grafico ad anello con 2 parti: Desktop 70,2%, Smartphone e tablet 29,8%. La parte maggiore è Desktop.',
    );
    $(el, '[part="toggle"]')!.click();
    await el.updateComplete;
    const rows = $$(el, '[part="table"] tr').map((tr) => [...tr.children].map((c) => clean(c.textContent)));
    expect(rows).to.deep.equal([
      ['Parte', 'Quota'],
      ['Desktop', '70,2%'],
      ['Smartphone e tablet', '29,8%'],
    ]);
  });

  it('offers its parts as CSV: share in percent and value, as numbers', async () => {
    const el = await ready(await fixture(html`<cst-share .data=${device()}></cst-share>`));
    const { name, text } = await csvFromButton(el);
    expect(name).to.match(/\.csv$/);
    expect(text.replace('\uFEFF', '').trim().split('\r\n')).to.deep.equal([
      'Parte;Quota (%);Valore',
      'Desktop;70,2;70,2',
      'Smartphone e tablet;29,8;29,8',
    ]);
  });

  it('speaks English on an English page', async () => {
    const box = await fixture(html`<div lang="en"><cst-share .data=${device()}></cst-share></div>`);
    const el = await ready(box.querySelector('cst-share')!);
    expect($$(el, 'svg text').map((t) => clean(t.textContent))).to.deep.equal(['70.2%', '29.8%']);
    expect(clean($(el, '[part="toggle"]')!.textContent)).to.equal('Show data');
  });

  it('renders hostile strings as text', async () => {
    const bad = '<img src=x onerror="window.__pwned=1">';
    const data = device();
    data.title = bad;
    data.parts[0]!.label = bad;
    const el = await ready(await fixture(html`<cst-share .data=${data}></cst-share>`));
    expect($(el, 'figcaption')!.textContent).to.equal(bad);
    expect(clean($(el, '[part="legend"] li span')!.textContent)).to.equal(bad);
    expect($(el, 'img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows the shared states: loading, empty, error, stale', async () => {
    const loading = await fixture<CstShare>(html`<cst-share src="/__test/slow/300"></cst-share>`);
    await loading.updateComplete;
    expect(loading.getBoundingClientRect().height).to.be.at.least(14 * 16 - 1);
    const empty = await ready(
      await fixture(html`<cst-share .data=${{ ...device(), parts: [] }}></cst-share>`),
    );
    expect(clean(empty.shadowRoot!.textContent)).to.contain('Nessun dato da mostrare.');
    const wrong = await ready(await fixture(html`<cst-share .data=${focus} dataset="tickets"></cst-share>`));
    expect(clean(wrong.shadowRoot!.textContent)).to.contain('è di tipo «table»');
    const el = await ready(
      await fixture<CstShare>(
        html`<cst-share
          ><script type="application/json">
            ${JSON.stringify(device())}
          </script></cst-share
        >`,
      ),
    );
    const event = oneEvent(el, 'cst-error');
    el.querySelector('script')!.textContent = '[';
    await event;
    await el.updateComplete;
    expect(el.status).to.equal('stale');
    expect($$(el, 'svg text').map((t) => clean(t.textContent))).to.deep.equal(['70,2%', '29,8%']);
  });

  it('is accessible (axe): donut and bar, light and dark, table open', async () => {
    const box = await fixture(
      html`<div>
        <cst-share .data=${device()}></cst-share>
        <div style="background: #16181b">
          <cst-share theme="dark" variant="bar" .data=${device()}></cst-share>
        </div>
      </div>`,
    );
    const charts = [...box.querySelectorAll('cst-share')];
    for (const el of charts) await ready(el);
    $(charts[1]!, '[part="toggle"]')!.click();
    await charts[1]!.updateComplete;
    await expect(box).to.be.accessible();
  });
});
