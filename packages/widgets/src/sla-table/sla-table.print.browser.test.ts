import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../cst-sla-table.js';
import type { CstSlaTable } from './sla-table.js';
import { FOCUS_URL } from '../../test/docs.js';

async function table(width: string): Promise<CstSlaTable> {
  const box = await fixture<HTMLDivElement>(
    html`<div style="width:${width}"><cst-sla-table src=${FOCUS_URL} dataset="sla"></cst-sla-table></div>`,
  );
  const el = box.querySelector('cst-sla-table')!;
  await waitUntil(() => el.status === 'ready', 'element never got ready', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const all = (el: CstSlaTable, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const rect = (node: Element) => node.getBoundingClientRect();

describe('cst-sla-table layout and print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('draws the Stato cell as a table cell, its rule on the same line as the rest of the row', async () => {
    const el = await table('1000px');
    for (const row of all(el, 'tbody tr')) {
      const status = row.querySelector('td.status')!;
      const label = row.querySelector('td.label')!;
      expect(getComputedStyle(status).display).to.equal('table-cell');
      expect(rect(status).top).to.be.closeTo(rect(label).top, 0.5);
      expect(rect(status).bottom).to.be.closeTo(rect(label).bottom, 0.5);
    }
  });

  it('on a phone gives the caption the full width of the cards', async () => {
    const el = await table('360px');
    const caption = all(el, 'caption')[0]!;
    const card = all(el, 'tbody tr')[0]!;
    expect(rect(caption).width).to.be.greaterThan(rect(card).width - 2);
    // The status value starts where the other values of the card start.
    const value = (cls: string) => card.querySelector(`td.${cls} > span:last-child`)!;
    expect(rect(value('status')).left).to.be.closeTo(rect(value('label')).left, 1);
  });

  it('in print hides the CSV button and the sort arrows and keeps the SLA column readable on A4', async () => {
    const el = await table('700px');
    expect(all(el, '[part="download"]')[0]!.checkVisibility()).to.equal(true);
    expect(all(el, '[part="sort-icon"]').length).to.be.greaterThan(0);
    await emulateMedia({ media: 'print' });
    expect(all(el, '[part="download"]')[0]!.checkVisibility()).to.equal(false);
    expect(all(el, '[part="sort-icon"]').every((icon) => !icon.checkVisibility())).to.equal(true);
    // No button box on paper: Chromium prints a button in a header repeated on the next page empty.
    const sorts = all(el, '[part="sort-button"]');
    expect(sorts.length).to.be.greaterThan(0);
    expect(sorts.every((b) => getComputedStyle(b).display === 'contents')).to.equal(true);
    // SLA.6: a qualitative target and measure on the same row as a long label.
    const row = all(el, 'tbody tr').find((r) => r.textContent!.includes('SLA.6'))!;
    expect(rect(row.querySelector('td.label')!).width).to.be.greaterThan(150);
  });

  it('prints a table on A4 at 11 pt and cards on paper narrower than 32rem', async () => {
    const a4 = await table('703px');
    a4.style.fontSize = '11pt';
    const narrow = await table('440px');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(all(a4, 'table')[0]!).display).to.equal('table');
    expect(getComputedStyle(all(narrow, 'table')[0]!).display).to.equal('block');
    // Cards stay inside the paper: nothing runs past the element's box.
    const right = rect(narrow).right;
    expect(all(narrow, 'td').every((cell) => rect(cell).right <= right + 0.5)).to.equal(true);
  });
});
