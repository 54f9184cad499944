import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../cst-kpi-tile.js';
import { kpi, testDocument } from '../../test/docs.js';

/** The modules the page has fetched whose name includes `name`. */
const fetched = (name: string) =>
  performance.getEntriesByType('resource').filter((entry) => entry.name.includes(name)).length;

describe('the words for problems', () => {
  it('are loaded only when a problem is first shown, never by a page whose data is fine', async () => {
    const good = await fixture(
      html`<cst-kpi-tile .data=${testDocument({ uptime: kpi() })} dataset="uptime"></cst-kpi-tile>`,
    );
    await waitUntil(() => (good as HTMLElement & { status: string }).status === 'ready', 'not ready');
    expect(fetched('problem-message'), 'loaded with good data').to.equal(0);

    const bad = await fixture(
      html`<cst-kpi-tile lang="it" .data=${testDocument({ uptime: kpi() })} dataset="nope"></cst-kpi-tile>`,
    );
    await waitUntil(() => (bad as HTMLElement & { status: string }).status === 'error', 'no error');
    expect(fetched('problem-message'), 'loaded for the problem').to.equal(1);
    expect(bad.shadowRoot!.textContent).to.contain('Il documento non contiene il dataset «nope»');
  });
});
