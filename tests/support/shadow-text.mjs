// What a reader sees of a page, shadow roots included, read in the page (also with JavaScript off:
// puppeteer's evaluate runs either way).

/**
 * The text of each element `selector` matches (the page's whole body by default), shadow roots
 * included, scripts and styles aside, whitespace collapsed and narrow spaces made plain.
 * @param {import('puppeteer-core').Page} page
 * @returns {Promise<string[]>}
 */
export function shadowTexts(page, selector = 'body') {
  return page.evaluate((selector) => {
    const read = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent;
      if (node.localName === 'script' || node.localName === 'style') return '';
      let text = node.shadowRoot ? read(node.shadowRoot) : '';
      for (const child of node.childNodes) text += ` ${read(child)}`;
      return text;
    };
    return [...document.querySelectorAll(selector)].map((element) =>
      read(element)
        .replace(/\s+/g, ' ')
        .replace(/\u00a0|\u202f/g, ' '),
    );
  }, selector);
}

/**
 * The text of each shadow root (an element's own rendering, its light DOM aside), keyed by the
 * element's id (its index where it has none): text nodes joined as they are, so that Lit's
 * markers, which differ between a server render and a client one, add nothing. Null without a root.
 * @param {import('puppeteer-core').Page} page
 * @returns {Promise<Record<string, string | null>>}
 */
export function shadowRootTexts(page, selector) {
  return page.evaluate((selector) => {
    const read = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent;
      if (node.localName === 'style' || node.localName === 'script') return '';
      return [...node.childNodes].map(read).join('');
    };
    return Object.fromEntries(
      [...document.querySelectorAll(selector)].map((element, i) => [
        element.id || String(i),
        element.shadowRoot ? read(element.shadowRoot).replace(/\s+/g, ' ').trim() : null,
      ]),
    );
  }, selector);
}

/** Waits until the part `part` of the element `selector`'s shadow root shows `text`. @param {import('puppeteer-core').Page} page */
export function waitForPartText(page, selector, part, text, { timeout = 15_000 } = {}) {
  return page.waitForFunction(
    (selector, part, text) =>
      document
        .querySelector(selector)
        ?.shadowRoot?.querySelector(`[part="${part}"]`)
        ?.textContent.includes(text),
    { timeout },
    selector,
    part,
    text,
  );
}
