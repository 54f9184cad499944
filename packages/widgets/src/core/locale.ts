/** Walks up from a node, crossing shadow roots, to the nearest element matching a selector. */
export function closestAcrossShadow(node: Node, selector: string): Element | null {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element) {
      const match = current.closest(selector);
      if (match) return match;
    }
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** The locale: nearest `lang` attribute, else the document's `locale`, else it-IT. */
export function resolveLocale(element: Element, documentLocale?: string): string {
  const lang = closestAcrossShadow(element, '[lang]')?.getAttribute('lang')?.trim();
  const candidate = lang || documentLocale || 'it-IT';
  try {
    return Intl.getCanonicalLocales(candidate)[0] ?? 'it-IT';
  } catch {
    return 'it-IT';
  }
}

/** An element that re-renders when the page's language changes. */
interface LangListener extends Element {
  requestUpdate(): void;
}

const listeners = new Set<LangListener>();
let langObserver: MutationObserver | undefined;

/**
 * Re-renders `element` whenever a `lang` attribute changes anywhere in its document (a language
 * switcher on <html>, or a wrapper). One observer is shared by all connected elements: created
 * when the first starts watching, disconnected when the last stops. Returns the stop function.
 */
export function watchLang(element: LangListener): () => void {
  listeners.add(element);
  if (!langObserver) {
    langObserver = new MutationObserver(() => {
      for (const listener of listeners) listener.requestUpdate();
    });
    langObserver.observe(document, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(element);
    if (listeners.size === 0) {
      langObserver?.disconnect();
      langObserver = undefined;
    }
  };
}

/** How many lang observers are live (0 or 1), for tests. */
export function langObserverCount(): number {
  return langObserver ? 1 : 0;
}
