import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Dataset } from '@cst/schema';
import './cst-kpi-tile.js';
import './cst-sla-table.js';
import './cst-data-table.js';
import './cst-deployment-matrix.js';
import { testDocument } from '../test/docs.js';

// What an editor's slip or a hostile document can put in a cell: the largest double, its negative, a
// percent of 1e308, and words with no place to break. Each must stay inside its cell or tile, and the
// element inside its own box, at a phone's width and a desktop's.
const HUGE = 1e308;
const MAX = Number.MAX_VALUE;
const WORD = 'Sovraintendenzaregionaleaiservizidemografici'.repeat(6);

const DATASETS: Record<string, Dataset> = {
  kpi: {
    kind: 'kpi',
    title: WORD,
    value: HUGE,
    previous: -MAX,
    previousLabel: WORD,
    format: { style: 'currency', currency: 'EUR' },
    note: WORD,
  },
  sla: {
    kind: 'sla',
    title: WORD,
    items: [
      {
        code: `SLA.${'9'.repeat(60)}`,
        label: WORD,
        target: { direction: 'at-least', value: HUGE, format: { style: 'percent' } },
        measured: { value: MAX },
      },
      {
        code: 'SLA.2',
        label: 'Tempo di risposta',
        target: { direction: 'at-most', value: -MAX, format: { style: 'unit', unit: 'millisecond' } },
        measured: { value: HUGE },
      },
    ],
  },
  table: {
    kind: 'table',
    title: WORD,
    columns: [
      { id: 'name', label: WORD, type: 'text' },
      { id: 'count', label: 'Operazioni', type: 'count' },
      { id: 'amount', label: 'Importo', type: 'currency' },
      { id: 'change', label: 'Variazione', type: 'percent' },
    ],
    rows: [
      { id: 'a', cells: { name: WORD, count: HUGE, amount: -MAX, change: HUGE } },
      { id: 'b', cells: { name: 'Firenze', count: 4788, amount: 11240255.77, change: -1.2 } },
    ],
  } as Dataset,
  matrix: {
    kind: 'matrix',
    title: WORD,
    columns: [
      { id: 'c1', label: WORD },
      { id: 'c2', label: 'Rete civica' },
    ],
    rows: [
      { id: 'r1', label: WORD },
      { id: 'r2', label: 'Firenze' },
    ],
    statuses: [{ id: 'done', label: WORD, meaning: 'done' }],
    cells: [
      ['done', 'done'],
      [null, 'done'],
    ],
  },
};

const ELEMENTS = {
  'cst-kpi-tile': 'kpi',
  'cst-sla-table': 'sla',
  'cst-data-table': 'table',
  'cst-deployment-matrix': 'matrix',
} as const;

/** Every element in a shadow root (and its nested roots), with the host it belongs to. */
function descendants(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((node) =>
    node.shadowRoot ? [node, ...descendants(node.shadowRoot)] : [node],
  );
}

function hiddenInClip(node: Element): boolean {
  for (let at: Element | null = node; at; at = at.parentElement)
    if (getComputedStyle(at).clip !== 'auto' && at.getBoundingClientRect().width <= 1) return true;
  return false;
}

function insideScroller(node: Element, host: Element): boolean {
  for (let at = node.parentElement; at && at !== host; at = at.parentElement)
    if (['auto', 'scroll'].includes(getComputedStyle(at).overflowX)) return true;
  return false;
}

/** Boxes that run past the host's sides, or content that runs past a cell's (horizontal overflow). */
function overflows(host: HTMLElement): string[] {
  const edge = host.getBoundingClientRect();
  const problems: string[] = [];
  for (const node of descendants(host.shadowRoot!)) {
    if (!(node instanceof HTMLElement) || !node.checkVisibility()) continue;
    if (node.closest('.visually-hidden, [part="live"]')) continue;
    const box = node.getBoundingClientRect();
    // Zero-width boxes and what sits in a 1 px clip (a table's header row, hidden when shown as cards).
    if (box.width === 0 || hiddenInClip(node)) continue;
    const name = `${node.localName}.${[...node.classList].join('.')} "${node.textContent!.trim().slice(0, 20)}"`;
    // A grid wider than a phone scrolls sideways in its own box (the matrix's ten columns): what is
    // inside that box may run past the host, the box itself may not.
    if (insideScroller(node, host)) {
      if (node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX === 'visible')
        problems.push(`${name}: content ${node.scrollWidth} px in a box of ${node.clientWidth} px`);
      continue;
    }
    if (box.left < edge.left - 1 || box.right > edge.right + 1)
      problems.push(
        `${name}: ${Math.round(box.left)}–${Math.round(box.right)} outside ${Math.round(edge.left)}–${Math.round(edge.right)}`,
      );
    else if (node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX === 'visible')
      problems.push(`${name}: content ${node.scrollWidth} px in a box of ${node.clientWidth} px`);
  }
  return problems;
}

describe('huge numbers and long words stay inside their cell', () => {
  for (const width of [320, 768, 1280])
    for (const [tag, name] of Object.entries(ELEMENTS))
      it(`${tag} at ${width} px`, async () => {
        const box = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}></div>`);
        const el = document.createElement(tag) as HTMLElement & { data?: unknown; status?: string };
        el.setAttribute('dataset', name);
        el.data = testDocument({ [name]: DATASETS[name]! });
        box.append(el);
        await waitUntil(() => el.status === 'ready', `status ${el.status}`, { timeout: 5000 });
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        expect(el.getBoundingClientRect().width).to.be.at.most(width + 0.5);
        expect(overflows(el)).to.deep.equal([]);
        // The value is shown, not dropped: its exponent is readable on the page.
        if (name !== 'matrix') expect(el.shadowRoot!.textContent).to.match(/308/);
      });
});
