import { describe, expect, it } from 'vitest';
import { validateReport } from '../src/index.js';
import { readFixture } from './load.js';
import { wording } from './wording.js';

// These tests break documents on purpose, in ways the types forbid.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function errorsOf(change: (doc: Json) => void) {
  const doc: Json = readFixture('minimal.json');
  change(doc);
  return wording(validateReport(doc).errors);
}

describe('error messages', () => {
  it('refuses a list where the document or a map of ids is expected', () => {
    expect(wording(validateReport([]).errors)).toEqual([
      { path: '$', message: 'must be an object, not a list' },
    ]);
    expect(errorsOf((d) => (d.datasets = []))).toEqual([
      { path: '$.datasets', message: 'must be an object keyed by ids, not a list' },
    ]);
    expect(errorsOf((d) => (d.datasets.tickets.rows[0].cells = []))).toEqual([
      { path: '$.datasets.tickets.rows[0].cells', message: 'must be an object keyed by ids, not a list' },
    ]);
  });

  it('names the field inside a measure rather than the measure', () => {
    expect(errorsOf((d) => (d.datasets.sla.items[0].measured = { value: 'x' }))).toEqual([
      { path: '$.datasets.sla.items[0].measured.value', message: 'must be a number, not the text "x"' },
    ]);
    expect(errorsOf((d) => (d.datasets.sla.items[0].measured = {}))).toEqual([
      {
        path: '$.datasets.sla.items[0].measured',
        message: 'must be an object with a number "value", a "text", or both',
      },
    ]);
  });

  it('names the allowed target directions', () => {
    expect(errorsOf((d) => (d.datasets.sla.items[0].target.direction = 'above'))).toEqual([
      {
        path: '$.datasets.sla.items[0].target.direction',
        message: 'must have a "direction" of at-least, at-most or text, not the text "above"',
      },
    ]);
  });

  it('explains bad points', () => {
    expect(
      errorsOf((d) => {
        d.datasets.credentials.series[0].points = [[2015.5, 1], [2016, 2, 3], 'x'];
      }),
    ).toEqual([
      {
        path: '$.datasets.credentials.series[0].points[0][0]',
        message: 'must be a whole number (a year, or milliseconds since 1970), not 2015.5',
      },
      {
        path: '$.datasets.credentials.series[0].points[1]',
        message: 'has too many items (the first extra one is 3)',
      },
      { path: '$.datasets.credentials.series[0].points[2]', message: 'must be a list, not the text "x"' },
    ]);
  });

  it('accepts a $schema for editors and refuses schema versions it cannot read', () => {
    expect(errorsOf((d) => (d.$schema = 'https://unpkg.com/@cst/schema/report.schema.json'))).toEqual([]);
    expect(errorsOf((d) => (d.schemaVersion = '1'))).toEqual([
      { path: '$.schemaVersion', message: 'must be "1.minor", e.g. "1.0", not the text "1"' },
    ]);
  });
});
