import { isServer } from 'lit';

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

/**
 * The locale: the nearest `lang` attribute, else the document's `locale`, else it-IT. A tag that
 * is not a valid BCP 47 tag (`lang="italiano"`) is skipped: the document's locale, else it-IT, is used.
 * On the server there is no tree to walk: the renderer gives the element the page's nearest `lang`.
 */
export function resolveLocale(element: Element, documentLocale?: string): string {
  const lang = (isServer ? element : closestAcrossShadow(element, '[lang]'))?.getAttribute('lang')?.trim();
  for (const candidate of [lang, documentLocale]) {
    if (!candidate) continue;
    try {
      return Intl.getCanonicalLocales(candidate)[0]!;
    } catch {
      // not a language tag: try the next
    }
  }
  return 'it-IT';
}

/** An element that re-renders when the page's language changes. */
interface LangListener extends Element {
  requestUpdate(): void;
}

const listeners = new Set<LangListener>();
/** One observer per tree (the document, and each shadow root an element sits in), with its users. */
const observers = new Map<Node, { observer: MutationObserver; users: number }>();

/** The trees whose `lang` attributes decide an element's language: its root, its host's, … the document. */
function langTrees(element: Element): Node[] {
  const trees: Node[] = [];
  for (let root = element.getRootNode(); ; root = root.host.getRootNode()) {
    trees.push(root);
    if (!(root instanceof ShadowRoot)) return trees;
  }
}

/**
 * Re-renders `element` whenever a `lang` attribute changes in a tree above it: a language switcher
 * on <html>, a wrapper, or an app's component that holds the element in its shadow root. The
 * observers are shared by all connected elements, one per tree, and each is disconnected when its
 * last element stops watching. Returns the stop function.
 */
export function watchLang(element: LangListener): () => void {
  listeners.add(element);
  const trees = langTrees(element);
  for (const tree of trees) {
    let entry = observers.get(tree);
    if (!entry) {
      const observer = new MutationObserver(() => {
        for (const listener of listeners) listener.requestUpdate();
      });
      observer.observe(tree, { attributes: true, attributeFilter: ['lang'], subtree: true });
      entry = { observer, users: 0 };
      observers.set(tree, entry);
    }
    entry.users++;
  }
  return () => {
    listeners.delete(element);
    for (const tree of trees) {
      const entry = observers.get(tree)!;
      if (--entry.users > 0) continue;
      entry.observer.disconnect();
      observers.delete(tree);
    }
  };
}

/** How many lang observers are live (one per watched tree), for tests. */
export function langObserverCount(): number {
  return observers.size;
}
