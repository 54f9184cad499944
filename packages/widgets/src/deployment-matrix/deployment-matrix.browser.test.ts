import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { MatrixDataset } from '@cst/schema';
import '../cst-deployment-matrix.js';
import type { CstDeploymentMatrix } from './deployment-matrix.js';
import { nationalMatrix } from './national-matrix.js';
import { FOCUS_URL as FIXTURE_URL, focusReport } from '../../test/docs.js';
import { csvFromButton, savedCsv } from '../../test/csv.js';
import { $, $$, ready, squash } from '../../test/dom.js';

const seed = async () => (await focusReport()).datasets.deployment as MatrixDataset;
const bodyRows = (el: Element) => $$(el, '.body [role="row"]');
const rowLabels = (el: Element) =>
  bodyRows(el).map((r) => squash(r.querySelector('[role="rowheader"]')!.textContent));
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

async function settle(el: CstDeploymentMatrix): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
}

async function press(el: CstDeploymentMatrix, key: string, init: KeyboardEventInit = {}): Promise<void> {
  const target = focused(el) ?? $(el, '[role="grid"]')!;
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, ...init }));
  await el.updateComplete;
  await el.updateComplete;
}

async function choose(el: CstDeploymentMatrix, index: number, value: string): Promise<void> {
  const select = $$<HTMLSelectElement>(el, 'select')[index]!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function search(el: CstDeploymentMatrix, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  await el.updateComplete;
}

/** The seed matrix on the page, and its data. */
async function seedMatrix(): Promise<{ el: CstDeploymentMatrix; data: MatrixDataset }> {
  const data = await seed();
  const el = await ready(
    await fixture<CstDeploymentMatrix>(html`<cst-deployment-matrix .data=${data}></cst-deployment-matrix>`),
  );
  return { el, data };
}

/** Gives the matrix the same data with Londa's App istituzionale now "✓ su store"; returns it. */
async function changeLonda(el: CstDeploymentMatrix, data: MatrixDataset): Promise<MatrixDataset> {
  const next = structuredClone(data);
  next.cells[8]![4] = 'su-store'; // Londa, App istituzionale
  el.data = next;
  await el.updateComplete;
  return next;
}

/** The opacity animation of a cell's overlay, if any: its keyframes as [offset, opacity] pairs. */
function overlayAnimation(cell: Element) {
  const animation = cell
    .getAnimations({ subtree: true })
    .find((a) => (a.effect as KeyframeEffect).pseudoElement === '::before') as CSSAnimation | undefined;
  if (!animation) return undefined;
  const frames = (animation.effect as KeyframeEffect).getKeyframes();
  return {
    animation,
    properties: [
      ...new Set(
        frames
          .flatMap((frame) => Object.keys(frame))
          .filter((key) => !['offset', 'computedOffset', 'easing', 'composite'].includes(key)),
      ),
    ],
    opacityAt: (offset: number) => Number(frames.filter((f) => f.computedOffset! <= offset).at(-1)!.opacity),
  };
}

describe('cst-deployment-matrix', () => {
  describe('the Focus 2016 seed matrix', () => {
    it('shows every one of the 224 cells with the seed status label', async () => {
      const data = await seed();
      const el = await ready(
        await fixture<CstDeploymentMatrix>(
          html`<cst-deployment-matrix src=${FIXTURE_URL} dataset="deployment"></cst-deployment-matrix>`,
        ),
      );
      const labels = new Map(data.statuses.map((s) => [s.id, s.label]));
      const rows = bodyRows(el);
      expect(rows).to.have.length(28);
      let checked = 0;
      rows.forEach((row, i) => {
        const cells = [...row.querySelectorAll('[role="gridcell"][part="cell"]')];
        expect(cells).to.have.length(8);
        cells.forEach((cell, j) => {
          const id = data.cells[i]![j];
          expect(squash(cell.textContent), `${data.rows[i]!.label} × ${data.columns[j]!.label}`).to.equal(
            id ? labels.get(id) : '',
          );
          checked++;
        });
      });
      expect(checked).to.equal(224);
      expect(squash(bodyRows(el)[3]!.children[1]!.textContent)).to.equal('Non interessa');
      expect(squash(bodyRows(el)[20]!.children[5]!.textContent)).to.equal('NA');
    });

    it('gives per-column "done" counts as counted by hand from the seed table', async () => {
      const el = await ready(
        await fixture<CstDeploymentMatrix>(
          html`<cst-deployment-matrix src=${FIXTURE_URL} dataset="deployment"></cst-deployment-matrix>`,
        ),
      );
      // Counted in the seed's "Dispiegamento CST al 31/12/2016", column by column: cells with a ✓.
      const expected = [16, 25, 2, 23, 4, 12, 10, 9].map((n) => `${n} su 28`);
      const summary = $$(el, '.foot [role="gridcell"]').map((c) => squash(c.textContent));
      expect(summary.slice(0, 8)).to.deep.equal(expected);
      expect(summary[8]).to.equal('101 su 224');
      const head = $$(el, '.head [role="columnheader"]').map((c) => squash(c.textContent));
      expect(head[2]).to.equal('Portale servizi rel. 2016');
      // Pontassieve: 7 of 8 done; Marradi: none.
      expect(squash(bodyRows(el)[12]!.querySelector('.done')!.textContent)).to.equal('7 su 8');
      expect(squash(bodyRows(el)[9]!.querySelector('.done')!.textContent)).to.equal('0 su 8');
    });

    it('has a caption with the date and a legend with a count per status', async () => {
      const el = await ready(
        await fixture<CstDeploymentMatrix>(
          html`<cst-deployment-matrix .data=${await seed()}></cst-deployment-matrix>`,
        ),
      );
      expect(squash($(el, '[part="caption"]')!.textContent)).to.equal(
        'Dispiegamento CST al 31/12/2016 · Dati al 31/12/2016',
      );
      const legend = $$(el, '[part="legend"] li').map((li) => squash(li.textContent));
      expect(legend).to.include('✓ online Attività completata · 89 celle');
      expect(legend).to.include('wip Attività in corso · 50 celle');
      expect(legend).to.include('✓ su store Attività completata · 4 celle');
      expect(legend.at(-1)).to.equal('Nessuno stato 64 celle');
      expect($(el, '[role="grid"]')!.getAttribute('aria-labelledby')).to.equal('caption');
    });
  });

  describe('grid semantics and keyboard', () => {
    it('declares row and column counts, indexes and headers', async () => {
      const el = await ready(
        await fixture<CstDeploymentMatrix>(
          html`<cst-deployment-matrix .data=${await seed()}></cst-deployment-matrix>`,
        ),
      );
      const grid = $(el, '[role="grid"]')!;
      expect(grid.getAttribute('aria-rowcount')).to.equal('30');
      expect(grid.getAttribute('aria-colcount')).to.equal('10');
      expect($$(el, '[role="columnheader"]')).to.have.length(10);
      expect($$(el, '[role="rowheader"]')).to.have.length(29);
      const second = bodyRows(el)[1]!;
      expect(second.getAttribute('aria-rowindex')).to.equal('3');
      expect(second.children[3]!.getAttribute('aria-colindex')).to.equal('4');
      expect($$(el, '[role="grid"] [tabindex="0"]')).to.have.length(1);
      // Header, body and summary columns line up.
      const lefts = (row: Element) =>
        [...row.children].map((c) => Math.round(c.getBoundingClientRect().left));
      const head = lefts($(el, '.head [role="row"]')!);
      expect(lefts(second)).to.deep.equal(head);
      expect(lefts($(el, '.foot [role="row"]')!)).to.deep.equal(head);
    });

    it('gives every body cell its column index, also after the data changes width', async () => {
      const el = await ready(
        await fixture<CstDeploymentMatrix>(
          html`<cst-deployment-matrix .data=${await seed()}></cst-deployment-matrix>`,
        ),
      );
      for (const row of bodyRows(el)) {
        expect([...row.children].map((c) => c.getAttribute('aria-colindex'))).to.deep.equal(
          Array.from({ length: 10 }, (_, c) => String(c + 1)),
        );
      }
      const narrow = structuredClone(await seed());
      narrow.columns = narrow.columns.slice(0, 3);
      narrow.cells = narrow.cells.map((cells) => cells.slice(0, 3));
      el.data = narrow;
      await ready(el);
      const row = bodyRows(el)[0]!;
      expect(row.children).to.have.length(5);
      expect(row.lastElementChild!.getAttribute('aria-colindex')).to.equal('5');
      expect(squash(row.lastElementChild!.textContent)).to.match(/ su 3$/);
    });

    it('has one tab stop and moves cell by cell, announcing "Comune, servizio: stato"', async () => {
      const el = await ready(
        await fixture<CstDeploymentMatrix>(
          html`<cst-deployment-matrix .data=${await seed()}></cst-deployment-matrix>`,
        ),
      );
      $(el, '[role="grid"] [tabindex="0"]')!.focus();
      expect(focused(el)!.getAttribute('aria-label')).to.equal(
        'Bagno a Ripoli, Rete civica rel. 2016: ✓ online',
      );
      await press(el, 'ArrowRight');
      await press(el, 'ArrowRight');
      expect(focused(el)!.getAttribute('aria-label')).to.equal('Bagno a Ripoli, Area Servizi 2017: wip');
      await press(el, 'ArrowDown');
      await press(el, 'ArrowDown');
      await press(el, 'ArrowDown');
      expect(focused(el)!.getAttribute('aria-label')).to.equal('Città Metropolitana, Area Servizi 2017: wip');
      await press(el, 'ArrowRight');
      await press(el, 'ArrowRight');
      expect(focused(el)!.getAttribute('aria-label')).to.equal(
        'Città Metropolitana, App istituzionale: Non interessa',
      );
      await press(el, 'ArrowRight');
      expect(focused(el)!.getAttribute('aria-label')).to.equal(
        'Città Metropolitana, RPC-SUAP: nessuno stato',
      );
      expect($$(el, '[role="grid"] [tabindex="0"]')).to.deep.equal([focused(el)]);
      await press(el, 'Home');
      expect(squash(focused(el)!.textContent)).to.equal('Città Metropolitana');
      expect(focused(el)!.getAttribute('role')).to.equal('rowheader');
      await press(el, 'ArrowLeft');
      expect(squash(focused(el)!.textContent)).to.equal('Città Metropolitana');
      await press(el, 'End');
      expect(squash(focused(el)!.textContent)).to.equal('3 su 8');
      await press(el, 'End', { ctrlKey: true });
      expect(focused(el)!.closest('[role="row"]')!.getAttribute('aria-rowindex')).to.equal('29');
      expect(squash(focused(el)!.textContent)).to.equal('1 su 8');
      await press(el, 'PageUp');
      expect(focused(el)!.closest('[role="row"]')!.getAttribute('aria-rowindex')).to.equal('19');
      await press(el, 'Home', { ctrlKey: true });
      expect(squash(focused(el)!.textContent)).to.equal('Bagno a Ripoli');
      await press(el, 'ArrowUp');
      expect(squash(focused(el)!.textContent)).to.equal('Bagno a Ripoli');
      await press(el, 'PageDown');
      expect(focused(el)!.closest('[role="row"]')!.getAttribute('aria-rowindex')).to.equal('12');
    });

    it('takes the tab stop to the cell that is clicked', async () => {
      const el = await ready(
        await fixture<CstDeploymentMatrix>(
          html`<cst-deployment-matrix .data=${await seed()}></cst-deployment-matrix>`,
        ),
      );
      const cell = bodyRows(el)[5]!.children[2] as HTMLElement;
      cell.focus();
      await el.updateComplete;
      expect(cell.getAttribute('tabindex')).to.equal('0');
      expect($$(el, '[role="grid"] [tabindex="0"]')).to.have.length(1);
    });
  });

  describe('filter, search and sort', () => {
    it('filters rows by meaning and by status label', async () => {
      const el = await ready(
        await fixture<CstDeploymentMatrix>(
          html`<cst-deployment-matrix .data=${await seed()}></cst-deployment-matrix>`,
        ),
      );
      await choose(el, 0, 'status:su-store');
      expect(rowLabels(el)).to.deep.equal([
        'Bagno a Ripoli',
        'Pontassieve',
        'Rufina',
        'Scarperia e San Piero',
      ]);
      expect($(el, '[role="grid"]')!.getAttribute('aria-rowcount')).to.equal('6');
      await choose(el, 0, 'meaning:not-applicable');
      expect(rowLabels(el)).to.deep.equal(['UCM', 'UCVV']);
      await choose(el, 0, 'meaning:not-requested');
      expect(rowLabels(el)).to.deep.equal(['Città Metropolitana', 'Fiesole', 'Firenze']);
      expect(squash($(el, '.count')!.textContent)).to.equal('3 enti su 28');
      await choose(el, 0, '');
      expect(bodyRows(el)).to.have.length(28);
    });

    it('searches entity names without case or accents', async () => {
      const el = await ready(
        await fixture<CstDeploymentMatrix>(
          html`<cst-deployment-matrix .data=${await seed()}></cst-deployment-matrix>`,
        ),
      );
      await search(el, 'FIREN');
      expect(rowLabels(el)).to.deep.equal(['Firenze', 'Firenzuola']);
      await search(el, 'citta');
      expect(rowLabels(el)).to.deep.equal(['Città Metropolitana']);
      await search(el, 'zzz');
      expect(bodyRows(el)).to.have.length(0);
      expect(squash($(el, '.no-rows')!.textContent)).to.equal('Nessun risultato per i criteri scelti.');
    });

    it('sorts rows by name and by completion from the column headers, with aria-sort, and says so', async () => {
      const el = await ready(
        await fixture<CstDeploymentMatrix>(
          html`<cst-deployment-matrix .data=${await seed()}></cst-deployment-matrix>`,
        ),
      );
      const header = (index: number) => $$(el, '.head [role="columnheader"]')[index]!;
      const live = () => squash($(el, '[aria-live]')!.textContent);
      const sortBy = async (index: number) => {
        header(index).querySelector('button')!.click();
        await el.updateComplete;
      };
      await sortBy(0);
      expect(header(0).getAttribute('aria-sort')).to.equal('ascending');
      expect(rowLabels(el).slice(0, 3)).to.deep.equal(['Bagno a Ripoli', 'Barberino', 'Barberino V.E.']);
      expect(rowLabels(el).at(-1)).to.equal('Vicchio');
      expect(live()).to.equal('Tabella ordinata per Ente, crescente.');
      await sortBy(9);
      await sortBy(9);
      expect(header(0).hasAttribute('aria-sort')).to.equal(false);
      expect(header(9).getAttribute('aria-sort')).to.equal('descending');
      // Pontassieve and Rufina have 7 of 8 done, then the 6s by name; Marradi and Vaglia none.
      expect(rowLabels(el).slice(0, 3)).to.deep.equal(['Pontassieve', 'Rufina', 'Bagno a Ripoli']);
      expect(rowLabels(el).slice(-2)).to.deep.equal(['Marradi', 'Vaglia']);
      expect(bodyRows(el)[0]!.getAttribute('aria-rowindex')).to.equal('2');
      await sortBy(9);
      expect(header(9).hasAttribute('aria-sort')).to.equal(false);
      expect(rowLabels(el)[0]).to.equal((await seed()).rows[0]!.label);
    });
  });

  describe('layout', () => {
    it('keeps the header row and the first column in view while scrolling', async () => {
      const el = await ready(
        await fixture<CstDeploymentMatrix>(
          html`<cst-deployment-matrix
            style="width: 480px; --cst-deployment-matrix-max-height: 15em"
            .data=${await seed()}
          ></cst-deployment-matrix>`,
        ),
      );
      const scroller = $(el, '.scroller')!;
      expect(scroller.scrollHeight).to.be.greaterThan(scroller.clientHeight);
      expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
      scroller.scrollTop = 400;
      scroller.scrollLeft = 300;
      await settle(el);
      const box = scroller.getBoundingClientRect();
      const header = $(el, '.head')!.getBoundingClientRect();
      expect(Math.abs(header.top - box.top)).to.be.below(2);
      const rowHeader = bodyRows(el)[10]!.querySelector('[role="rowheader"]')!.getBoundingClientRect();
      expect(Math.abs(rowHeader.left - box.left)).to.be.below(2);
      const foot = $(el, '.foot')!.getBoundingClientRect();
      expect(
        Math.abs(foot.bottom - (box.bottom - scroller.offsetHeight + scroller.clientHeight)),
      ).to.be.below(3);
    });

    it('scrolls inside the element at 320 px, never the page', async () => {
      const box = await fixture(
        html`<div style="width: 320px">
          <cst-deployment-matrix .data=${await seed()}></cst-deployment-matrix>
        </div>`,
      );
      const el = await ready(box.querySelector('cst-deployment-matrix')!);
      await settle(el);
      expect(el.getBoundingClientRect().width).to.equal(320);
      const scroller = $(el, '.scroller')!;
      const edge = box.getBoundingClientRect().right + 0.5;
      expect(scroller.getBoundingClientRect().right).to.be.at.most(edge);
      expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
      const inner = [el.shadowRoot!.querySelector('.matrix')!, ...$$(el, '.controls > *')];
      for (const part of inner)
        expect(part.getBoundingClientRect().right, part.outerHTML.slice(0, 80)).to.be.at.most(edge);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    });

    it('sets all its text in one size and two weights of the page font (each more is a font lookup)', async () => {
      const el = await ready(
        await fixture<CstDeploymentMatrix>(
          html`<cst-deployment-matrix style="font-size: 18px" .data=${await seed()}></cst-deployment-matrix>`,
        ),
      );
      const faces = new Set<string>();
      for (const node of el.shadowRoot!.querySelectorAll('.matrix *')) {
        const hasText = [...node.childNodes].some(
          (c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim(),
        );
        const control = node.matches('select, input, button');
        if (!hasText && !control) continue;
        const style = getComputedStyle(node);
        faces.add(`${style.fontSize} ${style.fontWeight}`);
      }
      expect([...faces].sort()).to.deep.equal(['18px 400', '18px 600']);
    });
  });

  describe('status shapes', () => {
    it('draws each shape as a background of the cell (no glyph box), also on paper', async () => {
      const el = await ready(
        await fixture<CstDeploymentMatrix>(
          html`<cst-deployment-matrix .data=${await seed()}></cst-deployment-matrix>`,
        ),
      );
      const row = bodyRows(el)[20]!; // UCM: done, wip, not applicable and empty cells
      const shape = (cell: Element) => getComputedStyle(cell).backgroundImage;
      const cells = [...row.querySelectorAll('[part="cell"]')];
      const byMeaning = (m: string) => cells.find((c) => c.classList.contains(`m-${m}`))!;
      for (const cell of cells) expect(getComputedStyle(cell, '::before').content).to.equal('none');
      expect(shape(byMeaning('done'))).to.match(/^radial-gradient/);
      expect(shape(byMeaning('not-applicable'))).to.match(/radial-gradient.*linear-gradient/);
      expect(getComputedStyle(byMeaning('done')).printColorAdjust).to.equal('exact');
      const legend = $$(el, '[part="legend"] .mark').map(shape);
      expect(legend.every((image) => image.includes('gradient'))).to.equal(true);
    });
  });

  describe('national scale (7.900 × 12, virtualised)', () => {
    it('renders only the rows in view (and 2 more) until the grid is scrolled', async () => {
      const el = await ready(
        await fixture<CstDeploymentMatrix>(
          html`<cst-deployment-matrix .data=${nationalMatrix()}></cst-deployment-matrix>`,
        ),
      );
      await settle(el);
      const scroller = $(el, '.scroller')!;
      const rowHeight = bodyRows(el)[0]!.offsetHeight;
      const inView = Math.ceil(scroller.clientHeight / rowHeight) + 1;
      expect(bodyRows(el).length).to.be.at.most(inView + 2);
      scroller.scrollTop = rowHeight * 2;
      await settle(el);
      // Now 8 rows beyond each edge, so that a fast scroll shows no blank rows.
      expect(bodyRows(el).length).to.be.at.least(inView + 8);
      expect(rowLabels(el)[0]).to.equal('Comune 1');
    });

    it('keeps a bounded number of nodes and right aria indexes after scrolling', async () => {
      const el = await ready(
        await fixture<CstDeploymentMatrix>(
          html`<cst-deployment-matrix .data=${nationalMatrix()}></cst-deployment-matrix>`,
        ),
      );
      await settle(el);
      expect(el.virtualised).to.equal(true);
      const grid = $(el, '[role="grid"]')!;
      expect(grid.getAttribute('aria-rowcount')).to.equal('7902');
      expect(grid.getAttribute('aria-colcount')).to.equal('14');
      const nodes = () => el.shadowRoot!.querySelectorAll('*').length;
      expect(bodyRows(el).length).to.be.within(10, 40);
      expect(nodes()).to.be.below(1200);
      const scroller = $(el, '.scroller')!;
      const rowHeight = bodyRows(el)[0]!.offsetHeight;
      scroller.scrollTop = rowHeight * 5000;
      await settle(el);
      expect(nodes()).to.be.below(1200);
      const rows = bodyRows(el);
      for (const row of rows) {
        const n = Number(squash(row.querySelector('[role="rowheader"]')!.textContent).replace('Comune ', ''));
        expect(row.getAttribute('aria-rowindex')).to.equal(String(n + 1));
      }
      const visible = rows.filter((r) => {
        const b = r.getBoundingClientRect();
        const s = scroller.getBoundingClientRect();
        return b.top >= s.top && b.bottom <= s.bottom;
      });
      expect(visible.length).to.be.greaterThan(3);
      expect(rowLabels(el)).to.include('Comune 5001');
      expect(bodyRows(el)[0]!.querySelector('[role="rowheader"]')!.getAttribute('aria-colindex')).to.equal(
        '1',
      );
    });

    it('fills the view without gaps at 200% text size (row height measured, not assumed)', async () => {
      const el = await ready(
        await fixture<CstDeploymentMatrix>(
          html`<cst-deployment-matrix
            style="font-size: 32px"
            .data=${nationalMatrix()}
          ></cst-deployment-matrix>`,
        ),
      );
      await settle(el);
      const rowHeight = bodyRows(el)[0]!.getBoundingClientRect().height;
      expect(rowHeight).to.be.at.least(70);
      const scroller = $(el, '.scroller')!;
      scroller.scrollTop = rowHeight * 3000;
      await settle(el);
      const view = scroller.getBoundingClientRect();
      const rows = bodyRows(el).map((r) => r.getBoundingClientRect());
      expect(rows[0]!.top).to.be.at.most(view.top);
      expect(rows.at(-1)!.bottom).to.be.at.least(view.bottom);
      expect(rowLabels(el)).to.include('Comune 3001');
    });

    it('moves by keyboard through rows that are not yet in the DOM', async () => {
      const el = await ready(
        await fixture<CstDeploymentMatrix>(
          html`<cst-deployment-matrix .data=${nationalMatrix()}></cst-deployment-matrix>`,
        ),
      );
      await settle(el);
      $(el, '[role="grid"] [tabindex="0"]')!.focus();
      await press(el, 'End', { ctrlKey: true });
      await settle(el);
      expect(focused(el)!.closest('[role="row"]')!.getAttribute('aria-rowindex')).to.equal('7901');
      await press(el, 'Home');
      await settle(el);
      expect(squash(focused(el)!.textContent)).to.equal('Comune 7900');
      await press(el, 'PageUp');
      await settle(el);
      const index = Number(focused(el)!.closest('[role="row"]')!.getAttribute('aria-rowindex'));
      expect(index).to.be.within(7880, 7899);
      expect(squash(focused(el)!.textContent)).to.equal(`Comune ${index - 1}`);
      await press(el, 'Home', { ctrlKey: true });
      await settle(el);
      expect(squash(focused(el)!.textContent)).to.equal('Comune 1');
      expect($(el, '.scroller')!.scrollTop).to.equal(0);
    });

    it('jumps to the first match of a search and says how many were found', async () => {
      const el = await ready(
        await fixture<CstDeploymentMatrix>(
          html`<cst-deployment-matrix .data=${nationalMatrix()}></cst-deployment-matrix>`,
        ),
      );
      await settle(el);
      await search(el, 'comune 6543');
      await settle(el);
      expect(bodyRows(el).length).to.be.below(60);
      const row = bodyRows(el).find(
        (r) => squash(r.querySelector('[role="rowheader"]')!.textContent) === 'Comune 6543',
      );
      expect(row, 'the match is rendered').to.exist;
      expect(row!.getAttribute('aria-rowindex')).to.equal('6544');
      const scroller = $(el, '.scroller')!.getBoundingClientRect();
      const box = row!.getBoundingClientRect();
      expect(box.top).to.be.at.least(scroller.top);
      expect(box.bottom).to.be.at.most(scroller.bottom);
      expect(row!.querySelector('[tabindex="0"]')).to.exist;
      expect(squash($(el, '[aria-live]')!.textContent)).to.equal(
        'Ricerca «comune 6543»: 1 ente: Comune 6543',
      );
    });
  });

  describe('live data', () => {
    it('marks the cells that changed and announces them politely', async () => {
      const { el, data } = await seedMatrix();
      expect($$(el, '.changed')).to.have.length(0);
      await changeLonda(el, data);
      const marked = $$(el, '.changed');
      expect(marked).to.have.length(1);
      expect(marked[0]!.getAttribute('aria-label')).to.equal('Londa, App istituzionale: ✓ su store');
      expect($(el, '[aria-live="polite"]')!.textContent).to.equal(
        'Aggiornato: Londa, App istituzionale: ✓ su store',
      );
    });

    it('flashes the changed cells twice in 2 s by the opacity of an overlay alone, and again on the next change', async () => {
      const { el, data } = await seedMatrix();
      const next = await changeLonda(el, data);
      const cell = $(el, '.changed')!;
      expect(getComputedStyle(cell).outlineStyle).to.equal('dashed');
      expect(getComputedStyle(cell, '::before').backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
      const flash = overlayAnimation(cell)!;
      expect(flash.properties, 'only opacity, which the compositor animates alone').to.deep.equal([
        'opacity',
      ]);
      expect((flash.animation.effect as KeyframeEffect).getTiming().duration).to.equal(2000);
      expect([0, 0.2, 0.5, 0.7, 0.95].map(flash.opacityAt)).to.deep.equal([0, 1, 0, 1, 0]);
      expect(
        el.shadowRoot!.getAnimations().map((a) => (a.effect as KeyframeEffect).target),
        'no other cell animates',
      ).to.deep.equal([cell]);
      await aTimeout(300);
      const again = structuredClone(next);
      again.cells[9]![4] = 'su-store';
      el.data = again;
      await el.updateComplete;
      const newly = $$(el, '.changed');
      expect(newly.map((c) => c.getAttribute('aria-label'))).to.deep.equal([
        'Marradi, App istituzionale: ✓ su store',
      ]);
      expect(Number(overlayAnimation(newly[0]!)!.animation.currentTime)).to.be.below(250);
      el.remove();
      await el.updateComplete;
      expect($$(el, '.changed'), 'no mark left once disconnected').to.have.length(0);
    });

    it('marks changes with a still overlay and the outline under reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const { el, data } = await seedMatrix();
        await changeLonda(el, data);
        const cell = $(el, '.changed')!;
        expect(overlayAnimation(cell)).to.equal(undefined);
        expect(getComputedStyle(cell, '::before').opacity).to.equal('1');
        expect(getComputedStyle(cell).outlineStyle).to.equal('dashed');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('does not announce every change of a busy feed', async () => {
      const data = await seed();
      const el = await ready(
        await fixture<CstDeploymentMatrix>(
          html`<cst-deployment-matrix .data=${data}></cst-deployment-matrix>`,
        ),
      );
      const a = structuredClone(data);
      a.cells[0]![7] = 'coperto';
      el.data = a;
      await el.updateComplete;
      const b = structuredClone(a);
      b.cells[1]![7] = 'coperto';
      el.data = b;
      await el.updateComplete;
      expect($(el, '[aria-live="polite"]')!.textContent).to.equal(
        'Aggiornato: Bagno a Ripoli, CED Multiente: ✓ Coperto',
      );
      expect($$(el, '.changed').map((c) => c.getAttribute('aria-label'))).to.deep.equal([
        'Barberino, CED Multiente: ✓ Coperto',
      ]);
    });
  });

  describe('what the rows are', () => {
    const schools = (rowNoun?: MatrixDataset['rowNoun']): MatrixDataset => ({
      kind: 'matrix',
      title: 'Registro elettronico nelle scuole',
      rows: [
        { id: 'dante', label: 'Scuola primaria Dante' },
        { id: 'datini', label: 'Istituto Datini' },
      ],
      columns: [{ id: 'registro', label: 'Registro elettronico' }],
      statuses: [{ id: 'si', label: '✓ attivo', meaning: 'done' }],
      cells: [['si'], [null]],
      ...(rowNoun ? { rowNoun } : {}),
    });
    const nouns = { it: { one: 'scuola', other: 'scuole' }, en: { one: 'school', other: 'schools' } };
    /** The heading of the rows' column, the search's label, the count, and the CSV's first cell. */
    const words = async (el: CstDeploymentMatrix) => {
      await ready(el);
      const { text } = await savedCsv(() => el.downloadCsv());
      return [
        squash($(el, '.head [role="columnheader"]')!.textContent).replace('↕', ''),
        squash($(el, '.controls label:nth-of-type(2)')!.textContent),
        squash($(el, '.count')!.textContent),
        text.replace('\uFEFF', '').split(/[;,]/)[0],
      ];
    };

    it('are entities unless the data or the page says otherwise', async () => {
      const el = await fixture<CstDeploymentMatrix>(
        html`<cst-deployment-matrix lang="it" .data=${schools()}></cst-deployment-matrix>`,
      );
      expect(await words(el)).to.deep.equal(['Ente', 'Cerca enti', '2 enti su 2', 'Ente']);
    });

    it('are named by the dataset’s rowNoun, in the page’s language', async () => {
      const italian = await fixture<CstDeploymentMatrix>(
        html`<cst-deployment-matrix lang="it" .data=${schools(nouns)}></cst-deployment-matrix>`,
      );
      expect(await words(italian)).to.deep.equal(['Scuola', 'Cerca scuole', '2 scuole su 2', 'Scuola']);
      await search(italian, 'dante');
      expect(squash($(italian, '.count')!.textContent)).to.equal('1 scuola su 2');
      const english = await fixture<CstDeploymentMatrix>(
        html`<cst-deployment-matrix lang="en-GB" .data=${schools(nouns)}></cst-deployment-matrix>`,
      );
      expect(await words(english)).to.deep.equal(['School', 'Find schools', '2 of 2 schools', 'School']);
      // A language the data does not name gets the built-in words, not another language's.
      const german = await fixture<CstDeploymentMatrix>(
        html`<cst-deployment-matrix lang="de" .data=${schools({ it: nouns.it })}></cst-deployment-matrix>`,
      );
      expect((await words(german))[0]).to.equal('Entity');
    });

    it('are named by the row-noun attribute above all, live', async () => {
      const el = await fixture<CstDeploymentMatrix>(
        html`<cst-deployment-matrix
          lang="it"
          row-noun="ufficio, uffici"
          .data=${schools(nouns)}
        ></cst-deployment-matrix>`,
      );
      expect(await words(el)).to.deep.equal(['Ufficio', 'Cerca uffici', '2 uffici su 2', 'Ufficio']);
      el.setAttribute('row-noun', 'servizio, servizi');
      await el.updateComplete;
      expect((await words(el)).slice(0, 3)).to.deep.equal(['Servizio', 'Cerca servizi', '2 servizi su 2']);
    });
  });

  describe('CSV', () => {
    it('offers the full matrix with labels in the Italian dialect', async () => {
      const el = await ready(
        await fixture<CstDeploymentMatrix>(
          html`<cst-deployment-matrix .data=${await seed()}></cst-deployment-matrix>`,
        ),
      );
      const { text } = await savedCsv(() => el.downloadCsv());
      const lines = text.replace('\uFEFF', '').split('\r\n');
      expect(lines).to.have.length(30);
      expect(lines[0]).to.equal(
        'Ente;Rete civica rel. 2016;Portale servizi rel. 2016;Area Servizi 2017;Gestione Documentale;App istituzionale;RPC-SUAP;TELEMACO;CED Multiente',
      );
      expect(lines[1]).to.equal(
        'Bagno a Ripoli;✓ online;✓ online;wip;✓ online;✓ su store;✓ online;✓ online;',
      );
      expect(lines[4]).to.equal(
        'Città Metropolitana;Non interessa;✓ online;wip;✓ online;Non interessa;;✓ online;Non interessa',
      );
    });

    it('downloads it from the button, even when filtered', async () => {
      const el = await ready(
        await fixture<CstDeploymentMatrix>(
          html`<cst-deployment-matrix
            .data=${await seed()}
            filter="meaning:not-applicable"
          ></cst-deployment-matrix>`,
        ),
      );
      expect(bodyRows(el)).to.have.length(2);
      const { name, text } = await csvFromButton(el);
      expect(name).to.equal('dispiegamento-cst-al-31-12-2016.csv');
      expect(text.split('\r\n')).to.have.length(30);
    });
  });

  describe('states', () => {
    it('reserves its space while loading', async () => {
      const el = await fixture<CstDeploymentMatrix>(
        html`<cst-deployment-matrix src="/__test/slow/400"></cst-deployment-matrix>`,
      );
      expect(el.status).to.equal('loading');
      expect(el.getBoundingClientRect().height).to.be.at.least(20 * 16 - 1);
    });

    it('shows an error, an empty matrix and stale data', async () => {
      const failing = await ready(
        await fixture<CstDeploymentMatrix>(
          html`<cst-deployment-matrix src="/__test/status/500"></cst-deployment-matrix>`,
        ),
      );
      expect(squash($(failing, '[part="error"]')!.textContent)).to.contain(
        'Il server ha risposto con un errore (500).',
      );
      const data = await seed();
      const empty = await ready(
        await fixture<CstDeploymentMatrix>(
          html`<cst-deployment-matrix .data=${{ ...data, rows: [], cells: [] }}></cst-deployment-matrix>`,
        ),
      );
      expect(empty.status).to.equal('empty');
      const stale = await ready(
        await fixture<CstDeploymentMatrix>(
          html`<cst-deployment-matrix>
            <script type="application/json">
              ${JSON.stringify(data)}
            </script>
          </cst-deployment-matrix>`,
        ),
      );
      const event = oneEvent(stale, 'cst-error');
      stale.querySelector('script')!.textContent = '{ "kind": ';
      await event;
      await stale.updateComplete;
      expect(stale.status).to.equal('stale');
      expect(bodyRows(stale)).to.have.length(28);
      expect($(stale, '[part="stale"]')).to.exist;
    });

    it('speaks English on an English page', async () => {
      const box = await fixture(
        html`<div lang="en"><cst-deployment-matrix .data=${await seed()}></cst-deployment-matrix></div>`,
      );
      const el = await ready(box.querySelector('cst-deployment-matrix')!);
      expect(squash($$(el, '.foot [role="gridcell"]')[1]!.textContent)).to.equal('25 of 28');
      expect(bodyRows(el)[0]!.children[1]!.getAttribute('aria-label')).to.equal(
        'Bagno a Ripoli, Rete civica rel. 2016: ✓ online',
      );
      expect((await csvFromButton(el)).text.split('\r\n')[0]).to.match(/^\uFEFFEntity,Rete civica/);
    });

    it('is accessible (axe) with the seed', async () => {
      const el = await ready(
        await fixture<CstDeploymentMatrix>(
          html`<cst-deployment-matrix .data=${await seed()}></cst-deployment-matrix>`,
        ),
      );
      await expect(el).to.be.accessible();
    });

    it('is accessible (axe) in dark mode', async () => {
      const dark = await ready(
        await fixture<CstDeploymentMatrix>(
          html`<cst-deployment-matrix
            theme="dark"
            style="background:#111"
            .data=${await seed()}
          ></cst-deployment-matrix>`,
        ),
      );
      await expect(dark).to.be.accessible();
    });

    it('is accessible (axe) when virtualised', async () => {
      const big = await ready(
        await fixture<CstDeploymentMatrix>(
          html`<cst-deployment-matrix .data=${nationalMatrix(400, 12)}></cst-deployment-matrix>`,
        ),
      );
      await settle(big);
      await expect(big).to.be.accessible();
    });

    it('leaves no timers or observers behind when removed', async () => {
      const el = await ready(
        await fixture<CstDeploymentMatrix>(
          html`<cst-deployment-matrix .data=${await seed()}></cst-deployment-matrix>`,
        ),
      );
      el.remove();
      await aTimeout(10);
      document.body.append(el);
      await ready(el);
      await settle(el);
      expect(bodyRows(el)).to.have.length(28);
    });
  });
});
