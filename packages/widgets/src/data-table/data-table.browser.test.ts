import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ReportDocument, TableDataset } from '@cst/schema';
import '../cst-data-table.js';
import '../cst-report.js';
import type { CstDataTable } from './data-table.js';
import { FOCUS_URL, entityTable, focusReport } from '../../test/docs.js';
import { csvFromButton, savedCsv } from '../../test/csv.js';
import { ready as whenReady, squash as clean } from '../../test/dom.js';

let focus: ReportDocument;

before(async () => {
  focus = await focusReport();
});

const ready = (el: Element) => whenReady(el as CstDataTable);

/** The rows of the table as a reader sees them: the text of each cell. */
function rows(el: CstDataTable, selector = 'tbody tr, tfoot tr'): string[][] {
  return [...el.shadowRoot!.querySelectorAll(selector)].map((tr) =>
    [...tr.children].map((c) => clean(c.textContent)),
  );
}

const usage = () => structuredClone(focus.datasets['usage-by-category'] as TableDataset);

describe('cst-data-table', () => {
  it('reads the tickets table of the seed from src, figure for figure', async () => {
    const el = await ready(
      await fixture(html`<cst-data-table src=${FOCUS_URL} dataset="tickets"></cst-data-table>`),
    );
    expect(clean(el.shadowRoot!.querySelector('caption')!.textContent)).to.equal('Ticket gestiti');
    expect(rows(el)).to.deep.equal([
      ['aperto', '-', '2', '2'],
      ['chiuso non di competenza', '304', '59', '363'],
      ['nuovo', '-', '1', '1'],
      ['risolto', '2.383', '2.039', '4.422'],
      ['Totali', '2.687', '2.101', '4.788'],
    ]);
    expect(el.shadowRoot!.querySelector('tbody th[scope="row"]')!.textContent).to.equal('aperto');
  });

  it('shows the SOL sub-categories under their group header, with Totale SOL and signed deltas', async () => {
    const el = await ready(
      await fixture<CstDataTable>(
        html`<cst-data-table .data=${focus} dataset="usage-by-category"></cst-data-table>`,
      ),
    );
    const group = el.shadowRoot!.querySelector('tbody.grouped th[scope="rowgroup"]')!;
    expect(clean(group.textContent)).to.equal('SOL Servizi On Line');
    expect(group.getAttribute('colspan')).to.equal('4');
    const all = rows(el);
    expect(all).to.deep.include(['Pagamenti', '111.866', '110.509', '▼-1,2%']);
    expect(all).to.deep.include(['Totale SOL', '448.785', '567.400', '▲+26,4%']);
    expect(all).to.deep.include(['Agenda prenotazioni', '3.739', '31.340', '▲+738,0%']);
    expect(all.at(-1)).to.deep.equal(['Totale', '809.628', '981.483', '▲+21,2%']);
    const marker = el.shadowRoot!.querySelector('[part~="delta"] .marker')!;
    expect(marker.getAttribute('aria-hidden')).to.equal('true');
  });

  it('heads payments by entity with 2015 / 2016 / Variazione column groups and shows "-" where the seed does', async () => {
    const el = await ready(
      await fixture<CstDataTable>(
        html`<cst-data-table .data=${focus} dataset="payments-by-entity"></cst-data-table>`,
      ),
    );
    const root = el.shadowRoot!;
    const groups = [...root.querySelectorAll('th[scope="colgroup"]')];
    expect(groups.map((th) => [clean(th.textContent), th.getAttribute('colspan')])).to.deep.equal([
      ['2015', '2'],
      ['2016', '2'],
      ['Variazione', '2'],
    ]);
    expect([...root.querySelectorAll('colgroup')].map((c) => c.getAttribute('span'))).to.deep.equal([
      '1',
      '2',
      '2',
      '2',
    ]);
    expect(root.querySelector('thead th[rowspan="2"]')!.textContent).to.contain('Ente');
    const all = rows(el).map((r) => r.map((c) => c.replace(/\u00a0/g, ' ')));
    expect(all).to.deep.include(['Comune di Dicomano', '2', '21,03 €', '1', '0,26 €', '-', '-']);
    expect(all).to.deep.include(['Comune di Reggello', '207', '32.768,93 €', '352', '43.076,98 €', '-', '-']);
    expect(all.at(-1)).to.deep.equal([
      'Totale',
      '111.866',
      '11.435.689,56 €',
      '110.509',
      '11.240.255,77 €',
      '▼-1,2%',
      '▼-1,7%',
    ]);
  });

  it('takes its dataset from the nearest cst-report, and its sort order from the host', async () => {
    const report = await fixture(
      html`<cst-report src=${FOCUS_URL}>
        <cst-data-table dataset="top-payment-services"></cst-data-table>
      </cst-report>`,
    );
    const el = await ready(report.querySelector('cst-data-table')!);
    expect(el.route).to.equal('report');
    el.sort = { column: 'amount', direction: 'descending' };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('thead th')[2]!.getAttribute('aria-sort')).to.equal('descending');
    expect(
      rows(el)
        .slice(0, 2)
        .map((r) => r[0]),
    ).to.deep.equal(['Servizio di pagamento multe in inglese', 'Firenze card']);
  });

  it('sorts by a column with aria-sort, keeping the SOL group together, and announces it', async () => {
    const el = await ready(await fixture(html`<cst-data-table .data=${usage()}></cst-data-table>`));
    const header = () => el.shadowRoot!.querySelectorAll('thead th')[2]!;
    const button = header().querySelector('button')!;
    const live = () => el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!.trim();
    button.click();
    await el.updateComplete;
    expect(header().getAttribute('aria-sort')).to.equal('ascending');
    expect(live()).to.equal('Tabella ordinata per Anno 2016, crescente.');
    button.click();
    await el.updateComplete;
    expect(header().getAttribute('aria-sort')).to.equal('descending');
    const first = rows(el).map((r) => r[0]);
    expect(first.slice(0, 7)).to.deep.equal([
      'SOL Servizi On Line',
      'A&C e SUAP',
      'Demografici',
      'Scolastici',
      'Pagamenti',
      'Fiscali',
      'Totale SOL',
    ]);
    expect(first[7]).to.equal('Contact Center (Casi tracciati)');
    await waitUntil(() => live() === 'Tabella ordinata per Anno 2016, decrescente.', 'not announced');
    button.click();
    await el.updateComplete;
    expect(header().hasAttribute('aria-sort')).to.equal(false);
    expect(rows(el)[1]![0]).to.equal('A&C e SUAP');
    await waitUntil(
      () => live() === 'Tabella nell’ordine originale.',
      'the original order was not announced',
    );
  });

  it('stacks rows with their column names in a narrow container', async () => {
    const box = await fixture(
      html`<div style="width: 320px">
        <cst-data-table .data=${focus} dataset="payments-by-entity"></cst-data-table>
      </div>`,
    );
    const el = await ready(box.querySelector('cst-data-table')!);
    const cell = el.shadowRoot!.querySelector('tbody td')!;
    expect(getComputedStyle(cell).display).to.equal('flex');
    expect(getComputedStyle(cell, '::before').content).to.equal('"2015 Operazioni"');
    expect(el.shadowRoot!.querySelector('table')!.scrollWidth).to.be.at.most(320);
    const wide = await fixture(
      html`<div style="width: 900px">
        <cst-data-table .data=${focus} dataset="tickets"></cst-data-table>
      </div>`,
    );
    const table = await ready(wide.querySelector('cst-data-table')!);
    expect(getComputedStyle(table.shadowRoot!.querySelector('tbody td')!).display).to.equal('table-cell');
  });

  it('offers its data as Italian CSV', async () => {
    const el = await ready(await fixture(html`<cst-data-table .data=${usage()}></cst-data-table>`));
    expect(clean(el.shadowRoot!.querySelector('[part="download"]')!.textContent)).to.equal(
      'Scarica i dati (CSV)',
    );
    const { name, text } = await csvFromButton(el);
    expect(name).to.equal('utilizzo-per-categoria-di-servizi-confronto-2016-2015.csv');
    expect(text.split('\r\n')[0]).to.equal('\uFEFFCategoria servizi;Anno 2015;Anno 2016;Diff %');
  });

  it('speaks English on an English page', async () => {
    const box = await fixture(
      html`<div lang="en"><cst-data-table .data=${focus} dataset="tickets"></cst-data-table></div>`,
    );
    const el = await ready(box.querySelector('cst-data-table')!);
    expect(rows(el).at(-1)).to.deep.equal(['Totali', '2,687', '2,101', '4,788']);
    expect(clean(el.shadowRoot!.querySelector('[part="download"]')!.textContent)).to.equal(
      'Download the data (CSV)',
    );
  });

  it('renders hostile strings as text', async () => {
    const bad = '<img src=x onerror="window.__pwned=1">';
    const data = usage();
    data.title = bad;
    data.rows[0]!.cells.category = bad;
    data.groups![0]!.label = '<script>window.__pwned=1</script>';
    const el = await ready(await fixture(html`<cst-data-table .data=${data}></cst-data-table>`));
    expect(clean(el.shadowRoot!.querySelector('caption')!.textContent)).to.equal(bad);
    expect(rows(el)[1]![0]).to.equal(bad);
    expect(el.shadowRoot!.querySelector('tbody img, tbody script, caption img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows the shared states: empty, error, stale', async () => {
    const empty = await ready(
      await fixture<CstDataTable>(
        html`<cst-data-table
          .data=${{ ...usage(), rows: [], groups: [], total: undefined }}
        ></cst-data-table>`,
      ),
    );
    expect(empty.status).to.equal('empty');
    expect(clean(empty.shadowRoot!.textContent)).to.contain('Nessun dato da mostrare.');
    const failing = await ready(
      await fixture(html`<cst-data-table src="/__test/status/404"></cst-data-table>`),
    );
    expect(clean(failing.shadowRoot!.textContent)).to.contain('Il server ha risposto con un errore (404).');
    const wrong = await ready(
      await fixture<CstDataTable>(
        html`<cst-data-table .data=${focus} dataset="device-share"></cst-data-table>`,
      ),
    );
    expect(wrong.status).to.equal('error');
    const el = await ready(
      await fixture<CstDataTable>(
        html`<cst-data-table
          ><script type="application/json">
            ${JSON.stringify(usage())}
          </script></cst-data-table
        >`,
      ),
    );
    const event = oneEvent(el, 'cst-error');
    el.querySelector('script')!.textContent = '{ "kind": ';
    await event;
    await el.updateComplete;
    expect(el.status).to.equal('stale');
    expect(rows(el)[1]![0]).to.equal('A&C e SUAP');
  });

  it('reserves its space while loading', async () => {
    const el = await fixture<CstDataTable>(html`<cst-data-table src="/__test/slow/300"></cst-data-table>`);
    await el.updateComplete;
    expect(el.status).to.equal('loading');
    expect(el.getBoundingClientRect().height).to.be.at.least(12 * 16 - 1);
  });

  it('is accessible (axe), wide and stacked, light and dark', async () => {
    for (const width of [900, 320]) {
      const box = await fixture(
        html`<div style="width: ${width}px">
          <cst-data-table .data=${focus} dataset="payments-by-entity"></cst-data-table>
          <cst-data-table
            theme="dark"
            style="background: #16181b"
            .data=${focus}
            dataset="usage-by-category"
          ></cst-data-table>
        </div>`,
      );
      for (const el of box.querySelectorAll('cst-data-table')) await ready(el);
      await expect(box).to.be.accessible();
    }
  });
  describe('large tables: only the lines in view', () => {
    const flat = entityTable();
    /** Two groups of 300 rows with subtotals, then 400 rows: 1.004 body lines. */
    const grouped: TableDataset = {
      kind: 'table',
      title: 'Servizi per categoria',
      columns: [
        { id: 'name', label: 'Servizio', type: 'text' },
        { id: 'n', label: 'Accessi', type: 'count' },
      ],
      groups: [
        { id: 'a', label: 'Gruppo A', subtotal: { label: 'Totale A' } },
        { id: 'b', label: 'Gruppo B', subtotal: { label: 'Totale B' } },
      ],
      rows: Array.from({ length: 1000 }, (_, i) => ({
        group: i < 300 ? 'a' : i < 600 ? 'b' : undefined,
        cells: { name: `Servizio ${i + 1}`, n: i },
      })),
    };
    /** What each body line says first, in order: the line with aria-rowindex n is lines[n - 2]. */
    const groupedLines = [
      'Gruppo A',
      ...Array.from({ length: 300 }, (_, i) => `Servizio ${i + 1}`),
      'Totale A',
      'Gruppo B',
      ...Array.from({ length: 300 }, (_, i) => `Servizio ${i + 301}`),
      'Totale B',
      ...Array.from({ length: 400 }, (_, i) => `Servizio ${i + 601}`),
    ];
    const root = (el: CstDataTable) => el.shadowRoot!;
    const rendered = (el: CstDataTable) => [...root(el).querySelectorAll('tbody tr[aria-rowindex]')];
    const indexes = (el: CstDataTable) => rendered(el).map((tr) => Number(tr.getAttribute('aria-rowindex')));
    const firstCell = (tr: Element) => clean(tr.firstElementChild!.textContent);
    const scroller = (el: CstDataTable) => root(el).querySelector<HTMLElement>('[part="scroller"]')!;
    /** Scrolls until the wanted line is rendered (the first measure may grow the scroll height). */
    async function scrollUntil(el: CstDataTable, top: () => number, done: () => boolean) {
      await waitUntil(() => {
        scroller(el).scrollTop = top();
        return done();
      }, 'the wanted rows never came into view');
      await el.updateComplete;
    }

    it('keeps the DOM bounded and tells the full row count', async () => {
      const el = await ready(await fixture(html`<cst-data-table .data=${flat}></cst-data-table>`));
      expect(el.virtualised).to.be.true;
      expect(rendered(el).length).to.be.within(10, 60);
      const table = root(el).querySelector('table')!;
      expect(table.getAttribute('aria-rowcount')).to.equal('1002');
      expect(indexes(el).slice(0, 2)).to.deep.equal([2, 3]);
      expect(rendered(el).slice(0, 2).map(firstCell)).to.deep.equal(['Ente 1', 'Ente 2']);
      expect(root(el).querySelector('tfoot tr')!.getAttribute('aria-rowindex')).to.equal('1002');
      // the total adds up every row, not only those rendered: 0 + 1 + … + 999
      expect(clean(root(el).querySelector('tfoot tr')!.textContent)).to.equal('Totale 499.500');
      const box = scroller(el);
      expect(box.tabIndex).to.equal(0);
      expect(box.getAttribute('role')).to.equal('region');
      expect(root(el).getElementById(box.getAttribute('aria-labelledby')!)!.textContent!.trim()).to.equal(
        'Pagamenti per ente',
      );
      await expect(el).to.be.accessible();
    });

    it('renders groups, rows and subtotals in view after scrolling, each with its aria-rowindex', async () => {
      const el = await ready(await fixture(html`<cst-data-table .data=${grouped}></cst-data-table>`));
      expect(root(el).querySelector('table')!.getAttribute('aria-rowcount')).to.equal('1005');
      // to the second group's label (line 303: aria-rowindex 304)
      await scrollUntil(
        el,
        () => (scroller(el).scrollHeight * 300) / 1004,
        () => indexes(el).includes(304) && indexes(el)[0]! > 260,
      );
      const seen = indexes(el);
      seen.forEach((index, k) => expect(index).to.equal(seen[0]! + k));
      rendered(el).forEach((tr, k) => expect(firstCell(tr)).to.equal(groupedLines[seen[k]! - 2]));
      expect(
        rendered(el)
          .find((tr) => tr.classList.contains('group'))!
          .getAttribute('aria-rowindex'),
      ).to.equal('304');
      expect(rendered(el).length).to.be.below(60);
      await scrollUntil(
        el,
        () => scroller(el).scrollHeight,
        () => indexes(el).at(-1) === 1005,
      );
      expect(firstCell(rendered(el).at(-1)!)).to.equal('Servizio 1000');
    });

    it('sorts all 1.000 rows, not only those in view', async () => {
      const el = await ready(await fixture(html`<cst-data-table .data=${flat}></cst-data-table>`));
      const button = () => root(el).querySelectorAll<HTMLButtonElement>('thead [part="sort-button"]')[1]!;
      button().click();
      button().click(); // descending
      await el.updateComplete;
      expect(button().closest('th')!.getAttribute('aria-sort')).to.equal('descending');
      expect(rows(el, 'tbody tr[aria-rowindex]').slice(0, 2)).to.deep.equal([
        ['Ente 322', '999'], // 321 × 7919 = 2.541.999
        ['Ente 643', '998'], // 642 × 7919 = 5.083.998
      ]);
      expect(indexes(el)[0]).to.equal(2);
      await scrollUntil(
        el,
        () => scroller(el).scrollHeight,
        () => indexes(el).at(-1) === 1001,
      );
      expect(rows(el, 'tbody tr[aria-rowindex]').at(-1)).to.deep.equal(['Ente 1', '0']);
    });

    it('stays bounded when stacked in a 320px container', async () => {
      const box = await fixture(
        html`<div style="width: 320px"><cst-data-table .data=${flat}></cst-data-table></div>`,
      );
      const el = await ready(box.querySelector('cst-data-table')!);
      expect(getComputedStyle(rendered(el)[0]!).display).to.equal('block');
      expect(rendered(el).length).to.be.below(60);
      await scrollUntil(
        el,
        () => scroller(el).scrollHeight,
        () => indexes(el).at(-1) === 1001,
      );
      expect(firstCell(rendered(el).at(-1)!)).to.equal('Ente 1000');
      expect(scroller(el).scrollWidth).to.be.at.most(scroller(el).clientWidth + 1);
    });

    it('offers every row as CSV, not only the rendered ones', async () => {
      const el = await ready(await fixture(html`<cst-data-table .data=${flat}></cst-data-table>`));
      const { text } = await savedCsv(() => el.downloadCsv());
      const lines = text.replace('\uFEFF', '').trim().split(/\r?\n/);
      expect(lines).to.have.length(1002);
      expect(lines.at(-2)).to.equal('Ente 1000;81'); // 999 × 7919 = 7.911.081
      expect(lines.at(-1)).to.equal('Totale;499500');
    });

    it('a page can keep every row in the DOM with virtual-threshold', async () => {
      const el = await ready(
        await fixture(html`<cst-data-table .data=${flat} virtual-threshold="5000"></cst-data-table>`),
      );
      expect(el.virtualised).to.be.false;
      expect(root(el).querySelectorAll('tbody tr')).to.have.length(1000);
      expect(root(el).querySelector('[part="scroller"]')).to.equal(null);
      expect(root(el).querySelector('table')!.hasAttribute('aria-rowcount')).to.be.false;
    });
  });
});
