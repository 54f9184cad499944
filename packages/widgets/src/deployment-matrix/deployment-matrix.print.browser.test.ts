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
});
