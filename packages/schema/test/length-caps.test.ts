import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from '../scripts/json-schema.mjs';
import { LABEL_MAX, TEXT_MAX, validateReport } from '../src/index.js';
import { readFixture } from './load.js';
import { wording } from './wording.js';

// Hostile documents: a 100.000-character label repeated in 224 matrix cells froze the page for
// 20-50 s. Labels (repeated in cells, legends, headers) are capped at 500 characters, longer
// texts (titles, notes, descriptions) at 10.000, with a message that names the field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const long = (n: number) => 'L'.repeat(n);

function errorsOf(change: (doc: Json) => void) {
  const doc: Json = readFixture('minimal.json');
  change(doc);
  return wording(validateReport(doc).errors);
}

const tooLong = (path: string, length: number, max: number) => ({
  path,
  message: `is too long: ${length} characters, at most ${max}`,
});

describe('length caps', () => {
  it('are 500 characters for labels and 10.000 for texts', () => {
    expect(LABEL_MAX).toBe(500);
    expect(TEXT_MAX).toBe(10_000);
  });

  it.each([
    [
      'matrix status label',
      (d: Json) => d.datasets.deployment.statuses[0],
      'label',
      '$.datasets.deployment.statuses[0].label',
    ],
    [
      'matrix row label',
      (d: Json) => d.datasets.deployment.rows[0],
      'label',
      '$.datasets.deployment.rows[0].label',
    ],
    [
      'matrix column label',
      (d: Json) => d.datasets.deployment.columns[0],
      'label',
      '$.datasets.deployment.columns[0].label',
    ],
    [
      'table column label',
      (d: Json) => d.datasets.tickets.columns[0],
      'label',
      '$.datasets.tickets.columns[0].label',
    ],
    ['table total label', (d: Json) => d.datasets.tickets.total, 'label', '$.datasets.tickets.total.label'],
    ['SLA code', (d: Json) => d.datasets.sla.items[0], 'code', '$.datasets.sla.items[0].code'],
    ['SLA label', (d: Json) => d.datasets.sla.items[0], 'label', '$.datasets.sla.items[0].label'],
    [
      'series label',
      (d: Json) => d.datasets.credentials.series[0],
      'label',
      '$.datasets.credentials.series[0].label',
    ],
    [
      'share part label',
      (d: Json) => d.datasets.devices.parts[0],
      'label',
      '$.datasets.devices.parts[0].label',
    ],
    [
      'KPI previous label',
      (d: Json) => d.datasets.services,
      'previousLabel',
      '$.datasets.services.previousLabel',
    ],
  ])('refuse a 100.000-character %s, naming the field and the lengths', (_, at, key, path) => {
    expect(errorsOf((d) => (at(d)[key] = long(100_000)))).toEqual([tooLong(path, 100_000, 500)]);
  });

  it('accept a label of exactly 500 characters and refuse 501', () => {
    expect(errorsOf((d) => (d.datasets.deployment.statuses[0].label = long(500)))).toEqual([]);
    expect(errorsOf((d) => (d.datasets.deployment.statuses[0].label = long(501)))).toEqual([
      tooLong('$.datasets.deployment.statuses[0].label', 501, 500),
    ]);
  });

  it('let titles, notes and descriptions run to 10.000 characters', () => {
    expect(
      errorsOf((d) => {
        d.datasets.sla.title = long(10_000);
        d.datasets.sla.note = long(5_000);
      }),
    ).toEqual([]);
    expect(errorsOf((d) => (d.datasets.sla.title = long(100_000)))).toEqual([
      tooLong('$.datasets.sla.title', 100_000, 10_000),
    ]);
    expect(errorsOf((d) => (d.datasets.deployment.description = long(10_001)))).toEqual([
      tooLong('$.datasets.deployment.description', 10_001, 10_000),
    ]);
  });

  it('cap text cells of a table like labels', () => {
    expect(
      errorsOf((d) => (d.datasets.tickets.rows[0].cells[d.datasets.tickets.columns[0].id] = long(501))),
    ).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^is too long: 501 characters, at most 500/),
      }),
    ]);
  });

  it('are stated in report.schema.json, so outside validators refuse the same documents', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
    const doc: Json = readFixture('minimal.json');
    expect(validate(doc)).toBe(true);
    doc.datasets.deployment.statuses[0].label = long(501);
    expect(validate(doc)).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ keyword: 'maxLength', params: { limit: 500 } }),
    );
  });
});
