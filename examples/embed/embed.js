// The iframe embed, for CMSs that strip script tags:
//   <iframe src="/embed/embed.html?element=cst-sla-table&src=/data/focus-2016.json&dataset=sla&id=sla"
//           title="SLA rilevati" loading="lazy"></iframe>
// Host the embed/ folder beside cst-widgets.js, in any folder: the page loads ../cst-widgets.js,
// and a relative src is read from the page's own address (../data/x.json is beside embed/ too).
// Query parameters: element (one of ELEMENTS), src, dataset, optional lang, theme ("dark") and id.
// The page posts its height to the parent after each change in size:
//   { type: 'cst-embed:resize', id: <the id parameter or null>, height: <CSS pixels> }
// embed-host.js, on the parent page, resizes the iframe that sent it.

/** The only tags this page creates: never a name taken from the address as it is. */
const ELEMENTS = [
  'cst-kpi-tile',
  'cst-sla-table',
  'cst-trend-line',
  'cst-deployment-matrix',
  'cst-data-table',
  'cst-bar-chart',
  'cst-share',
];

const params = new URLSearchParams(location.search);
const main = document.getElementById('embed');
const id = params.get('id');

const lang = params.get('lang');
if (lang && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) document.documentElement.lang = lang;

const tag = ELEMENTS.find((name) => name === params.get('element'));
const src = params.get('src');
if (!tag || !src) {
  const message = document.createElement('p');
  message.className = 'embed-error';
  message.setAttribute('role', 'alert');
  message.textContent = !tag
    ? `Elemento non supportato: usa uno tra ${ELEMENTS.join(', ')}.`
    : 'Manca il parametro src (indirizzo del documento dei dati).';
  main.append(message);
} else {
  const element = document.createElement(tag);
  element.setAttribute('src', new URL(src, location.href).href);
  const dataset = params.get('dataset');
  if (dataset) element.setAttribute('dataset', dataset);
  if (params.get('theme') === 'dark') element.setAttribute('theme', 'dark');
  main.append(element);
}

let last = -1;
function postHeight() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  // The height is not secret, and the parent may be any site that embeds the report: '*' is fine.
  window.parent.postMessage({ type: 'cst-embed:resize', id, height }, '*');
}
new ResizeObserver(postHeight).observe(document.documentElement);
postHeight();
