// What cst-render reads of a page's tree (parse5 nodes, with their places in the source): the cst-*
// elements in document order, their attributes, children and context, as an element reads its own.

/** @typedef {import('parse5').DefaultTreeAdapterMap['element']} Element */
/** @typedef {import('parse5').DefaultTreeAdapterMap['node']} Node */

/** @param {Element} element @param {string} name */
export function attr(element, name) {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** @param {Node} node @returns {node is Element} */
export function isElement(node) {
  return 'tagName' in node;
}

/**
 * Every element of the page in document order, but not those inside a `<template>` (inert until
 * a script clones them) nor inside another element's rendered shadow root.
 * @param {Node} node
 * @returns {Generator<Element>}
 */
export function* elements(node) {
  for (const child of /** @type {{ childNodes?: Node[] }} */ (node).childNodes ?? []) {
    if (!isElement(child)) continue;
    yield child;
    yield* elements(child);
  }
}

/**
 * The nearest ancestor with this tag name.
 * @param {Element} element @param {string} tag
 * @returns {Element | undefined}
 */
export function closest(element, tag) {
  for (let node = element.parentNode; node && isElement(node); node = node.parentNode)
    if (node.tagName === tag) return node;
  return undefined;
}

/** The element's language as the browser finds it: the nearest `lang` attribute, its own first. @param {Element} element */
export function nearestLang(element) {
  for (let node = element; node && isElement(node); node = /** @type {Element} */ (node.parentNode)) {
    const lang = attr(node, 'lang');
    if (lang !== undefined) return lang;
  }
  return undefined;
}

/**
 * Its first child `<script>` of this type (type values compare without case in HTML, as the
 * browser's selector does), or undefined.
 * @param {Element} element @param {string} type
 * @returns {Element | undefined}
 */
export function childScript(element, type) {
  return /** @type {Element | undefined} */ (
    element.childNodes.find(
      (child) =>
        isElement(child) && child.tagName === 'script' && attr(child, 'type')?.toLowerCase() === type,
    )
  );
}

/** The element's `<table>` child, if any (the table route). @param {Element} element */
export function childTable(element) {
  return /** @type {Element | undefined} */ (
    element.childNodes.find((child) => isElement(child) && child.tagName === 'table')
  );
}

/** The text of an element (a script's source). @param {Element | undefined} element */
export function textOf(element) {
  return element?.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
}

/** The page's base URL: its first `<base href>`, resolved against its own URL, as a browser does. @param {Node} document @param {string} pageUrl */
export function baseUrl(document, pageUrl) {
  for (const element of elements(document)) {
    const href = element.tagName === 'base' ? attr(element, 'href') : undefined;
    if (href !== undefined && URL.canParse(href, pageUrl)) return new URL(href, pageUrl).href;
  }
  return pageUrl;
}
