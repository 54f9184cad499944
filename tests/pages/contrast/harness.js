// Every element in every state with visible text, on a page set up as the query string says:
//   ?tokens=none|bi|dti   the page's token source: none, Bootstrap Italia's CSS, design-tokens-italia's variables
//   &scheme=light|dark|dark-page|recipe
//     light      the elements as they come, on a light page
//     dark       theme="dark" on each element, on the same (light) page
//     dark-page  no theme attribute; the page declares `color-scheme: light dark` and the reader prefers dark
//     recipe     the dark band of the theming docs (its CSS block read from stories/docs/theming.mdx)
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

/** The CSS of the dark recipe in the theming docs: the first css block under the heading that names it. */
async function darkRecipe() {
  const docs = await (await fetch('/docs/theming.mdx')).text();
  const section = docs.slice(docs.indexOf('### Ricetta scura'));
  const block = /```css\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('no css block under "### Ricetta scura" in theming.mdx');
  return { css: block[1], className: /^\.([a-z-]+)\s*\{/m.exec(block[1])[1] };
}

const el = (tag, attrs = {}, props = {}) => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  Object.assign(node, props);
  return node;
};

/** Some met, one breached, one at risk, one not measured: every status colour. */
const mixedSla = {
  kind: 'sla',
  title: 'SLA del primo semestre',
  atRiskMargin: 0.5,
  items: [
    ['SLA.1', 99, 99.92],
    ['SLA.2', 98.5, 97.8],
    ['SLA.4', 98.5, 98.7],
    ['SLA.5', 98, null],
  ].map(([code, target, measured]) => ({
    code,
    label: `Disponibilità ${code}`,
    target: { direction: 'at-least', value: target, format: { style: 'percent', minimumFractionDigits: 2 } },
    measured: measured === null ? null : { value: measured },
  })),
};

/** A change for the worse, and one for the better. */
const falling = {
  kind: 'kpi',
  title: 'Pagamenti nel mese',
  value: 110509,
  previous: 111866,
  previousLabel: '2015',
  better: 'up',
  format: { style: 'count' },
  note: 'Operazioni registrate.',
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
function readyElements(doc) {
  const of = (tag, dataset, attrs = {}) => el(tag, { dataset, ...attrs }, { data: doc });
  return [
    of('cst-kpi-tile', 'active-credentials'),
    of('cst-kpi-tile', 'active-services'),
    el('cst-kpi-tile', {}, { data: falling }),
    el('cst-sla-table', {}, { data: mixedSla }),
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

function section(title, elements, expected) {
  const box = el('section', { 'data-state': expected });
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
    const recipe = await darkRecipe();
    const style = el('style');
    style.textContent = recipe.css;
    document.head.append(style);
    main.classList.add(recipe.className);
  } else if (scheme !== 'light' && scheme !== 'dark') throw new Error(`unknown scheme ${scheme}`);

  const doc = await (await fetch('/fixtures/focus-2016.json')).json();
  const sections = [
    section('Pronti', readyElements(doc), 'ready'),
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
    section('In caricamento', [el('cst-kpi-tile')], 'loading'),
  ];
  if (scheme === 'dark' || scheme === 'recipe')
    for (const box of sections)
      for (const node of box.children)
        if (node.localName.startsWith('cst-')) node.setAttribute('theme', 'dark');
  main.append(...sections);
  await settled();
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
