import { describe, expect, it } from 'vitest';
import { parseBody } from './parse.js';

describe('parseBody(text, contentType)', () => {
  it('reads JSON, whatever the server calls it (application/json with parameters, text/plain, none)', () => {
    for (const type of ['application/json; charset=utf-8', 'text/plain', null, undefined]) {
      expect(parseBody('{"kind":"kpi"}', type)).toEqual({ ok: true, raw: { kind: 'kpi' } });
    }
  });

  it('turns a syntax error into invalid-json with the parser’s words and the URL', () => {
    const result = parseBody('{"kind": ', 'application/json', 'https://example.org/dati.json');
    expect(result).toMatchObject({
      ok: false,
      problem: { code: 'invalid-json', url: 'https://example.org/dati.json' },
    });
    expect(!result.ok && String(result.problem.params?.detail)).toMatch(/JSON/);
  });
});
