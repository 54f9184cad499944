/** What the text should have had where it stops being JSON. */
export type JsonExpectation =
  | 'value'
  | 'closing-quote'
  | 'no-control-character'
  | 'escape'
  | 'hex-digits'
  | 'property-name'
  | 'colon'
  | 'comma-or-close'
  | 'end';

/** A likely cause, worded by {@link formatJsonError}. */
export interface JsonHint {
  /** decimal-comma: `"value": 98,5`; trailing-comma: `[1, 2,]`; single-quotes; unquoted-name: `{title: …}`. */
  code: 'decimal-comma' | 'trailing-comma' | 'single-quotes' | 'unquoted-name';
  /** For decimal-comma: the number as written ("98,5") and as JSON wants it ("98.5"). */
  written?: string;
  number?: string;
}

/** Where and why a text is not JSON: offset from 0 (in the text as given), line and column from 1. */
export interface JsonSyntaxError {
  /** In English; {@link formatJsonError} words it in another language, with its hint. */
  message: string;
  offset: number;
  line: number;
  /** Counted in characters (code points), as editors count them. */
  column: number;
  expected?: JsonExpectation;
  /** The character found there; null at the end of the text. */
  found?: string | null;
  /** `"` or `]` or `}`, for comma-or-close. */
  close?: string;
  hint?: JsonHint;
}

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

const EXPECTED: Record<JsonExpectation, string> = {
  value: 'a value',
  'closing-quote': 'a closing double quote',
  'no-control-character': 'no line breaks or control characters inside a string (write \\n)',
  escape: 'an escape such as \\n or \\"',
  'hex-digits': 'four hex digits after \\u',
  'property-name': 'a property name in double quotes',
  colon: '":"',
  'comma-or-close': '"," or "}"',
  end: 'the end of the document',
};

class Stop {
  constructor(
    readonly offset: number,
    readonly expected: JsonExpectation,
    readonly close?: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/**
 * Walks the JSON grammar only to find the first offending character (V8's messages often omit it).
 * A loop with a stack of open brackets, not recursion, so that no nesting is too deep to walk.
 */
function firstError(text: string): Stop | undefined {
  let i = 0;
  const closers: string[] = [];
  const stop = (expected: JsonExpectation, close?: string): never => {
    throw new Stop(i, expected, close);
  };
  const space = () => {
    while (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r') i++;
  };
  const string = () => {
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined) stop('closing-quote');
      if (c === '"') return void i++;
      if (c! < ' ') stop('no-control-character');
      if (c === '\\') {
        i++;
        if (text[i] === 'u') {
          HEX4.lastIndex = ++i;
          if (!HEX4.test(text)) stop('hex-digits');
          i += 4;
          continue;
        }
        if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) stop('escape');
      }
      i++;
    }
  };
  const name = () => {
    space();
    if (text[i] !== '"') stop('property-name');
    string();
    space();
    if (text[i] !== ':') stop('colon');
    i++;
  };
  const scalar = () => {
    if (text[i] === '"') return string();
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) return void (i = NUMBER.lastIndex);
    for (const word of ['true', 'false', 'null'])
      if (text.startsWith(word, i)) return void (i += word.length);
    stop('value');
  };
  try {
    let wantValue = true;
    for (;;) {
      space();
      if (wantValue) {
        const c = text[i];
        if (c !== '{' && c !== '[') {
          scalar();
          wantValue = false;
          continue;
        }
        const close = c === '{' ? '}' : ']';
        i++;
        space();
        if (text[i] === close) {
          i++;
          wantValue = false;
        } else {
          closers.push(close);
          if (close === '}') name();
        }
        continue;
      }
      const close = closers.at(-1);
      if (close === undefined) return i < text.length ? stop('end') : undefined;
      if (text[i] === close) {
        i++;
        closers.pop();
        continue;
      }
      if (text[i] !== ',') stop('comma-or-close', close);
      i++;
      if (close === '}') name();
      wantValue = true;
    }
  } catch (e) {
    if (e instanceof Stop) return e;
    throw e;
  }
}

const JSON_SPACE_AT_END = /[ \t\n\r]*$/;

/** Line and column (from 1, in characters) of an offset; \r\n, \n and a lone \r each end a line. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let k = 0; k < offset; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) {
      line++;
      start = k + 1;
    }
  }
  let column = 1;
  for (const _ of text.slice(start, offset)) column++;
  return { line, column };
}

/** What likely went wrong, from the characters around the place where the text stops being JSON. */
function hintAt(text: string, stop: Stop): JsonHint | undefined {
  const { offset, expected } = stop;
  if (expected !== 'value' && expected !== 'property-name') return undefined;
  const found = text[offset] ?? '';
  const before = text.slice(Math.max(0, offset - 40), offset);
  const comma = /(-?\d+),[ \t]*$/.exec(before);
  const digits = /^\d+/.exec(text.slice(offset, offset + 40));
  if (comma && digits && expected === 'property-name') {
    return { code: 'decimal-comma', written: `${comma[1]},${digits[0]}`, number: `${comma[1]}.${digits[0]}` };
  }
  if ((found === '}' || found === ']') && /,[ \t\n\r]*$/.test(before)) return { code: 'trailing-comma' };
  if (found === "'") return { code: 'single-quotes' };
  if (expected === 'property-name' && /[A-Za-z_$]/.test(found)) return { code: 'unquoted-name' };
  return undefined;
}

/**
 * JSON.parse that says where it failed: "unexpected character "}" at line 3, column 12 (expected a
 * value)". A leading byte order mark, which Windows editors write, is skipped. When the text ends
 * too soon, the place given is just after its last character, where the missing part belongs.
 */
export function parseJson(input: string): JsonParseResult {
  const bom = input.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = bom ? input.slice(1) : input;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const stop = firstError(text);
    if (!stop) return { ok: false, error: { message: String(e), offset: 0, line: 1, column: 1 } };
    const atEnd = stop.offset >= text.length;
    const offset = atEnd ? text.length - JSON_SPACE_AT_END.exec(text)![0].length : stop.offset;
    const { line, column } = position(text, offset);
    const code = atEnd ? undefined : text.codePointAt(offset)!;
    const found = code === undefined ? null : String.fromCodePoint(code);
    const what = found === null ? 'end of file' : `character ${JSON.stringify(found)}`;
    const expectation =
      stop.expected === 'comma-or-close' ? `"," or "${stop.close}"` : EXPECTED[stop.expected];
    const error: JsonSyntaxError = {
      message: `unexpected ${what} at line ${line}, column ${column} (expected ${expectation})`,
      offset: offset + bom,
      line,
      column,
      expected: stop.expected,
      found,
    };
    if (stop.close) error.close = stop.close;
    const hint = hintAt(text, stop);
    if (hint) error.hint = hint;
    return { ok: false, error };
  }
}
