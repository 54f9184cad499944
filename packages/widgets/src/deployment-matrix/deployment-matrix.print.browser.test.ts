import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../cst-deployment-matrix.js';
import { FOCUS_URL } from '../../test/docs.js';
import { nationalMatrix } from './national-matrix.js';

describe('cst-deployment-matrix in print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints every row once, the totals below the last row, without controls or a scroll box', async () => {
    const el = await fixture(
      html`<cst-deployment-matrix src=${FOCUS_URL} dataset="deployment"></cst-deployment-matrix>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="summary"]'), 'no summary', { timeout: 5000 });
    const root = el.shadowRoot!;
    const controls = root.querySelector('[part="controls"]')!;
    expect(controls.checkVisibility()).to.equal(true);
    await emulateMedia({ media: 'print' });
    expect(controls.checkVisibility()).to.equal(false);
    const scroller = root.querySelector<HTMLElement>('[part="scroller"]')!;
    expect(scroller.scrollHeight).to.be.at.most(scroller.clientHeight + 1);
    const rows = [...root.querySelectorAll('.body .row')];
    expect(rows.length).to.equal(28);
    const summary = root.querySelector('[part="summary"]')!.getBoundingClientRect();
    expect(summary.top).to.be.at.least(rows.at(-1)!.getBoundingClientRect().bottom - 1);
    expect(getComputedStyle(root.querySelector('.head')!).position).to.equal('static');
  });

  it('prints every row of a matrix that shows only the rows in view on screen', async () => {
    const el = await fixture(
      html`<cst-deployment-matrix .data=${nationalMatrix(600, 4)}></cst-deployment-matrix>`,
    );
    const rows = () => el.shadowRoot!.querySelectorAll('.body .row');
    await waitUntil(() => rows().length > 0, 'no rows', { timeout: 5000 });
    expect(rows().length).to.be.below(100);
    await emulateMedia({ media: 'print' });
    await waitUntil(() => rows().length === 600, `rows on paper: ${rows().length}`);
    expect(rows()[599]!.textContent).to.contain('Comune 600');
    expect(rows()[599]!.getAttribute('aria-rowindex')).to.equal('601');
  });

  it('lays every column out on an A4 width at 8 pt, its header repeated on each page', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 703px; font-size: 8pt">
        <cst-deployment-matrix src=${FOCUS_URL} dataset="deployment"></cst-deployment-matrix>
      </div>`,
    );
    const el = box.firstElementChild!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="summary"]'), 'no summary', { timeout: 5000 });
    const root = el.shadowRoot!;
    const grid = root.querySelector<HTMLElement>('[part="grid"]')!;
    // On screen the columns keep their widths and the grid scrolls sideways.
    expect(grid.scrollWidth).to.be.above(703);
    await emulateMedia({ media: 'print' });
    const edge = el.getBoundingClientRect();
    const headers = [...root.querySelectorAll('.head [role="columnheader"]')];
    expect(headers.length).to.equal(10);
    for (const header of headers) {
      const cell = header.getBoundingClientRect();
      expect(cell.left, header.textContent!).to.be.at.least(edge.left - 0.5);
      expect(cell.right, header.textContent!).to.be.at.most(edge.right + 0.5);
    }
    expect(grid.getBoundingClientRect().width).to.be.at.most(703.5);
    // A table header group is what Chromium prints again at the top of every page.
    expect(getComputedStyle(root.querySelector('.head')!).display).to.equal('table-header-group');
  });
});
