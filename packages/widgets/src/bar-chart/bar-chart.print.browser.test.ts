import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../cst-bar-chart.js';
import type { CstBarChart } from './bar-chart.js';
import { FOCUS_URL } from '../../test/docs.js';

async function chart(width: string): Promise<{ box: HTMLDivElement; el: CstBarChart }> {
  const box = await fixture<HTMLDivElement>(
    html`<div style="width:${width}">
      <cst-bar-chart src=${FOCUS_URL} dataset="usage-by-category"></cst-bar-chart>
    </div>`,
  );
  const el = box.querySelector('cst-bar-chart')!;
  await waitUntil(() => el.shadowRoot!.querySelector('[part="bar"]'), 'no bars', { timeout: 5000 });
  return { box, el };
}

describe('cst-bar-chart labels and print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('keeps category labels off the axis line', async () => {
    const { el } = await chart('800px');
    const zero = el.shadowRoot!.querySelector('line.zero')!.getBoundingClientRect();
    for (const label of el.shadowRoot!.querySelectorAll('text.category'))
      expect(label.getBoundingClientRect().left).to.be.greaterThan(zero.right);
  });

  it('fits the longest bar and its value on the printed width, without the data toggle', async () => {
    const { box, el } = await chart('1000px');
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="toggle"]')!.checkVisibility()).to.equal(true);
    await emulateMedia({ media: 'print' });
    box.style.width = '500px';
    const right = box.getBoundingClientRect().right;
    const ends = [...root.querySelectorAll('[part="bar"], text.value')].map(
      (n) => n.getBoundingClientRect().right,
    );
    expect(Math.max(...ends)).to.be.at.most(right + 1);
    expect(root.querySelector('[part="toggle"]')!.checkVisibility()).to.equal(false);
    // Back to the drawn width before the next frame: the paper layout never reaches a ResizeObserver.
    box.style.width = '1000px';
  });
});
