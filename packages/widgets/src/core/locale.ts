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
