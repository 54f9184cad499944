import { defaultTreeAdapter, html, serializeOuter } from 'parse5';
import { isRenderable, renderShadowRoot } from './render-element.js';
import { inlineScript, seedScript } from './scripts.js';

/**
 * @typedef {object} RenderElementOptions
 * @property {unknown} data a report document (with `dataset`) or one bare dataset, as parsed JSON
 * @property {string} [dataset] the id of the dataset to show, within a document
 * @property {string} [src] the URL the browser keeps the data fresh from: the element gets it, with
 *   the data as its seed; without it, the data goes in as an inline JSON child
 * @property {string} [lang] the page's language at the element (its nearest `lang`): it must be
 *   the one the browser finds, for the first render there to be the same
 * @property {Record<string, string>} [attributes] other attributes (`refresh`, `stream`, `theme`, `height`, …)
 * @property {string} [etag] validators of `src`, for the browser's first request (a 304 when unchanged)
 * @property {string} [lastModified]
 * @property {number} [now] when the data was read (ms since the epoch; default now)
 */

/**
 * One element, rendered for a CMS or a static-site generator that writes it into its page: its
 * tag with its attributes, its shadow root (declarative shadow DOM) and its data for the browser.
 * @param {string} tag a cst-* element with a shadow root (`cst-kpi-tile`, …)
 * @param {RenderElementOptions} options
 * @returns {Promise<{ html: string, state: string, problems: import('./render-element.js').RenderProblem[] }>}
 */
export async function renderElement(tag, options) {
  if (!isRenderable(tag)) throw new TypeError(`${tag} is not a cst-* element with a shadow root`);
  const { dataset, src, lang, attributes = {}, etag, lastModified, now = Date.now() } = options;
  // What the browser will read back from the page: plain JSON.
  const data = JSON.parse(JSON.stringify(options.data ?? null));
  const attrs = Object.entries({ ...attributes, ...(dataset && { dataset }), ...(src && { src }) }).map(
    ([name, value]) => ({ name, value: String(value) }),
  );
  const seed = { data, receivedAt: now, etag, lastModified };
  const shadow = await renderShadowRoot(tag, {
    attributes: attrs,
    lang,
    seed,
    route: src ? 'src' : 'inline',
  });
  const host = serializeOuter(defaultTreeAdapter.createElement(tag, html.NS.HTML, attrs));
  const close = `</${tag}>`;
  const inner = shadow.html + (src ? seedScript(src, seed) : inlineScript(data));
  return {
    html: host.slice(0, -close.length) + inner + close,
    state: shadow.state,
    problems: shadow.problems,
  };
}
