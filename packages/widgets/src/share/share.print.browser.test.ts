import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../cst-share.js';
import { FOCUS_URL } from '../../test/docs.js';

describe('cst-share in print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('hides the data toggle and the tooltip, keeps the legend with its shares', async () => {
    const el = await fixture(html`<cst-share src=${FOCUS_URL} dataset="device-share"></cst-share>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="toggle"]'), 'no chart', { timeout: 5000 });
    const root = el.shadowRoot!;
    (root.querySelector('[part="plot"]') as HTMLElement).focus();
    await waitUntil(() => root.querySelector('[part="tooltip"]'), 'no tooltip on focus');
    expect(root.querySelector('[part="tooltip"]')!.checkVisibility()).to.equal(true);
    await emulateMedia({ media: 'print' });
    expect(root.querySelector('[part="toggle"]')!.checkVisibility()).to.equal(false);
    expect(root.querySelector('[part="tooltip"]')!.checkVisibility()).to.equal(false);
    const legend = root.querySelector('[part="legend"]')!;
    expect(legend.checkVisibility()).to.equal(true);
    expect(legend.textContent).to.contain('70,2%');
  });
});
