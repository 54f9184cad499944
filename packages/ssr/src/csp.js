import { createHash } from 'node:crypto';
import { parseFragment } from 'parse5';

/**
 * The Content-Security-Policy sources that allow the inline styles of rendered shadow roots: a
 * hash of each `<style>` (the element's styles, the same for every page of a version) and of each
 * `style` attribute (sizes drawn from the data, which need `'unsafe-hashes'`). A page whose
 * `style-src` lacks them shows the shadow roots unstyled until the bundle takes them over (and
 * adopts the same styles as sheets, which any policy allows).
 * @param {string} html rendered shadow roots
 * @returns {Set<string>}
 */
export function inlineStyleHashes(html) {
  const hashes = new Set();
  const hash = (/** @type {string} */ text) =>
    hashes.add(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
  /** @param {any} node */
  const walk = (node) => {
    for (const child of node.childNodes ?? []) {
      if (!child.tagName) continue;
      const style = child.attrs.find((/** @type {{ name: string }} */ a) => a.name === 'style');
      if (style) hash(style.value);
      if (child.tagName === 'style') hash(child.childNodes.map((/** @type {any} */ t) => t.value).join(''));
      walk(child.tagName === 'template' ? child.content : child);
    }
  };
  walk(parseFragment(html));
  return hashes;
}

/** A `style-src` that allows the given hashes besides the page's own stylesheets. @param {Iterable<string>} hashes */
export function styleSrc(hashes) {
  return ["style-src 'self' 'unsafe-hashes'", ...hashes].join(' ');
}
