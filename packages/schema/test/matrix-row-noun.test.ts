// A matrix says what its rows are (schools, offices, services…) in each language, for the words the
// element writes around them: the heading of the first column, the search, the count.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from '../scripts/json-schema.mjs';
import { formatError, validateDataset } from '../src/index.js';
import { readDocument } from './load.js';

const deployment = () => structuredClone(readDocument('focus-2016.json').datasets.deployment);
const schools = { it: { one: 'scuola', other: 'scuole' }, en: { one: 'school', other: 'schools' } };

describe('a matrix’s rowNoun', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  addFormats(ajv);
  ajv.addSchema(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
  const outside = (dataset: unknown) =>
    ajv.validate({ $ref: 'https://unpkg.com/@cst/schema/report.schema.json#/$defs/MatrixDataset' }, dataset);

  it('is optional, and takes a singular and a plural per language', () => {
    const matrix = { ...deployment(), rowNoun: schools };
    expect(validateDataset(matrix).errors).toEqual([]);
    expect(outside(matrix)).toBe(true);
    expect(outside(deployment())).toBe(true);
  });

  it('refuses a list, a key that is not a language, a missing plural: in the library and in the JSON Schema', () => {
    const cases: [unknown, string, string][] = [
      [
        [schools.it],
        '$.rowNoun',
        'deve essere un oggetto con i codici di lingua come chiavi, per esempio "it" e "en", non una lista',
      ],
      [
        { italiano: schools.it },
        '$.rowNoun.italiano',
        'deve essere un codice di lingua come "it-IT", non il testo "italiano"',
      ],
      [{ it: { one: 'scuola' } }, '$.rowNoun.it.other', 'manca il campo obbligatorio "other"'],
    ];
    for (const [rowNoun, path, italian] of cases) {
      const matrix = { ...deployment(), rowNoun };
      const [error, ...more] = validateDataset(matrix).errors;
      expect(more).toEqual([]);
      expect(error?.path).toBe(path);
      expect(formatError(error!, 'it')).toBe(italian);
      expect(outside(matrix), JSON.stringify(rowNoun)).toBe(false);
    }
  });
});
