import { describe, expect, it } from 'vitest';
import { formatJsonError, parseJson } from '../src/index.js';

function failure(text: string) {
  const result = parseJson(text);
  if (result.ok) throw new Error('expected a syntax error');
  return result.error;
}

describe('parseJson', () => {
  it('parses JSON, skipping a byte order mark', () => {
    expect(parseJson('\uFEFF{"a": [1, 2.5e3, "x", true, null]}')).toEqual({
      ok: true,
      value: { a: [1, 2500, 'x', true, null] },
    });
  });

  it('says where the text stops being JSON and what was expected', () => {
    expect(failure('{\n  "a": 1,\n  "b": }')).toMatchObject({
      message: 'unexpected character "}" at line 3, column 8 (expected a value)',
      offset: 19,
      line: 3,
      column: 8,
    });
    expect(failure('{"a": 1,}').message).toBe(
      'unexpected character "}" at line 1, column 9 (expected a property name in double quotes)',
    );
    expect(failure('[1 2]').message).toBe(
      'unexpected character "2" at line 1, column 4 (expected "," or "]")',
    );
    expect(failure("{'a': 1}").message).toContain('column 2 (expected a property name in double quotes)');
    expect(failure('{"a": "x').message).toBe(
      'unexpected end of file at line 1, column 9 (expected a closing double quote)',
    );
    expect(failure('{"a": 1} x').message).toContain('column 10 (expected the end of the document)');
    expect(failure('{"a": NaN}').message).toContain('"N" at line 1, column 7 (expected a value)');
    expect(failure('"a\\x"').message).toContain('expected an escape such as');
    expect(failure('"\\u12G4"').message).toContain('expected four hex digits');
    expect(failure('"a\nb"').message).toContain('line 1, column 3');
    expect(failure('').message).toBe('unexpected end of file at line 1, column 1 (expected a value)');
  });

  it('counts offsets in the text as given, a byte order mark included, and lines and columns without it', () => {
    expect(failure('\uFEFF{"a" 1}')).toMatchObject({
      offset: 6,
      line: 1,
      column: 6,
      expected: 'colon',
      found: '1',
    });
  });

  it('ends lines at \r\n, \n and a lone \r', () => {
    expect(failure('{\r\n  "a": 1,\r\n  "b": }\r\n')).toMatchObject({ line: 3, column: 8 });
    expect(failure('{\r  "a": 1,\r  "b": }')).toMatchObject({ line: 3, column: 8 });
    expect(failure('{\n\r\n"b": }')).toMatchObject({ line: 3, column: 6 });
  });

  it('counts columns in characters, not UTF-16 units', () => {
    expect(failure('{"😀€": 1,}')).toMatchObject({ line: 1, column: 10, offset: 10, found: '}' });
    expect(failure('["😀" 😀]')).toMatchObject({ column: 6, found: '😀' });
  });

  it('puts a text that ends too soon right after its last character, not after trailing blank lines', () => {
    expect(failure('{\n  "a": 1\n\n\n')).toMatchObject({
      message: 'unexpected end of file at line 2, column 9 (expected "," or "}")',
      offset: 10,
      found: null,
    });
    expect(failure('[1,\r\n')).toMatchObject({ line: 1, column: 4, expected: 'value' });
    expect(failure('   ').message).toBe('unexpected end of file at line 1, column 1 (expected a value)');
  });

  it('finds the place in any depth of nesting', () => {
    const deep = `${'['.repeat(200_000)}x`;
    expect(failure(deep)).toMatchObject({ line: 1, column: 200_001, expected: 'value', found: 'x' });
  });

  it('says it in Italian, with the likely cause', () => {
    const it = (text: string) => formatJsonError(failure(text), 'it-IT');
    expect(it('{\n  "a": 1,\n  "b": }')).toBe(
      'carattere inatteso "}" alla riga 3, colonna 8 (atteso: un valore)',
    );
    expect(it('{"valore": 98,5}')).toBe(
      'carattere inatteso "5" alla riga 1, colonna 15 (atteso: un nome di campo tra virgolette doppie); in JSON i decimali si scrivono con il punto: 98.5, non 98,5',
    );
    expect(it('[1, 2,]')).toBe(
      'carattere inatteso "]" alla riga 1, colonna 7 (atteso: un valore); togli la virgola dopo l\'ultimo elemento',
    );
    expect(it("{'a': 1}")).toContain('JSON vuole le virgolette doppie (")');
    expect(it('{titolo: 1}')).toContain('metti il nome del campo tra virgolette doppie');
    expect(it('{"a": [1}')).toBe('carattere inatteso "}" alla riga 1, colonna 9 (atteso: "," o "]")');
    expect(it('{"a": "x')).toBe(
      'fine del file inattesa alla riga 1, colonna 9 (atteso: le virgolette doppie di chiusura)',
    );
    expect(formatJsonError(failure('{"a": 98,5}'), 'en')).toBe(
      'unexpected character "5" at line 1, column 10 (expected a property name in double quotes); JSON writes decimals with a point: 98.5, not 98,5',
    );
  });
});
