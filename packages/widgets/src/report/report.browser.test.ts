import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../cst-kpi-tile.js';
import type { CstKpiTile } from '../kpi-tile/kpi-tile.js';
import { REPORT_URL, kpi, testDocument } from '../../test/docs.js';
import { part, ready } from '../../test/dom.js';
import type { CstReport } from './report.js';

describe('cst-report', () => {
  it("leaves the page's content as it is: no shadow root, no node added, moved or replaced", async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div>
        <cst-report src=${`${REPORT_URL}?untouched=${Math.random()}`}>
          <h1>Focus</h1>
          <p class="lead">Testo</p>
          <cst-kpi-tile dataset="active-credentials"></cst-kpi-tile>
        </cst-report>
      </div>`,
    );
    const report = host.querySelector('cst-report')!;
    const before = [...report.childNodes];
    // Defined only now, as when the bundle arrives after the page has painted.
    await import('../cst-report.js');
    const tile = report.querySelector<CstKpiTile>('cst-kpi-tile')!;
    await ready(tile);
    await (report as CstReport).updateComplete;
    expect(customElements.get('cst-report')).to.not.equal(undefined);
    expect(report.shadowRoot === null, 'no shadow root').to.equal(true);
    const after = [...report.childNodes];
    expect(after.length).to.equal(before.length);
    expect(after.every((node, i) => node === before[i])).to.equal(true);
    expect(part(tile, 'value')!.textContent!.trim()).to.equal('55.211');
  });

  it('is a block unless the page says otherwise, in the document and in a shadow root', async () => {
    await import('../cst-report.js');
    const plain = await fixture<CstReport>(html`<cst-report><p>Testo</p></cst-report>`);
    expect(getComputedStyle(plain).display).to.equal('block');

    const styled = await fixture<HTMLDivElement>(
      html`<div>
        <style>
          .contents cst-report {
            display: contents;
          }
        </style>
        <div class="contents">
          <cst-report><p>Testo</p></cst-report>
        </div>
      </div>`,
    );
    expect(getComputedStyle(styled.querySelector('cst-report')!).display).to.equal('contents');

    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('cst-report');
    shadow.append(inner);
    expect(getComputedStyle(inner).display).to.equal('block');
    expect(shadow.adoptedStyleSheets).to.have.length(1);
    shadow.append(document.createElement('cst-report'));
    expect(shadow.adoptedStyleSheets, 'adopted once per root').to.have.length(1);
  });

  it('with neither data nor src shares nothing: its elements wait (no error) until data is set', async () => {
    await import('../cst-report.js');
    const report = await fixture<CstReport>(
      html`<cst-report><cst-kpi-tile dataset="uptime"></cst-kpi-tile></cst-report>`,
    );
    const tile = report.querySelector<CstKpiTile>('cst-kpi-tile')!;
    const errors: Event[] = [];
    tile.addEventListener('cst-error', (event) => errors.push(event));
    await aTimeout(100);
    expect(tile.status).to.equal('loading');
    expect(errors).to.have.length(0);
    report.data = testDocument({ uptime: kpi({ value: 42 }) });
    await waitUntil(() => tile.status === 'ready', `status: ${tile.status}`);
    expect(part(tile, 'value')!.textContent!.trim()).to.equal('42');
  });
});
