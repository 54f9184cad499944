// Reading rendered HTML as a browser parses it (parse5), shadow roots (template contents) included.
import { type DefaultTreeAdapterMap, parse, parseFragment } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

const isElement = (node: Node): node is Element => 'tagName' in node;
const childrenOf = (node: Node): Node[] =>
  node.nodeName === 'template'
    ? (node as DefaultTreeAdapterMap['template']).content.childNodes
    : 'childNodes' in node
      ? node.childNodes
      : [];

/** Every node under `root`, in document order, into template contents. */
function* walk(root: Node): Generator<Node> {
  for (const child of childrenOf(root)) {
    yield child;
    yield* walk(child);
  }
}

/** Every element of a page, shadow roots included. */
export const elementsOf = (html: string): Element[] => [...walk(parse(html))].filter(isElement);

/** The text a reader sees, shadow roots included, styles and scripts aside, whitespace collapsed. */
export function readText(html: string): string {
  let text = '';
  const read = (node: Node) => {
    for (const child of childrenOf(node)) {
      if (child.nodeName === '#text') text += (child as DefaultTreeAdapterMap['textNode']).value;
      else if (child.nodeName !== 'style' && child.nodeName !== 'script') read(child);
    }
  };
  read(parseFragment(html));
  return text.replace(/\s+/g, ' ').replace(/\u00a0|\u202f/g, ' ');
}

/** An element's first child element, its child elements, and their text. */
export function fragmentHost(html: string): { host: Element; children: Element[] } {
  const host = parseFragment(html).childNodes.find(isElement)!;
  return { host, children: host.childNodes.filter(isElement) };
}

export const textOf = (element: Element | undefined): string =>
  (element?.childNodes ?? []).map((c) => ('value' in c ? c.value : '')).join('');
