import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../cst-data-table.js';
import type { CstDataTable } from './data-table.js';
import { FOCUS_URL, entityTable } from '../../test/docs.js';

describe('cst-data-table in print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('hides the CSV button and the sort arrows, keeps the column names', async () => {
    const el = await fixture(
      html`<cst-data-table src=${FOCUS_URL} dataset="payments-by-entity"></cst-data-table>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="download"]'), 'no table', { timeout: 5000 });
    const root = el.shadowRoot!;
    const icons = [...root.querySelectorAll('[part="sort-icon"]')];
    expect(icons.length).to.be.greaterThan(0);
    expect(icons.every((i) => i.checkVisibility())).to.equal(true);
    await emulateMedia({ media: 'print' });
    expect(root.querySelector('[part="download"]')!.checkVisibility()).to.equal(false);
    expect(icons.some((i) => i.checkVisibility())).to.equal(false);
    // The button gives up its box on paper (Chromium prints a button in a repeated header empty):
    // the column name is the header cell's own rendered text.
    const sort = root.querySelector('[part="sort-button"]')!;
    expect(getComputedStyle(sort).display).to.equal('contents');
    expect((sort.closest('th') as HTMLElement).innerText.trim()).to.equal('Ente');
  });

  it('prints every row of a table that shows only the rows in view on screen', async () => {
    const el = await fixture<CstDataTable>(html`<cst-data-table .data=${entityTable()}></cst-data-table>`);
    await waitUntil(() => el.virtualised && el.shadowRoot!.querySelector('tbody tr'), 'no rows');
    const rows = () => el.shadowRoot!.querySelectorAll('tbody tr[aria-rowindex]');
    expect(rows().length).to.be.below(100);
    window.dispatchEvent(new Event('beforeprint'));
    expect(rows().length).to.equal(1000);
    expect(rows()[999]!.textContent).to.contain('Ente 1000');
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(rows().length).to.be.below(100);
  });
});
