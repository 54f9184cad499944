import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../cst-trend-line.js';
import { FOCUS_URL } from '../../test/docs.js';

describe('cst-trend-line in print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('fits the printed width without waiting for a resize, with every year and no controls', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width:1000px">
        <cst-trend-line src=${FOCUS_URL} dataset="credentials-by-year"></cst-trend-line>
      </div>`,
    );
    const el = box.querySelector('cst-trend-line')!;
    await waitUntil(() => el.shadowRoot!.querySelector('svg.plot'), 'no plot', { timeout: 5000 });
    const root = el.shadowRoot!;
    const tools = root.querySelector('.tools')!;
    expect(tools.checkVisibility()).to.equal(true);
    await emulateMedia({ media: 'print' });
    // Paper is narrower than the window the page was drawn in; printing gives no resize callback.
    box.style.width = '500px';
    const plot = root.querySelector('svg.plot')!.getBoundingClientRect();
    const right = box.getBoundingClientRect().right;
    expect(plot.width).to.be.closeTo(500, 1);
    const years = [...root.querySelectorAll('svg.plot text')].filter((t) =>
      /^20\d\d$/.test(t.textContent!.trim()),
    );
    const last = years.find((t) => t.textContent!.trim() === '2016');
    expect(last, 'the 2016 tick is drawn').to.exist;
    expect(last!.getBoundingClientRect().right).to.be.at.most(right + 16);
    expect(tools.checkVisibility()).to.equal(false);
    // Back to the drawn width before the next frame: the paper layout never reaches a ResizeObserver.
    box.style.width = '1000px';
  });
});
