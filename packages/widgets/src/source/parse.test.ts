import { seriesKind } from '@cst/schema';
import { describe, expect, it } from 'vitest';
import { isCsv, parseBody, parseCsv } from './parse.js';

describe('CSV', () => {
  it('reads CSV by its media type, or by a .csv or .tsv path unless the server says JSON', () => {
    const url = 'https://example.org/dati/accessi';
    expect(isCsv('text/csv; charset=utf-8', url)).toBe(true);
    expect(isCsv('application/csv', url)).toBe(true);
    expect(isCsv('text/plain', `${url}.CSV?v=2`)).toBe(true);
    expect(isCsv(null, `${url}.tsv`)).toBe(true);
    expect(isCsv('application/json', `${url}.csv`)).toBe(false);
    expect(isCsv('text/plain', `${url}.json`)).toBe(false);
    expect(isCsv(null, 'https://example.org/csv/accessi.json')).toBe(false);
  });

  it('gives a CSV file as cells each element reads by its kind, numbers as the file writes them', async () => {
    const parsed = await parseCsv(
      '\uFEFFAnno;Attive\r\n2015;12.022\r\n',
      'https://example.org/credenziali-attive.csv',
    );
    if (!parsed.ok) throw new Error('not parsed');
    const data = parsed.raw as import('./grid-data.js').GridData;
    expect(data.check([seriesKind], { locale: 'en' })).toEqual({
      ok: true,
      dataset: {
        kind: 'series',
        title: 'credenziali attive',
        x: { type: 'year', label: 'Anno' },
        series: [{ id: 'attive', label: 'Attive', points: [[2015, 12022]] }],
      },
    });
  });
});

describe('parseBody(text, url)', () => {
  it('reads JSON', () => {
    expect(parseBody('{"kind":"kpi"}')).toEqual({ ok: true, raw: { kind: 'kpi' } });
  });

  it('turns a syntax error into invalid-json with the parser’s words and the URL', () => {
    const result = parseBody('{"kind": ', 'https://example.org/dati.json');
    expect(result).toMatchObject({
      ok: false,
      problem: { code: 'invalid-json', url: 'https://example.org/dati.json' },
    });
    expect(!result.ok && String(result.problem.params?.detail)).toMatch(/JSON/);
  });
});
