// publiccode.yml, which the Italian catalogue of public software reads, against a JSON Schema of
// the publiccode.yml 0.4 standard written down from its text (publiccode.schema.json: no parser of
// the standard is on npm), and against the repository's own facts (licence, address, languages).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import parseSpdx from 'spdx-expression-parse';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url);
const text = (path) => readFileSync(new URL(path, root), 'utf8');
const publiccode = parse(text('publiccode.yml'), { version: '1.2', uniqueKeys: true, strict: true });
const schema = JSON.parse(text('tests/package/publiccode.schema.json'));
const pkg = JSON.parse(text('package.json'));

// strictRequired off: the if/then rules require keys that the outer schema defines.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
ajv.addFormat('spdx', (value) => {
  try {
    parseSpdx(value);
    return true;
  } catch {
    return false;
  }
});
// BCP 47 as Intl reads it: a tag it cannot canonicalise is not one.
ajv.addFormat('bcp47', (value) => {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
});
const validate = ajv.compile(schema);
const problems = (doc) => (validate(doc) ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message}`));

describe('publiccode.yml', () => {
  it('is valid against the standard (0.4, with the it section)', () => {
    assert.deepEqual(problems(publiccode), []);
  });

  it('describes the software in Italian and English, each with a long description and features', () => {
    assert.deepEqual(Object.keys(publiccode.description).sort(), ['en', 'it']);
    for (const lang of ['it', 'en']) {
      const { shortDescription, longDescription, features } = publiccode.description[lang];
      assert.ok(shortDescription.length <= 150, `${lang} shortDescription: ${shortDescription.length} chars`);
      assert.ok(longDescription.length >= 150 && features.length >= 5, lang);
    }
    assert.deepEqual(publiccode.localisation.availableLanguages, ['it', 'en']);
  });

  it("agrees with the repository: licence, address, the LICENSE file's licence", () => {
    assert.equal(publiccode.legal.license, pkg.license);
    assert.equal(publiccode.url, pkg.repository.url.replace(/^git\+/, ''));
    assert.match(text('LICENSE'), /EUROPEAN UNION PUBLIC LICENCE v\. 1\.2/);
    assert.match(text('LICENSE'), /SPDX-License-Identifier: EUPL-1\.2/);
    for (const name of ['schema', 'widgets', 'feed', 'ssr']) {
      const own = JSON.parse(text(`packages/${name}/package.json`));
      assert.equal(own.license, pkg.license, name);
      assert.equal(own.repository.url, pkg.repository.url, name);
    }
  });

  it('the schema refuses what the standard refuses (so a pass above means something)', () => {
    const broken = (change) => {
      const copy = structuredClone(publiccode);
      change(copy);
      return problems(copy);
    };
    assert.notDeepEqual(
      broken((d) => delete d.maintenance),
      [],
    );
    assert.notDeepEqual(
      broken((d) => (d.maintenance.contacts = [])),
      [],
    );
    assert.notDeepEqual(
      broken((d) => (d.description.it.shortDescription = 'x'.repeat(151))),
      [],
    );
    assert.notDeepEqual(
      broken((d) => (d.description.en.longDescription = 'too short')),
      [],
    );
    assert.notDeepEqual(
      broken((d) => (d.legal.license = 'EUPL 1.2')),
      [],
    );
    assert.notDeepEqual(
      broken((d) => (d.categories = ['widgets'])),
      [],
    );
    assert.notDeepEqual(
      broken((d) => (d.developmentStatus = 'alpha')),
      [],
    );
    assert.notDeepEqual(
      broken((d) => (d.it.countryExtensionVersion = '2.0')),
      [],
    );
    assert.notDeepEqual(
      broken((d) => (d.localisation.availableLanguages = ['it_IT'])),
      [],
    );
    assert.notDeepEqual(
      broken((d) => (d.releaseDate = '07/12/2026')),
      [],
    );
  });
});
