import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../cst-kpi-tile.js';
import { FOCUS_URL } from '../../test/docs.js';

describe('cst-kpi-tile in print and on a phone', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('keeps a tile on one page in print', async () => {
    const el = await fixture(html`<cst-kpi-tile src=${FOCUS_URL} dataset="active-services"></cst-kpi-tile>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="tile"]'), 'no tile', { timeout: 5000 });
    const tile = el.shadowRoot!.querySelector('[part="tile"]')!;
    expect(getComputedStyle(tile).breakInside).to.equal('auto');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(tile).breakInside).to.equal('avoid');
  });

  it('keeps the value and the note inside a 160px tile', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width:160px">
        <cst-kpi-tile src=${FOCUS_URL} dataset="active-services"></cst-kpi-tile>
      </div>`,
    );
    const el = box.querySelector('cst-kpi-tile')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="value"]'), 'no tile', { timeout: 5000 });
    const right = el.shadowRoot!.querySelector('[part="tile"]')!.getBoundingClientRect().right;
    for (const part of el.shadowRoot!.querySelectorAll('[part="value"], [part="note"], [part="delta"]'))
      expect(part.getBoundingClientRect().right).to.be.at.most(right);
  });
});
