// Every element in every state with visible text, on a page set up as the query string says:
//   ?tokens=none|bi|dti   the page's token source: none, Bootstrap Italia's CSS, design-tokens-italia's variables
//   &scheme=light|dark|dark-page|recipe|page-dark-tokens
//     light             the elements as they come, on a light page
//     dark              theme="dark" on each element, on the same (light) page
//     dark-page         no theme attribute; the page declares `color-scheme: light dark` and the reader prefers dark
//     recipe            the dark band of the theming docs ("Ricetta scura"), no theme attribute
//     page-dark-tokens  a page region in Bootstrap 5.3's dark mode, its tokens handed over as the
//                       theming docs say ("Token scuri della pagina")
// window.harness.ready resolves once every element is in its state. contrast.test.mjs reads the page.
import '/dist/cst-widgets.js';
import * as colours from './colours.js';

const params = new URLSearchParams(location.search);
const tokens = params.get('tokens') ?? 'none';
const scheme = params.get('scheme') ?? 'light';

const STYLESHEETS = {
  bi: '/vendor/bootstrap-italia/css/bootstrap-italia.min.css',
  dti: '/vendor/design-tokens-italia/variables.css',
};

function addStylesheet(href) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error(`${href} did not load`));
  });
  document.head.append(link);
  return loaded;
}

/** The first css block under a heading of the theming docs. */
async function docsCss(heading) {
  const docs = await (await fetch('/docs/theming.mdx')).text();
  const at = docs.search(new RegExp(`^#+ ${heading}`, 'm'));
  const block = at < 0 ? null : /```css\n([\s\S]*?)```/.exec(docs.slice(at));
  if (!block) throw new Error(`no css block under "${heading}" in theming.mdx`);
  return block[1];
}

function addStyle(text) {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
}

const el = (tag, attrs = {}, props = {}) => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  Object.assign(node, props);
  return node;
};

const EMPTY = {
  'cst-sla-table': { kind: 'sla', title: 'Nessuno SLA', items: [] },
  'cst-data-table': { kind: 'table', title: 'Nessuna riga', columns: [], rows: [] },
  'cst-trend-line': { kind: 'series', title: 'Nessun dato', x: { type: 'year' }, series: [] },
  'cst-bar-chart': { kind: 'table', title: 'Nessuna riga', columns: [], rows: [] },
  'cst-share': { kind: 'share', title: 'Nessuna quota', parts: [] },
  'cst-deployment-matrix': {
    kind: 'matrix',
    title: 'Nessun ente',
    columns: [],
    rows: [],
    statuses: [],
    cells: [],
  },
};

/** The ready elements: every element, with data that uses every colour it has. */
function readyElements(doc, { sla, falling }) {
  const of = (tag, dataset, attrs = {}) => el(tag, { dataset, ...attrs }, { data: doc });
  return [
    of('cst-kpi-tile', 'active-credentials'),
    of('cst-kpi-tile', 'active-services'),
    el('cst-kpi-tile', {}, { data: falling }),
    el('cst-sla-table', {}, { data: sla }),
    of('cst-sla-table', 'sla'),
    of('cst-data-table', 'usage-by-category'),
    of('cst-data-table', 'payments-changes'),
    of('cst-trend-line', 'credentials-by-year'),
    of('cst-bar-chart', 'usage-by-category'),
    of('cst-share', 'device-share'),
    of('cst-share', 'device-share', { variant: 'bar' }),
    of('cst-deployment-matrix', 'deployment'),
  ];
}

const TAGS = [
  'cst-kpi-tile',
  'cst-sla-table',
  'cst-data-table',
  'cst-trend-line',
  'cst-bar-chart',
  'cst-share',
  'cst-deployment-matrix',
];

/** An element whose inline data was good, then broken: the last good figures, marked stale. */
function staleElement(tag, doc) {
  const dataset = {
    'cst-kpi-tile': 'hardware-uptime',
    'cst-sla-table': 'sla',
    'cst-data-table': 'tickets',
    'cst-trend-line': 'credentials-by-year',
    'cst-bar-chart': 'usage-by-category',
    'cst-share': 'device-share',
    'cst-deployment-matrix': 'deployment',
  }[tag];
  const node = el(tag);
  const script = el('script', { type: 'application/json' });
  script.textContent = JSON.stringify(doc.datasets[dataset]);
  node.append(script);
  node.addEventListener('cst-data', () => (script.textContent = '{ "kind": '), { once: true });
  return node;
}

function section(title, elements, expected, sorted = false) {
  const box = el('section', { 'data-state': expected });
  if (sorted) box.dataset.sorted = '';
  const heading = el('h2');
  heading.textContent = title;
  box.append(heading, ...elements);
  return box;
}

async function build() {
  if (STYLESHEETS[tokens]) await addStylesheet(STYLESHEETS[tokens]);
  else if (tokens !== 'none') throw new Error(`unknown token source ${tokens}`);
  const main = document.getElementById('elements');
  if (scheme === 'dark-page') {
    const meta = el('meta', { name: 'color-scheme', content: 'light dark' });
    document.head.append(meta);
  } else if (scheme === 'recipe') {
    const css = await docsCss('Ricetta scura');
    addStyle(css);
    main.classList.add(/^\.([a-z-]+)\s*\{/m.exec(css)[1]);
  } else if (scheme === 'page-dark-tokens') {
    await addStylesheet('./bootstrap-dark.css');
    addStyle(await docsCss('Token scuri della pagina'));
    main.dataset.bsTheme = 'dark';
  } else if (scheme !== 'light' && scheme !== 'dark') throw new Error(`unknown scheme ${scheme}`);

  const doc = await (await fetch('/fixtures/focus-2016.json')).json();
  // Met, breached, at risk and not measured (every status colour); a change for the worse.
  const datasets = await (await fetch('./datasets.json')).json();
  const sections = [
    section('Pronti', readyElements(doc, datasets), 'ready'),
    section(
      'Errore',
      TAGS.map((tag) => el(tag, { src: '/__missing__.json', dataset: 'x' })),
      'error',
    ),
    section(
      'Vuoti',
      Object.entries(EMPTY).map(([tag, data]) => el(tag, {}, { data })),
      'empty',
    ),
    section(
      'Non aggiornati',
      TAGS.map((tag) => staleElement(tag, doc)),
      'stale',
    ),
    // A sorted column's arrow takes the header's colour, the others the muted one.
    section(
      'Ordinati',
      [
        el(
          'cst-sla-table',
          { dataset: 'sla' },
          { data: doc, sort: { column: 'deviation', direction: 'descending' } },
        ),
        el(
          'cst-data-table',
          { dataset: 'payments-by-entity' },
          { data: doc, sort: { column: 'amount-2016', direction: 'ascending' } },
        ),
        el(
          'cst-deployment-matrix',
          { dataset: 'deployment' },
          { data: doc, sort: { column: 'completion', direction: 'descending' } },
        ),
      ],
      'ready',
      true,
    ),
    section('In caricamento', [el('cst-kpi-tile')], 'loading'),
  ];
  if (scheme === 'dark')
    for (const box of sections)
      for (const node of box.children)
        if (node.localName.startsWith('cst-')) node.setAttribute('theme', 'dark');
  main.append(...sections);
  await settled();
  // Drawn once measured: wait for the sorted header, a frame or two after the data.
  const sorted = [...document.querySelectorAll('section[data-sorted] > [dataset]')];
  const deadline = Date.now() + 5000;
  while (sorted.some((node) => !node.shadowRoot.querySelector('[aria-sort]'))) {
    if (Date.now() > deadline) throw new Error('a sorted element shows no sorted column');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Resolves when every element has reached the state of its section. */
function settled() {
  const deadline = Date.now() + 15_000;
  return new Promise((resolve, reject) => {
    const check = () => {
      const pending = [...document.querySelectorAll('section[data-state] > *')]
        .filter((node) => node.localName.startsWith('cst-'))
        .filter((node) => node.status !== node.parentElement.dataset.state);
      if (pending.length === 0) return resolve();
      if (Date.now() > deadline)
        return reject(
          new Error(`not settled: ${pending.map((n) => `${n.localName} ${n.status}`).join(', ')}`),
        );
      setTimeout(check, 50);
    };
    check();
  });
}

window.harness = { tokens, scheme, colours, ready: build() };
