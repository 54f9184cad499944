import type * as v from 'valibot';

/** Edit distance with transpositions (optimal string alignment): "valeu" is 1 from "value". */
function distance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
    }
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** Case, `-`, `_` and spaces do not count: "Previous_Label" is "previousLabel" mistyped. */
const plain = (word: string) => word.toLowerCase().replace(/[-_\s]/g, '');

/**
 * The one candidate a mistyped word is closest to, when it is close: one edit for words of up to
 * five letters, two for longer ones ("mesured" → "measured"); nothing when two are equally close.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const typed = plain(word);
  // A mistyped name is short; a long text is not one (and would cost length² to measure).
  if (typed.length > 64) return undefined;
  const limit = typed.length < 3 ? 0 : typed.length < 6 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tie = false;
  for (const candidate of candidates) {
    const known = plain(candidate);
    // Words of very different lengths are far apart: skip them unmeasured (a key may be 100.000 letters).
    if (Math.abs(known.length - typed.length) > limit) continue;
    const d = distance(typed, known);
    if (d < bestDistance) [best, bestDistance, tie] = [candidate, d, false];
    else if (d === bestDistance) tie = true;
  }
  return tie ? undefined : best;
}

/** The parts of a valibot schema this walk reads. */
interface Node {
  kind?: string;
  type: string;
  key?: string;
  literal?: unknown;
  entries?: Record<string, Node>;
  wrapped?: Node;
  options?: Node[];
  pipe?: Node[];
  item?: Node;
  items?: Node[];
  value?: Node;
}

/** The schemas a value meets at a node: through wrappers, pipes, unions and the variant it picks. */
function meet(node: Node, value: unknown): Node[] {
  if (node.wrapped) return meet(node.wrapped, value);
  if (node.pipe)
    return node.pipe.filter((step) => step.kind === 'schema' && step !== node).flatMap((s) => meet(s, value));
  if (node.options) {
    const key = node.type === 'variant' ? node.key! : undefined;
    const tag =
      key && typeof value === 'object' && value ? (value as Record<string, unknown>)[key] : undefined;
    const picked = node.options.filter((o) => tag === undefined || o.entries?.[key!]?.literal === tag);
    return (picked.length ? picked : node.options).flatMap((o) => meet(o, value));
  }
  return [node];
}

function child(node: Node, key: unknown): Node | undefined {
  if (node.entries)
    return Object.hasOwn(node.entries, key as string) ? node.entries[key as string] : undefined;
  if (node.items) return node.items[key as number];
  return node.item ?? (node.type === 'record' ? node.value : undefined);
}

/** The field names an object at the end of an issue's path may have, read from the schema. */
export function allowedKeys(root: v.GenericSchema, path: readonly v.IssuePathItem[]): string[] {
  let nodes = meet(root as unknown as Node, path[0]?.input);
  for (const item of path.slice(0, -1)) {
    nodes = nodes.flatMap((node) => {
      const next = child(node, item.key);
      return next ? meet(next, item.value) : [];
    });
  }
  return [...new Set(nodes.flatMap((node) => Object.keys(node.entries ?? {})))];
}
