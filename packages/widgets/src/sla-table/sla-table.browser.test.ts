import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SlaDataset, SlaItem } from '@cst/schema';
import '../cst-sla-table.js';
import type { CstSlaTable } from './sla-table.js';
import { FOCUS_URL, focusReport } from '../../test/docs.js';
import { csvFromButton, savedCsv } from '../../test/csv.js';
import { layoutShifts, ready } from '../../test/dom.js';

/** The text a sighted reader sees: no visually-hidden words, no hidden field labels. */
function seen(node: Element): string {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement!;
    if (!parent.closest('.visually-hidden') && parent.checkVisibility()) text += n.textContent;
  }
  return text.replace(/\s+/g, ' ').trim();
}

const root = (el: CstSlaTable) => el.shadowRoot!;
const rows = (el: CstSlaTable) => [...root(el).querySelectorAll('tbody tr')];
const rowCells = (row: Element) => [...row.querySelectorAll('th, td')].map(seen);
const codes = (el: CstSlaTable) => rows(el).map((row) => seen(row.querySelector('th, td')!));
const header = (el: CstSlaTable, name: string) =>
  [...root(el).querySelectorAll('thead th')].find((th) => th.textContent!.includes(name)) as HTMLElement;

function pct(code: string, target: number, measured: number | null): SlaItem {
  return {
    code,
    label: `Disponibilità ${code}`,
    target: { direction: 'at-least', value: target, format: { style: 'percent', minimumFractionDigits: 2 } },
    measured: measured === null ? null : { value: measured },
  };
}

function mixed(overrides: Partial<SlaDataset> = {}): SlaDataset {
  return {
    kind: 'sla',
    title: 'SLA di prova',
    atRiskMargin: 0.5,
    items: [pct('SLA.1', 99, 99.9), pct('SLA.2', 99, 98.4), pct('SLA.3', 99, 99.2), pct('SLA.4', 99, null)],
    ...overrides,
  };
}

const focus = (await focusReport()) as unknown as { datasets: { sla: SlaDataset } };

describe('cst-sla-table', () => {
  describe('the seed, as a reader sees it', () => {
    it('shows SLA.1–SLA.11 figure for figure, Italian-formatted, from src + dataset', async () => {
      const el = await ready(
        await fixture<CstSlaTable>(html`<cst-sla-table src=${FOCUS_URL} dataset="sla"></cst-sla-table>`),
      );
      const all = rows(el).map(rowCells);
      expect(all).to.have.length(11);
      expect(all[0]).to.deep.equal([
        'SLA.1',
        'Tasso di disponibilità (uptime) dei sistemi database (CSDB1 e CSDB2)',
        '99,00%',
        '99,92%',
        '+0,92 p.p.',
        '✓rispettato',
      ]);
      expect(all[2]!.slice(2)).to.deep.equal(['7 ms', '7 ms', '0%', '✓rispettato']);
      expect(all[5]!.slice(2, 5)).to.deep.equal([
        'entro 1h lavorativa',
        'Nessuno scostamento significativo',
        '0%',
      ]);
      expect(all[10]!.slice(2, 5)).to.deep.equal(['Ogni 6 mesi', 'Ogni 3 mesi', '+50%']);
      expect(seen(root(el).querySelector('caption')!)).to.equal(
        'SLA rilevati 11 SLA su 11 rispettati Periodo: Anno 2016 · Dati al 31/12/2016',
      );
    });

    it('spells out percentage points for screen readers and says the target direction', async () => {
      const el = await ready(
        await fixture<CstSlaTable>(html`<cst-sla-table .data=${focus} dataset="sla"></cst-sla-table>`),
      );
      const first = rows(el)[0]!;
      const deviation = first.querySelector('td.deviation')!;
      expect(deviation.querySelector('abbr')!.title).to.equal('punti percentuali');
      expect(deviation.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('punti percentuali');
      expect(first.querySelector('td.target .visually-hidden')!.textContent!.trim()).to.equal('almeno');
      expect(first.querySelector('th')!.getAttribute('scope')).to.equal('row');
      expect([...root(el).querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).to
        .be.true;
    });

    it('speaks English inside lang="en"', async () => {
      const box = await fixture(
        html`<div lang="en"><cst-sla-table .data=${focus} dataset="sla"></cst-sla-table></div>`,
      );
      const el = await ready(box.querySelector('cst-sla-table')!);
      expect(rowCells(rows(el)[0]!).slice(2)).to.deep.equal(['99.00%', '99.92%', '+0.92 pp', '✓met']);
      expect(seen(root(el).querySelector('.summary')!)).to.equal('11 of 11 SLAs met');
      expect(seen(root(el).querySelector('[part="download"]')!)).to.equal('Download the data (CSV)');
    });
  });

  describe('status, sorting, filter, columns', () => {
    it('tells status by icon and word, and sums it up in the caption', async () => {
      const el = await ready(
        await fixture<CstSlaTable>(html`<cst-sla-table .data=${mixed()}></cst-sla-table>`),
      );
      expect(rows(el).map((row) => seen(row.querySelector('[part="status"]')!))).to.deep.equal([
        '✓rispettato',
        '✗non rispettato',
        '!a rischio',
        '–non rilevato',
      ]);
      expect(seen(root(el).querySelector('.summary')!)).to.equal(
        '2 SLA su 4 rispettati, di cui 1 a rischio, 1 non rispettato, 1 non rilevato',
      );
    });

    it('at-risk-margin overrides the dataset margin', async () => {
      const el = await ready(
        await fixture<CstSlaTable>(
          html`<cst-sla-table .data=${mixed()} at-risk-margin="0.1"></cst-sla-table>`,
        ),
      );
      expect(seen(rows(el)[2]!.querySelector('[part="status"]')!)).to.equal('✓rispettato');
      el.setAttribute('at-risk-margin', '1');
      await el.updateComplete;
      expect(seen(rows(el)[0]!.querySelector('[part="status"]')!)).to.equal('!a rischio');
    });

    it('sorts by a header button: ascending, descending, then document order, with aria-sort, and says so', async () => {
      const el = await ready(
        await fixture<CstSlaTable>(html`<cst-sla-table .data=${focus} dataset="sla"></cst-sla-table>`),
      );
      const code = header(el, 'Codice');
      const live = () => root(el).querySelector('[aria-live="polite"]')!.textContent!.trim();
      const press = async (th: HTMLElement) => {
        th.querySelector('button')!.click();
        await el.updateComplete;
      };
      expect(code.hasAttribute('aria-sort')).to.be.false;
      await press(code);
      expect(code.getAttribute('aria-sort')).to.equal('ascending');
      expect(codes(el).slice(8)).to.deep.equal(['SLA.9', 'SLA.10', 'SLA.11']);
      expect(live()).to.equal('Tabella ordinata per Codice, crescente.');
      await press(code);
      expect(code.getAttribute('aria-sort')).to.equal('descending');
      expect(codes(el).slice(0, 3)).to.deep.equal(['SLA.11', 'SLA.10', 'SLA.9']);
      await press(code);
      expect(code.hasAttribute('aria-sort')).to.be.false;
      expect(codes(el).slice(0, 3)).to.deep.equal(['SLA.1', 'SLA.2', 'SLA.3']);
      await waitUntil(
        () => live() === 'Tabella nell’ordine originale.',
        'the return to document order was not said',
      );
      await press(header(el, 'Scostamento'));
      expect(code.hasAttribute('aria-sort')).to.be.false;
      expect(codes(el).slice(0, 2)).to.deep.equal(['SLA.3', 'SLA.6']);
    });

    it('sorts from the keyboard: Tab to a header button, Enter and Space', async () => {
      const el = await ready(
        await fixture<CstSlaTable>(html`<cst-sla-table .data=${mixed()}></cst-sla-table>`),
      );
      const status = header(el, 'Stato');
      const button = status.querySelector('button')!;
      button.focus();
      expect(root(el).activeElement).to.equal(button);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(status.getAttribute('aria-sort')).to.equal('ascending');
      expect(codes(el)).to.deep.equal(['SLA.2', 'SLA.3', 'SLA.4', 'SLA.1']);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(status.getAttribute('aria-sort')).to.equal('descending');
      expect(codes(el)[0]).to.equal('SLA.1');
      expect(root(el).activeElement).to.equal(button);
    });

    it('filter shows breached, at-risk or problem rows and says how many are shown', async () => {
      const el = await ready(
        await fixture<CstSlaTable>(html`<cst-sla-table .data=${mixed()} filter="breached"></cst-sla-table>`),
      );
      expect(codes(el)).to.deep.equal(['SLA.2']);
      expect(seen(root(el).querySelector('caption')!)).to.contain('Mostrati 1 su 4');
      el.filter = 'at-risk';
      await el.updateComplete;
      expect(codes(el)).to.deep.equal(['SLA.3']);
      el.filter = 'problems';
      await el.updateComplete;
      expect(codes(el)).to.deep.equal(['SLA.2', 'SLA.3', 'SLA.4']);
      el.data = { ...mixed(), items: [pct('SLA.1', 99, 100)] };
      await el.updateComplete;
      expect(seen(rows(el)[0]!)).to.equal('Nessuno SLA corrisponde al filtro.');
    });

    it('columns chooses which columns show, in the given order', async () => {
      const el = await ready(
        await fixture<CstSlaTable>(
          html`<cst-sla-table .data=${mixed()} columns="status, code"></cst-sla-table>`,
        ),
      );
      expect([...root(el).querySelectorAll('thead th')].map(seen)).to.deep.equal(['Stato↕', 'Codice↕']);
      expect(rowCells(rows(el)[1]!)).to.deep.equal(['✗non rispettato', 'SLA.2']);
    });
  });

  describe('narrow layout', () => {
    async function at(width: string) {
      const box = await fixture(
        html`<div style="width:${width}"><cst-sla-table .data=${focus} dataset="sla"></cst-sla-table></div>`,
      );
      return ready(box.querySelector('cst-sla-table')!);
    }

    it('is a table at 800px and labelled cards at 320px, with no horizontal overflow', async () => {
      const wide = await at('800px');
      expect(getComputedStyle(rows(wide)[0]!).display).to.equal('table-row');
      expect(wide.scrollWidth).to.be.at.most(wide.clientWidth);
      const narrow = await at('320px');
      const card = rows(narrow)[0]!;
      expect(getComputedStyle(card).display).to.equal('block');
      expect(seen(card.querySelector('td.target .field')!)).to.equal('Atteso');
      expect(seen(card.querySelector('td.target')!)).to.equal('Atteso99,00%');
      expect(narrow.scrollWidth).to.be.at.most(narrow.clientWidth);
      const table = root(narrow).querySelector('table')!;
      expect(table.scrollWidth).to.be.at.most(table.clientWidth);
      for (const cell of root(narrow).querySelectorAll('td, th'))
        expect(cell.scrollWidth).to.be.at.most(cell.clientWidth + 1);
      await expect(narrow).to.be.accessible();
    });

    it('becomes cards when text is zoomed to 200%, still without overflow', async () => {
      document.documentElement.style.fontSize = '200%';
      try {
        const el = await at('700px');
        expect(getComputedStyle(rows(el)[0]!).display).to.equal('block');
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });
  });

  describe('live updates', () => {
    /** The mixed table on the page; then SLA.1 measures 98 against its 99 (now breached). */
    async function withSla1Breached(): Promise<CstSlaTable> {
      const el = await ready(
        await fixture<CstSlaTable>(html`<cst-sla-table .data=${mixed()}></cst-sla-table>`),
      );
      const next = mixed();
      next.items[0] = pct('SLA.1', 99, 98);
      el.data = next;
      await el.updateComplete;
      return el;
    }

    it('marks changed cells for about two seconds and announces status changes politely', async () => {
      const el = await withSla1Breached();
      const first = rows(el)[0]!;
      expect([...first.querySelectorAll('.changed')].map((cell) => cell.classList[0])).to.deep.equal([
        'measured',
        'deviation',
        'status',
      ]);
      expect(rows(el)[1]!.querySelector('.changed')).to.equal(null);
      const live = root(el).querySelector('[aria-live="polite"]')!;
      expect(live.textContent).to.contain('SLA.1 ora non rispettato');
      await waitUntil(() => !root(el).querySelector('.changed'), 'marks stayed', { timeout: 3500 });
    });

    it('fades the highlight by the opacity of an overlay, which the compositor animates alone', async () => {
      const el = await withSla1Breached();
      const fades = root(el).getAnimations() as CSSAnimation[];
      expect(fades).to.have.length(3);
      for (const fade of fades) {
        const effect = fade.effect as KeyframeEffect;
        expect(effect.pseudoElement).to.equal('::before');
        const animated = effect
          .getKeyframes()
          .flatMap((frame) => Object.keys(frame))
          .filter((key) => !['offset', 'computedOffset', 'easing', 'composite'].includes(key));
        expect([...new Set(animated)]).to.deep.equal(['opacity']);
      }
      const cell = rows(el)[0]!.querySelector('.changed')!;
      expect(getComputedStyle(cell, '::before').backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
    });

    it('keeps every column where it was when the figures change (99,92% → 99,1%)', async () => {
      const box = await fixture(
        html`<div style="width: 1100px"><cst-sla-table .data=${focus} dataset="sla"></cst-sla-table></div>`,
      );
      const el = await ready(box.querySelector<CstSlaTable>('cst-sla-table')!);
      const edges = () =>
        [...root(el).querySelectorAll('thead th')].map((th) => {
          const r = th.getBoundingClientRect();
          return [Math.round(r.left), Math.round(r.width)];
        });
      const before = edges();
      expect(seen(rows(el)[0]!.querySelector('td.measured')!)).to.equal('99,92%');
      const next = structuredClone(focus.datasets.sla);
      next.items[0]!.measured = { value: 99.1 };
      next.items[1]!.measured = { value: 100 };
      next.items[2]!.measured = { value: 1234567 };
      el.data = next;
      await el.updateComplete;
      expect(seen(rows(el)[0]!.querySelector('td.measured')!)).to.equal('99,10%');
      expect(rows(el)[2]!.querySelector('td.measured')!.textContent).to.contain('1.234.567');
      expect(edges()).to.deep.equal(before);
    });

    it('changes figures without a layout shift (right-aligned text whose width changes)', async () => {
      const box = await fixture(
        html`<div style="width: 1100px"><cst-sla-table .data=${focus} dataset="sla"></cst-sla-table></div>`,
      );
      const el = await ready(box.querySelector<CstSlaTable>('cst-sla-table')!);
      const next = structuredClone(focus.datasets.sla);
      next.items[0]!.measured = { value: 1.1 };
      next.items[1]!.measured = { value: 100 };
      const shifts = await layoutShifts(async () => {
        el.data = next;
        await el.updateComplete;
      });
      expect(seen(rows(el)[0]!.querySelector('td.measured')!)).to.equal('1,10%');
      expect(shifts).to.deep.equal([]);
    });
  });

  describe('CSV', () => {
    it('downloadCsv() saves the rows for an Italian spreadsheet, named after the title', async () => {
      const el = await ready(
        await fixture<CstSlaTable>(html`<cst-sla-table .data=${focus} dataset="sla"></cst-sla-table>`),
      );
      const { name, text } = await savedCsv(() => el.downloadCsv());
      expect(name).to.equal('sla-rilevati.csv');
      const lines = text.split('\r\n');
      expect(lines[0]).to.equal(
        '\uFEFFCodice;SLA;Criterio;Atteso;Rilevato;Unità;Scostamento;Unità scostamento;Stato',
      );
      expect(lines[1]).to.equal(
        'SLA.1;Tasso di disponibilità (uptime) dei sistemi database (CSDB1 e CSDB2);almeno;99;99,92;%;0,92;p.p.;rispettato',
      );
      expect(lines).to.have.length(13);
    });

    it('the button saves the same file, in document order even when sorted', async () => {
      const el = await ready(
        await fixture<CstSlaTable>(html`<cst-sla-table .data=${focus} dataset="sla"></cst-sla-table>`),
      );
      expect(seen(root(el).querySelector('[part="download"]')!)).to.equal('Scarica i dati (CSV)');
      el.sortBy('code', 'descending');
      await el.updateComplete;
      const { name, text } = await csvFromButton(el);
      expect(name).to.equal('sla-rilevati.csv');
      expect(text.split('\r\n')[1]).to.match(/^SLA\.1;/);
      expect(text).to.contain('SLA.11;');
    });
  });

  describe('states and safety', () => {
    it('is accessible (axe) when ready, sorted, empty, failing and loading', async () => {
      const ready1 = await ready(
        await fixture<CstSlaTable>(html`<cst-sla-table .data=${mixed()}></cst-sla-table>`),
      );
      ready1.sortBy('status');
      await ready1.updateComplete;
      await expect(ready1).to.be.accessible();
      const empty = await ready(
        await fixture<CstSlaTable>(html`<cst-sla-table .data=${mixed({ items: [] })}></cst-sla-table>`),
      );
      expect(empty.status).to.equal('empty');
      await expect(empty).to.be.accessible();
      const failing = await ready(
        await fixture<CstSlaTable>(html`<cst-sla-table src="/__test/status/500"></cst-sla-table>`),
      );
      expect(failing.status).to.equal('error');
      await expect(failing).to.be.accessible();
      const loading = await fixture<CstSlaTable>(html`<cst-sla-table></cst-sla-table>`);
      expect(loading.status).to.equal('loading');
      await expect(loading).to.be.accessible();
    });

    it('refuses a dataset of another kind with a readable error', async () => {
      const el = await ready(
        await fixture<CstSlaTable>(html`<cst-sla-table .data=${focus} dataset="tickets"></cst-sla-table>`),
      );
      expect(el.status).to.equal('error');
      expect(seen(root(el).querySelector('[part="error"]')!)).to.contain('tickets');
    });

    it('renders hostile strings as text', async () => {
      const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const data = mixed({ title: evil, items: [{ ...pct(evil, 99, 100), label: evil }] });
      const el = await ready(await fixture<CstSlaTable>(html`<cst-sla-table .data=${data}></cst-sla-table>`));
      expect(rowCells(rows(el)[0]!).slice(0, 2)).to.deep.equal([evil, evil]);
      expect(root(el).querySelector('img, script')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });
  describe('large tables: only the rows in view', () => {
    /** n SLAs: every third breached (98%), the others met (99,9%), in code order SLA.1…SLA.n. */
    const many = (n: number): SlaDataset => ({
      kind: 'sla',
      title: `${n} SLA`,
      items: Array.from({ length: n }, (_, i) => pct(`SLA.${i + 1}`, 99, i % 3 === 2 ? 98 : 99.9)),
    });
    const rendered = (el: CstSlaTable) => [...root(el).querySelectorAll('tbody tr[aria-rowindex]')];
    const indexes = (el: CstSlaTable) => rendered(el).map((row) => Number(row.getAttribute('aria-rowindex')));
    const scroller = (el: CstSlaTable) => root(el).querySelector<HTMLElement>('[part="scroller"]')!;
    /** Scrolls the box and waits until the rows in view are rendered. */
    async function scrollTo(el: CstSlaTable, top: number) {
      const box = scroller(el);
      box.scrollTop = top;
      box.dispatchEvent(new Event('scroll'));
      await waitUntil(() => {
        const view = box.getBoundingClientRect();
        return rendered(el).some((row) => {
          const r = row.getBoundingClientRect();
          return r.top <= view.top + view.height / 2 && r.bottom >= view.top + view.height / 2;
        });
      }, 'no row rendered in the middle of the view');
      await el.updateComplete;
    }
    const big = many(1000);

    it('keeps the DOM bounded and tells the full row count', async () => {
      const el = await ready(await fixture<CstSlaTable>(html`<cst-sla-table .data=${big}></cst-sla-table>`));
      expect(el.virtualised).to.be.true;
      expect(rendered(el).length).to.be.within(10, 60);
      expect(root(el).querySelector('table')!.getAttribute('aria-rowcount')).to.equal('1001');
      expect(root(el).querySelector('thead tr')!.getAttribute('aria-rowindex')).to.equal('1');
      expect(indexes(el)[0]).to.equal(2);
      expect(rowCells(rendered(el)[0]!)[0]).to.equal('SLA.1');
      expect(seen(root(el).querySelector('.summary')!)).to.equal(
        '667 SLA su 1000 rispettati, 333 non rispettati',
      );
      const box = scroller(el);
      expect(box.tabIndex).to.equal(0);
      expect(box.getAttribute('role')).to.equal('region');
      expect(root(el).getElementById(box.getAttribute('aria-labelledby')!)!.textContent).to.equal('1000 SLA');
      await expect(el).to.be.accessible();
    });

    it('renders the rows in view after scrolling, with their aria-rowindex', async () => {
      const el = await ready(await fixture<CstSlaTable>(html`<cst-sla-table .data=${big}></cst-sla-table>`));
      await scrollTo(el, scroller(el).scrollHeight / 2);
      const middle = indexes(el);
      expect(middle[0]).to.be.greaterThan(300);
      expect(middle.length).to.be.below(60);
      // consecutive, and each index names its own row: aria-rowindex n is SLA.(n-1)
      middle.forEach((index, k) => expect(index).to.equal(middle[0]! + k));
      rendered(el).forEach((row, k) => expect(rowCells(row)[0]).to.equal(`SLA.${middle[k]! - 1}`));
      await scrollTo(el, scroller(el).scrollHeight);
      expect(indexes(el).at(-1)).to.equal(1001);
      expect(rowCells(rendered(el).at(-1)!)[0]).to.equal('SLA.1000');
    });

    it('sorts all 1.000 rows, not only those in view', async () => {
      const el = await ready(await fixture<CstSlaTable>(html`<cst-sla-table .data=${big}></cst-sla-table>`));
      header(el, 'Codice').querySelector('button')!.click(); // ascending: as the data
      header(el, 'Codice').querySelector('button')!.click(); // descending
      await el.updateComplete;
      expect(header(el, 'Codice').getAttribute('aria-sort')).to.equal('descending');
      expect(
        rendered(el)
          .slice(0, 3)
          .map((row) => rowCells(row)[0]),
      ).to.deep.equal(['SLA.1000', 'SLA.999', 'SLA.998']);
      expect(indexes(el)[0]).to.equal(2);
      el.sortBy('status', 'ascending');
      await el.updateComplete;
      expect(
        rendered(el)
          .slice(0, 2)
          .map((row) => rowCells(row)[0]),
      ).to.deep.equal(['SLA.3', 'SLA.6']);
      await scrollTo(el, scroller(el).scrollHeight);
      // breached first: the last rows are the met ones, the very last the highest code among them
      expect(
        rendered(el)
          .slice(-3)
          .map((row) => rowCells(row)[0]),
      ).to.deep.equal(['SLA.997', 'SLA.998', 'SLA.1000']);
      expect(indexes(el).at(-1)).to.equal(1001);
    });

    it('filters over the full model and keeps the row count right', async () => {
      const el = await ready(
        await fixture<CstSlaTable>(html`<cst-sla-table .data=${big} filter="breached"></cst-sla-table>`),
      );
      expect(el.virtualised).to.be.true;
      expect(root(el).querySelector('table')!.getAttribute('aria-rowcount')).to.equal('334');
      expect(rendered(el).every((row) => row.classList.contains('breached'))).to.be.true;
      el.virtualThreshold = 1000;
      await el.updateComplete;
      expect(el.virtualised).to.be.false;
      expect(rendered(el)).to.have.length(0);
      expect(rows(el)).to.have.length(333);
      expect(root(el).querySelector('table')!.hasAttribute('aria-rowcount')).to.be.false;
      expect(root(el).querySelector('[part="scroller"]')).to.equal(null);
    });

    it('scrolls from the keyboard: Tab into the box, End reaches the last row', async () => {
      const box = await fixture(
        html`<div><button>before</button><cst-sla-table .data=${big}></cst-sla-table></div>`,
      );
      const el = await ready(box.querySelector('cst-sla-table')!);
      box.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      // the caption's sort buttons come inside the table, after the scroller itself
      expect(root(el).activeElement).to.equal(scroller(el));
      await sendKeys({ press: 'End' });
      await waitUntil(() => indexes(el).at(-1) === 1001, 'End did not bring the last row in', {
        timeout: 3000,
      });
      expect(rowCells(rendered(el).at(-1)!)[0]).to.equal('SLA.1000');
    });

    it('stays bounded as cards in a 320px container', async () => {
      const box = await fixture(
        html`<div style="width: 320px"><cst-sla-table .data=${big}></cst-sla-table></div>`,
      );
      const el = await ready(box.querySelector('cst-sla-table')!);
      await waitUntil(() => rendered(el).length > 0);
      expect(getComputedStyle(rendered(el)[0]!).display).to.equal('block');
      expect(seen(rendered(el)[0]!)).to.contain('Codice');
      expect(rendered(el).length).to.be.below(60);
      // the first measure of the taller cards grows the scroll height: keep going to the end
      await waitUntil(() => {
        scroller(el).scrollTop = scroller(el).scrollHeight;
        return indexes(el).at(-1) === 1001;
      }, 'the last card never came into view');
      expect(rowCells(rendered(el).at(-1)!)[0]).to.equal('CodiceSLA.1000');
      expect(scroller(el).scrollWidth).to.be.at.most(scroller(el).clientWidth + 1);
    });

    it('offers every row as CSV, not only the rendered ones', async () => {
      const el = await ready(await fixture<CstSlaTable>(html`<cst-sla-table .data=${big}></cst-sla-table>`));
      const lines = (await savedCsv(() => el.downloadCsv())).text.trim().split(/\r?\n/);
      expect(lines).to.have.length(1001);
      expect(lines.at(-1)).to.match(/^SLA\.1000;/);
    });
  });
});
