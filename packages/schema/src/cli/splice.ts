// Puts one dataset into a report document's JSON text, leaving every other byte as it was: the
// editor's indentation, key order, line ends and the other datasets stay untouched.

/**
 * JSON indented by `step`, with lists of plain values on one line ("[2016, 13584]", a row of cells)
 * when they fit: a series of a thousand points reads as a thousand lines, not four thousand.
 */
export function toJson(value: unknown, step: string, indent = ''): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const inner = indent + step;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const flat = value.every(
      (item) =>
        typeof item !== 'object' ||
        item === null ||
        (Array.isArray(item) && item.every((x) => typeof x !== 'object' || x === null)),
    );
    const items = value.map((item) => toJson(item, step, inner));
    const line = `[${items.join(', ')}]`;
    if (flat && line.length + inner.length <= 100 && !line.includes('\n')) return line;
    return `[\n${items.map((item) => inner + item).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${toJson(v, step, inner)}`).join(',\n')}\n${indent}}`;
}

/** Where a value ends, from where it starts (the text is JSON: parseJson has read it). */
function valueEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
      if (depth === 0) return i + 1;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (--depth === 0) return i + 1;
    } else if (depth === 0 && /[\s,}\]]/.test(text[i + 1] ?? ' ')) return i + 1;
  }
  return text.length;
}

const skipSpace = (text: string, i: number) => {
  while (/\s/.test(text[i] ?? '')) i++;
  return i;
};

interface Member {
  key: string;
  keyStart: number;
  valueStart: number;
  valueEnd: number;
}

/** The members of the object whose `{` is at `open`, and where its `}` is. */
function members(text: string, open: number): { list: Member[]; close: number } {
  const list: Member[] = [];
  let i = skipSpace(text, open + 1);
  while (text[i] === '"') {
    const keyStart = i;
    const keyEnd = valueEnd(text, i);
    const valueStart = skipSpace(text, skipSpace(text, keyEnd) + 1);
    const end = valueEnd(text, valueStart);
    list.push({
      key: JSON.parse(text.slice(keyStart, keyEnd)) as string,
      keyStart,
      valueStart,
      valueEnd: end,
    });
    i = skipSpace(text, end);
    if (text[i] === ',') i = skipSpace(text, i + 1);
  }
  return { list, close: i };
}

/** The whitespace that starts the line `offset` is on. */
function indentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/**
 * The document's text with `datasets[id]` set to `dataset`: replaced where it is, else added last.
 * The new JSON is indented like the file (its step and its line ends). Returns whether it replaced.
 */
export function spliceDataset(
  text: string,
  id: string,
  dataset: unknown,
): { text: string; replaced: boolean } {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const root = members(text, text.indexOf('{'));
  const datasets = root.list.find((m) => m.key === 'datasets');
  if (!datasets || text[datasets.valueStart] !== '{')
    throw new Error('the document has no "datasets" object');
  const inside = members(text, datasets.valueStart);
  const outer = indentAt(text, datasets.keyStart);
  const step = outer.length > 0 ? outer : (/\n([ \t]+)\S/.exec(text)?.[1] ?? '  ');
  const member = inside.list[0] ? indentAt(text, inside.list[0].keyStart) : outer + step;
  const json = JSON.stringify(dataset, null, step)
    .split('\n')
    .join(newline + member);
  const existing = inside.list.find((m) => m.key === id);
  if (existing) {
    return {
      text: text.slice(0, existing.valueStart) + json + text.slice(existing.valueEnd),
      replaced: true,
    };
  }
  const entry = `${JSON.stringify(id)}: ${json}`;
  const last = inside.list.at(-1);
  if (last) {
    return {
      text: `${text.slice(0, last.valueEnd)},${newline}${member}${entry}${text.slice(last.valueEnd)}`,
      replaced: false,
    };
  }
  const body = `{${newline}${member}${entry}${newline}${outer}}`;
  return { text: text.slice(0, datasets.valueStart) + body + text.slice(inside.close + 1), replaced: false };
}
