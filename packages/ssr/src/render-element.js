import { LitElementRenderer } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
// Registers every element. Lit's Node build supplies the minimal DOM that Lit SSR renders with.
import { CstElement } from '@cst/widgets/cst-widgets.js';
import { loadWording, seedSnapshot } from '@cst/widgets/server.js';

/**
 * @typedef {import('@cst/widgets/server.js').Seed} Seed
 * @typedef {import('@cst/widgets/server.js').DataRoute} DataRoute
 * @typedef {{ code: string, message: string }} RenderProblem
 */

/** True when `tag` is a cst-* element with a shadow root to render (every one but cst-report). @param {string} tag */
export function isRenderable(tag) {
  const constructor = customElements.get(tag);
  return !!constructor && constructor.prototype instanceof CstElement;
}

/**
 * An element's shadow root as declarative shadow DOM, rendered by Lit SSR. The element is made as
 * the browser makes it, from the page's attributes; it is given the page's nearest `lang` (it cannot
 * walk a tree here) and what its route brings, the seed, taken as the browser takes it.
 * @param {string} tag
 * @param {{ attributes: Array<{ name: string, value: string }>, lang?: string, seed: Seed, route: DataRoute }} options
 * @returns {Promise<{ html: string, state: string, problems: RenderProblem[] }>}
 */
export async function renderShadowRoot(tag, { attributes, lang, seed, route }) {
  // The browser loads the words for problems on demand; a server render must have them at once.
  await loadWording();
  const renderer = new LitElementRenderer(tag);
  for (const { name, value } of attributes) renderer.setAttribute(name, value);
  if (lang !== undefined) renderer.setAttribute('lang', lang);
  const element = /** @type {CstElement & { serverTake(snapshot: unknown, route: DataRoute): void }} */ (
    renderer.element
  );
  /** @type {RenderProblem[]} */
  const problems = [];
  element.addEventListener('cst-error', (event) => {
    const { code, message } = /** @type {CustomEvent} */ (event).detail;
    problems.push({ code, message });
  });
  element.serverTake(seedSnapshot(seed), route);
  renderer.connectedCallback();
  // What Lit SSR's render() keeps while it renders a custom element: the element is the host.
  const renderInfo = {
    elementRenderers: [LitElementRenderer],
    customElementInstanceStack: [renderer],
    customElementHostStack: [renderer],
    eventTargetStack: [],
    slotStack: [],
    deferHydration: false,
  };
  const { mode = 'open', delegatesFocus } = renderer.shadowRootOptions;
  const open = `<template shadowroot="${mode}" shadowrootmode="${mode}"${delegatesFocus ? ' shadowrootdelegatesfocus' : ''}>`;
  const shadow = await collectResult(renderer.renderShadow(/** @type {any} */ (renderInfo)) ?? []);
  return { html: `${open}${shadow}</template>`, state: element.status, problems };
}
