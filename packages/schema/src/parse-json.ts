/** Where and why a text is not JSON: offset from 0, line and column from 1. */
export interface JsonSyntaxError {
  message: string;
  offset: number;
  line: number;
  column: number;
}

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

class Stop {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/** Walks the JSON grammar only to find the first offending character (V8's messages often omit it). */
function firstError(text: string): Stop | undefined {
  let i = 0;
  const stop = (expected: string): never => {
    throw new Stop(i, expected);
  };
  const space = () => {
    while (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r') i++;
  };
  const string = () => {
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined) stop('a closing double quote');
      if (c === '"') return void i++;
      if (c! < ' ') stop('no line breaks or control characters inside a string (write \\n)');
      if (c === '\\') {
        i++;
        if (text[i] === 'u') {
          HEX4.lastIndex = ++i;
          if (!HEX4.test(text)) stop('four hex digits after \\u');
          i += 4;
          continue;
        }
        if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) stop('an escape such as \\n or \\"');
      }
      i++;
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) return void i++;
      for (;;) {
        if (c === '{') {
          space();
          if (text[i] !== '"') stop('a property name in double quotes');
          string();
          space();
          if (text[i] !== ':') stop('":"');
          i++;
        }
        value();
        space();
        if (text[i] === close) return void i++;
        if (text[i] !== ',') stop(`"," or "${close}"`);
        i++;
      }
    }
    if (c === '"') return string();
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) return void (i = NUMBER.lastIndex);
    for (const word of ['true', 'false', 'null'])
      if (text.startsWith(word, i)) return void (i += word.length);
    stop('a value');
  };
  try {
    value();
    space();
    if (i < text.length) stop('the end of the document');
    return undefined;
  } catch (e) {
    if (e instanceof Stop) return e;
    return undefined; // too deeply nested to walk: fall back to the engine's message
  }
}

function describeAt(text: string, offset: number): string {
  const c = text[offset];
  return c === undefined ? 'end of file' : `character ${JSON.stringify(c)}`;
}

/**
 * JSON.parse that says where it failed: "unexpected character "}" at line 3, column 12 (expected a
 * value)". A leading byte order mark, which Windows editors write, is skipped.
 */
export function parseJson(input: string): JsonParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const found = firstError(text);
    const offset = found?.offset ?? 0;
    const before = text.slice(0, offset).split('\n');
    const line = before.length;
    const column = (before.at(-1)?.length ?? 0) + 1;
    const message = found
      ? `unexpected ${describeAt(text, offset)} at line ${line}, column ${column} (expected ${found.expected})`
      : String((e as Error).message);
    return { ok: false, error: { message, offset, line, column } };
  }
}
