import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, buildJsonSchema } from '../scripts/json-schema.mjs';
import * as lib from '../src/index.js';
import { INVALID_FIXTURES, VALID_FIXTURES, readFixture } from './load.js';

const committed = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));

/**
 * Invalid fixtures whose rule JSON Schema cannot state: only the library validator refuses them.
 * Everything else an outside validator must refuse too.
 */
const LIBRARY_ONLY: Record<string, string> = {
  'invalid/matrix-unknown-status.json':
    'a cell must name a status listed in the same dataset (a cross reference)',
  'invalid/table-unknown-column.json':
    "cell keys must be ids of the same table's columns (a cross reference)",
};

function outsideValidator() {
  // strictNumbers: JSON.parse reads 1e999 as Infinity, which JSON Schema has no word for.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictNumbers: true });
  addFormats(ajv);
  return ajv.compile(committed);
}

describe('report.schema.json', () => {
  it('is what the valibot schema generates (run pnpm --filter @cst/schema schema:write)', () => {
    expect(committed, 'report.schema.json is stale: run pnpm --filter @cst/schema schema:write').toEqual(
      buildJsonSchema(lib),
    );
  });

  it('is a draft 2020-12 schema with an $id and a title', () => {
    expect(committed).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://unpkg.com/@cst/schema/report.schema.json',
      title: expect.any(String),
    });
  });

  const validate = outsideValidator();

  it.each(VALID_FIXTURES)('lets ajv accept %s', (name) => {
    const ok = validate(readFixture(name));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each(INVALID_FIXTURES.filter((f) => !(f in LIBRARY_ONLY)))('lets ajv refuse %s', (name) => {
    expect(validate(readFixture(name))).toBe(false);
  });

  it.each(Object.entries(LIBRARY_ONLY))('leaves %s to the library (%s)', (name) => {
    expect(INVALID_FIXTURES).toContain(name);
    expect(validate(readFixture(name))).toBe(true);
    expect(lib.validateReport(readFixture(name)).valid).toBe(false);
  });

  it('points ajv at the same place as the library for a wrong type', () => {
    validate(readFixture('invalid/wrong-type.json'));
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    expect(paths).toContain('/datasets/sla/items/2/target/value');
  });
});
