import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, SCHEMA_ID, buildJsonSchema } from '../scripts/json-schema.mjs';
import * as docs from '../src/docs/index.js';
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
      buildJsonSchema(lib, docs),
    );
  });

  it('describes every property in Italian and in English, Italian first', () => {
    const properties: [string, { description?: unknown }][] = [];
    const walk = (node: unknown, at: string): void => {
      if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${at}[${i}]`));
      if (typeof node !== 'object' || node === null) return;
      const { properties: own, ...rest } = node as Record<string, unknown>;
      for (const [name, property] of Object.entries((own ?? {}) as Record<string, object>)) {
        properties.push([`${at}.${name}`, property]);
        walk(property, `${at}.${name}`);
      }
      for (const [key, value] of Object.entries(rest)) walk(value, `${at}/${key}`);
    };
    walk(committed, '#');
    expect(properties.length).toBeGreaterThanOrEqual(144);
    const undescribed = properties.filter(([, p]) => {
      const [it, en, ...more] = String(p.description ?? '').split(docs.ENGLISH);
      return !it?.trim() || !en?.trim() || more.length > 0 || it === en;
    });
    expect(undescribed.map(([at]) => at)).toEqual([]);
    // Italian first: the Italian half reads as Italian (its articles and prepositions), the English half as English.
    const italian =
      /\b(il|la|lo|i|le|gli|un|una|di|del|della|delle|dello|dei|degli|nel|nella|nelle|che|per|con|come|è)\b|\b(l|dell|un|all|nell|d)’/i;
    const english = /\b(the|a|an|of|to|is|for|with|and|or)\b/i;
    const misread = properties.filter(([, p]) => {
      const [it = '', en = ''] = String(p.description).split(docs.ENGLISH);
      return !italian.test(it) || !english.test(en);
    });
    expect(misread.map(([at, p]) => `${at}: ${String(p.description)}`)).toEqual([]);
  });

  it('describes every definition, and gives examples that the schema accepts', () => {
    const defs = Object.entries(committed.$defs as Record<string, { description?: string; type?: string }>);
    const objects = defs.filter(([, def]) => def.type === 'object');
    expect(
      objects.filter(([, def]) => !def.description?.includes(docs.ENGLISH)).map(([name]) => name),
    ).toEqual([]);
    const ajv = new Ajv2020({ strict: true, strictTypes: false });
    addFormats(ajv);
    ajv.addSchema(committed);
    const wrong: string[] = [];
    const walk = (node: unknown, pointer: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const record = node as Record<string, unknown>;
      for (const example of (record.examples as unknown[] | undefined) ?? []) {
        if (!ajv.validate({ $ref: `${SCHEMA_ID}#${pointer}` }, example))
          wrong.push(`${pointer}: ${JSON.stringify(example)}`);
      }
      for (const [key, value] of Object.entries(record))
        walk(value, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    };
    walk(committed, '');
    expect(wrong).toEqual([]);
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
