// The two all-in-one entries of @cst/widgets (after `pnpm build`): the bundler entry
// (@cst/widgets/cst-widgets.js -> dist/all.js) registers every element from the per-element
// modules and imports in plain Node; the CDN file (dist/cst-widgets.js) is one self-contained
// module with its banner, its notices beside it and the integrity hash it documents.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const widgets = new URL('../../packages/widgets/', import.meta.url);
const read = (path) => readFileSync(new URL(path, widgets), 'utf8');
const pkg = JSON.parse(read('package.json'));

describe('the bundler entry', () => {
  const entry = pkg.exports['./cst-widgets.js'].default;

  it('imports in plain Node without throwing, and defines all eight elements', () => {
    const script = `await import(${JSON.stringify(new URL(entry, widgets).href)});
      console.log(['cst-report','cst-kpi-tile','cst-sla-table','cst-trend-line','cst-deployment-matrix',
        'cst-data-table','cst-bar-chart','cst-share'].filter((t) => customElements.get(t)).length);`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.equal(out.trim(), '8');
  });

  it('registers the elements from their own modules, leaving Lit to the app (nothing bundled in)', () => {
    const code = read(entry);
    for (const tag of ['cst-report', 'cst-sla-table', 'cst-share'])
      assert.match(code, new RegExp(`import '\\./${tag}\\.js'`));
    assert.ok(code.length < 2000, `${code.length} characters: a bundle, not an entry`);
    assert.ok(pkg.sideEffects.includes(entry), 'marked as having side effects, so bundlers keep it');
  });
});

describe('the CDN file', () => {
  const file = readFileSync(new URL('dist/cst-widgets.js', widgets));
  const code = file.toString('utf8');

  it('is one module: it imports nothing', () => {
    assert.doesNotMatch(code, /\bimport\s*(?:["'{*]|\()/);
  });

  it('starts with the compile hint, then the version, copyright, licence and notices banner', () => {
    const [hint, banner] = code.split('\n');
    assert.equal(hint, '//# allFunctionsCalledOnLoad');
    assert.equal(
      banner,
      `/*! @cst/widgets ${pkg.version} | Copyright 2026 The cst-widgets Authors | EUPL-1.2 | third-party notices: cst-widgets.js.LICENSE.txt */`,
    );
    assert.match(read('dist/cst-widgets.js.LICENSE.txt'), /^lit-html [\d.]+ \(BSD-3-Clause\)$/m);
  });

  it('documents its integrity hash beside it, and it is the hash of its bytes', () => {
    const documented = read('dist/cst-widgets.js.integrity.txt').trim();
    assert.equal(documented, `sha384-${createHash('sha384').update(file).digest('base64')}`);
  });
});
