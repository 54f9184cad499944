import { SEED_TYPE, chooseRoute, isCsv, seedFromBody } from '@cst/widgets/server.js';
import { parse } from 'parse5';
import { inlineStyleHashes } from './csp.js';
import { DataMap, LOCAL_ORIGIN } from './data.js';
import {
  attr,
  baseUrl,
  childScript,
  closest,
  elements,
  isElement,
  childTable,
  nearestLang,
  textOf,
} from './page-tree.js';
import { isRenderable, renderShadowRoot } from './render-element.js';
import { seedScript } from './scripts.js';

/**
 * @typedef {import('./page-tree.js').Element} Element
 * @typedef {import('@cst/widgets/server.js').Seed} Seed
 * @typedef {import('./render-element.js').RenderProblem} RenderProblem
 *
 * @typedef {object} RenderPageOptions
 * @property {DataMap | Record<string, string> | Iterable<[string, string]>} data URL prefixes and
 *   the folders their documents are read from: `{ '/data': 'public/data' }`
 * @property {string} [url] where the page is served (`/focus-2016/` or a whole URL): relative
 *   addresses resolve against it and its `<base>`, as in a browser (default `/`)
 * @property {number} [now] the time the data is read at (ms since the epoch; default now)
 *
 * @typedef {{ tag: string, dataset?: string, route: string, state: string, problems: RenderProblem[] }} RenderedElement
 * @typedef {{ tag: string, dataset?: string, reason: string }} SkippedElement
 * @typedef {object} RenderPageResult
 * @property {string} html the page, rendered
 * @property {RenderedElement[]} rendered the elements drawn on the server, in document order, with their state
 * @property {SkippedElement[]} skipped the elements left to the browser, and why
 * @property {string[]} styleHashes CSP sources for the inline styles written (see csp.js)
 */

/**
 * Renders every cst-* element of a page whose data the server can reach into declarative shadow
 * DOM, with Lit SSR, and writes the data each source gave into the page (a seed the browser starts
 * from, so the elements take over what the server drew). The rest of the page is left byte for
 * byte: the rendered parts are inserted at the places parse5 found, never by rebuilding the page.
 * Rendering it again gives the same page (earlier shadow roots and seeds are replaced).
 * @param {string} page the page's HTML
 * @param {RenderPageOptions} options
 * @returns {Promise<RenderPageResult>}
 */
export async function renderPage(page, { data, url = '/', now = Date.now() }) {
  const map = data instanceof DataMap ? data : new DataMap(data);
  const document = parse(page, { sourceCodeLocationInfo: true });
  const base = baseUrl(document, new URL(url, `${LOCAL_ORIGIN}/`).href);
  /** @type {Array<{ start: number, end: number, text: string }>} */
  const edits = [];
  /** @type {Map<Element, string[]>} what to insert after each start tag */
  const inserts = new Map();
  const insert = (/** @type {Element} */ element, /** @type {string} */ text) =>
    inserts.set(element, [...(inserts.get(element) ?? []), text]);

  /** @type {Map<string, Seed>} one read, and one seed in the page, per URL */
  const sources = new Map();
  /**
   * A source's seed: read once per URL, written into the first element that names it; or why not
   * (a CSV file is read by the browser, for an element or a cst-report alike).
   * @returns {Seed | string | undefined}
   */
  const source = (/** @type {string} */ src, /** @type {Element} */ owner) => {
    if (!URL.canParse(src, base)) return undefined;
    const href = new URL(src, base).href;
    if (isCsv(null, href)) return `${src} is a CSV file, which the browser reads`;
    let seed = sources.get(href);
    if (seed) return seed;
    const read = map.read(new URL(href));
    if (!read) return undefined;
    seed =
      'missing' in read
        ? { receivedAt: now, problem: { code: 'http', status: 404, params: { status: 404 } } }
        : seedFromBody(read.text, {
            receivedAt: now,
            lastModified: read.lastModified,
          });
    sources.set(href, seed);
    insert(owner, seedScript(src, seed));
    return seed;
  };

  /**
   * How the server reaches each route's data (see chooseRoute in @cst/widgets): a seed, or why
   * not. A route missing here is not rendered on the server; a new route is one entry.
   * @type {Record<string, (element: Element, inputs: import('@cst/widgets/server.js').RouteInputs) => Seed | string>}
   */
  const routes = {
    inline: (_element, { inline }) => seedFromBody(/** @type {string} */ (inline), { receivedAt: now }),
    src: (element, { src }) =>
      source(/** @type {string} */ (src), element) ?? `${src} is not under a mapped prefix`,
    // The table is the page's own HTML: readers without JavaScript already read its figures.
    table: () => 'its <table> child is already in the page, as readers without JavaScript see it',
    stream: (_element, { stream }) => `its data comes only from a stream (${stream})`,
    report: (_element, { report }) => {
      if (!report) return 'it has no data: no src, no inline JSON, no cst-report around it';
      const reportElement = /** @type {Element} */ (/** @type {unknown} */ (report));
      const [name] = chooseRoute({ ...routeAttributes(reportElement), data: undefined, report: null });
      const src = attr(reportElement, 'src');
      if (name !== 'src' || !src) return `its cst-report's data comes only from a stream`;
      return source(src, reportElement) ?? `its cst-report's ${src} is not under a mapped prefix`;
    },
  };

  /** @type {RenderedElement[]} */
  const rendered = [];
  /** @type {SkippedElement[]} */
  const skipped = [];
  const styleHashes = new Set();
  for (const element of elements(document)) {
    if (!element.tagName.startsWith('cst-')) continue;
    removeEarlierOutput(element, edits);
    if (!isRenderable(element.tagName)) continue;
    const inputs = {
      ...routeAttributes(element),
      data: undefined,
      datasetId: attr(element, 'dataset'),
      inline: textOf(childScript(element, 'application/json')),
      table: childTable(element),
      report: /** @type {Element | null} */ (closest(element, 'cst-report') ?? null),
    };
    const [route] = chooseRoute(/** @type {any} */ (inputs));
    const seed =
      routes[route]?.(element, /** @type {any} */ (inputs)) ??
      `the ${route} route is not rendered on the server`;
    const described = { tag: element.tagName, dataset: inputs.datasetId };
    if (typeof seed === 'string') {
      skipped.push({ ...described, reason: seed });
      continue;
    }
    const shadow = await renderShadowRoot(element.tagName, {
      attributes: element.attrs,
      lang: nearestLang(element),
      seed,
      route,
    });
    inserts.set(element, [shadow.html, ...(inserts.get(element) ?? [])]);
    for (const hash of inlineStyleHashes(shadow.html)) styleHashes.add(hash);
    rendered.push({ ...described, route, state: shadow.state, problems: shadow.problems });
  }
  for (const [element, texts] of inserts) {
    const at = /** @type {number} */ (element.sourceCodeLocation?.startTag?.endOffset);
    edits.push({ start: at, end: at, text: texts.join('') });
  }
  return { html: applyEdits(page, edits), rendered, skipped, styleHashes: [...styleHashes] };
}

/** The attributes that choose a route besides the data, as the element reads them. @param {Element} element */
function routeAttributes(element) {
  const refresh = attr(element, 'refresh');
  return {
    src: attr(element, 'src'),
    stream: attr(element, 'stream'),
    refresh: refresh === undefined ? undefined : Number(refresh),
  };
}

/**
 * A page rendered before holds shadow roots and seeds of ours: they go, and the new ones come
 * in their place. @param {Element} element @param {Array<{ start: number, end: number, text: string }>} edits
 */
function removeEarlierOutput(element, edits) {
  for (const child of element.childNodes) {
    if (!isElement(child) || !child.sourceCodeLocation) continue;
    const ours =
      (child.tagName === 'template' && attr(child, 'shadowrootmode') !== undefined) ||
      (child.tagName === 'script' && attr(child, 'type') === SEED_TYPE);
    const { startOffset, endOffset } = child.sourceCodeLocation;
    if (ours) edits.push({ start: startOffset, end: endOffset, text: '' });
  }
}

/**
 * The page with each range replaced (ranges never overlap). At one offset, what is inserted there
 * comes after what is removed from there.
 * @param {string} page @param {Array<{ start: number, end: number, text: string }>} edits
 */
function applyEdits(page, edits) {
  const parts = [];
  let at = 0;
  for (const { start, end, text } of [...edits].sort((a, b) => a.start - b.start || b.end - a.end)) {
    parts.push(page.slice(at, start), text);
    at = Math.max(at, end);
  }
  parts.push(page.slice(at));
  return parts.join('');
}
