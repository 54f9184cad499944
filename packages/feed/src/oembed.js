// oEmbed (https://oembed.com) for the iframe embed page: a CMS that is given the address of an
// embed page (…/embed/embed.html?element=cst-sla-table&src=…&dataset=sla) asks the endpoint
// for it and gets an iframe sized for the element. Pure: no I/O, so any server can answer with it.

/** The elements the embed page creates, with a name for people and the height they usually need. */
const ELEMENTS = {
  'cst-kpi-tile': { it: 'Indicatore', en: 'Indicator', height: 200 },
  'cst-sla-table': { it: 'Tabella degli SLA', en: 'SLA table', height: 640 },
  'cst-trend-line': { it: 'Andamento nel tempo', en: 'Trend line', height: 420 },
  'cst-deployment-matrix': { it: 'Matrice di diffusione', en: 'Deployment matrix', height: 720 },
  'cst-data-table': { it: 'Tabella di dati', en: 'Data table', height: 520 },
  'cst-bar-chart': { it: 'Grafico a barre', en: 'Bar chart', height: 440 },
  'cst-share': { it: 'Ripartizione', en: 'Share of a whole', height: 360 },
};

/** The embed page's parameters that the iframe keeps; anything else in the address is dropped. */
const PARAMETERS = ['element', 'src', 'dataset', 'lang', 'theme', 'id'];
const DEFAULT_WIDTH = 640;
const MAX_SIDE = 4096;

const escapeHtml = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/**
 * @param {400 | 404 | 501} status
 * @param {string} reason
 * @returns {{ ok: false, status: 400 | 404 | 501, reason: string }}
 */
const refuse = (status, reason) => ({ ok: false, status, reason });

function parseUrl(text, base) {
  try {
    return new URL(text, base);
  } catch {
    return undefined;
  }
}

/** A positive whole number of pixels from a query parameter, else undefined. */
function pixels(value) {
  if (value === null || !/^\d{1,5}$/.test(value)) return undefined;
  const number = Number(value);
  return number > 0 ? Math.min(number, MAX_SIDE) : undefined;
}

/** The embed page's address: the page itself, or its folder (ending in "/") holding embed.html. */
function pageOf(embedPage) {
  const page = new URL(embedPage);
  if (page.pathname.endsWith('/')) page.pathname += 'embed.html';
  page.search = '';
  page.hash = '';
  return page;
}

/**
 * Answers one oEmbed request.
 * @param {string | URL} requestUrl the whole request to the endpoint, e.g. https://feed/oembed?url=…&maxwidth=600
 * @param {string | URL} embedPage the embed page's address (or its folder, ending in "/")
 * @param {{ providerName?: string }} [options]
 * @returns {{ ok: true, status: 200, body: object } | { ok: false, status: 400 | 404 | 501, reason: string }}
 */
export function oembed(requestUrl, embedPage, { providerName = 'cst-widgets' } = {}) {
  const query = new URL(requestUrl).searchParams;
  const format = query.get('format') ?? 'json';
  if (format !== 'json') return refuse(501, `format "${format}" is not supported: only json`);
  const asked = query.get('url');
  if (!asked) return refuse(400, 'the url parameter is missing');

  const page = pageOf(embedPage);
  const target = parseUrl(asked);
  if (!target || !/^https?:$/.test(target.protocol)) return refuse(404, 'not a web address');
  if (target.origin !== page.origin)
    return refuse(404, `another origin: the embed page is on ${page.origin}`);
  if (target.pathname !== page.pathname) return refuse(404, `not the embed page ${page.pathname}`);

  const params = target.searchParams;
  const tag = params.get('element') ?? '';
  const element = Object.hasOwn(ELEMENTS, tag) ? ELEMENTS[tag] : undefined;
  if (!element) return refuse(404, `unknown element "${tag}"`);
  const src = params.get('src');
  const data = src ? parseUrl(src, target) : undefined;
  if (!data || !/^https?:$/.test(data.protocol)) return refuse(404, 'the embed address has no valid src');

  const iframe = new URL(page);
  for (const name of PARAMETERS) {
    const value = params.get(name);
    if (value) iframe.searchParams.set(name, value);
  }
  const english = /^en\b/i.test(params.get('lang') ?? '');
  const dataset = params.get('dataset');
  const title = `${english ? element.en : element.it}${dataset ? `: ${dataset}` : ''}`;
  const width = pixels(query.get('maxwidth')) ?? DEFAULT_WIDTH;
  const height = Math.min(element.height, pixels(query.get('maxheight')) ?? Infinity);
  const html =
    `<iframe src="${escapeHtml(iframe.href)}" width="${width}" height="${height}" title="${escapeHtml(title)}"` +
    ` loading="lazy" style="border:0;max-width:100%"></iframe>`;

  return {
    ok: true,
    status: 200,
    body: {
      version: '1.0',
      type: 'rich',
      provider_name: providerName,
      provider_url: page.origin + '/',
      title,
      width,
      height,
      html,
    },
  };
}

/**
 * The discovery link an embed page carries in its <head>, so that CMSs find the endpoint by themselves.
 * @param {string | URL} pageUrl the embed page's address as requested (with its query)
 * @param {string | URL} endpoint the oEmbed endpoint, e.g. https://feed/oembed
 */
export function discoveryLink(pageUrl, endpoint) {
  const href = new URL(endpoint);
  href.searchParams.set('url', String(pageUrl));
  href.searchParams.set('format', 'json');
  return `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(href.href)}" />`;
}
