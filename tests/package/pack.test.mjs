// What a user installs: every published package packed as a release packs it (pnpm pack, which
// runs each package's prepack build), its tarball inspected, then installed into scratch apps (a
// Node ESM app with npm; a Vite + strict TypeScript app and a React 19 + TypeScript app with pnpm),
// which are built, run, and opened in Chromium; and the CDN file loaded from another origin with
// Subresource Integrity. Needs the network only for the apps' own dependencies (vite, react…),
// which pnpm takes from its store and npm from its cache when they are there (--prefer-offline).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchBrowser } from '../support/browser.mjs';
import { serveStatic } from '../support/static-server.mjs';
import { PUBLISHED, ROOT, consumer, packAll, pnpm, run, unpack } from './support/pack.mjs';

const work = mkdtempSync(join(tmpdir(), 'cst-pack-'));
let tarballs;
/** package name -> its unpacked root */
const unpacked = {};

const json = (path) => JSON.parse(readFileSync(path, 'utf8'));
const filesIn = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));

before(() => {
  mkdirSync(join(work, 'packs'));
  tarballs = packAll(join(work, 'packs'));
  for (const [name, tarball] of Object.entries(tarballs)) {
    unpacked[name] = unpack(tarball, join(work, 'unpacked'), name.replace('/', '__'));
  }
});

after(() => rmSync(work, { recursive: true, force: true }));

describe('the tarballs', () => {
  it('one per published package, each with a README, the licence and the metadata npm shows', () => {
    assert.equal(Object.keys(tarballs).length, PUBLISHED.length);
    const licence = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
    for (const [name, dir] of Object.entries(unpacked)) {
      const pkg = json(join(dir, 'package.json'));
      assert.equal(readFileSync(join(dir, 'LICENSE'), 'utf8'), licence, `${name} LICENSE`);
      assert.ok(readFileSync(join(dir, 'README.md'), 'utf8').length > 500, `${name} README`);
      assert.equal(pkg.license, 'EUPL-1.2');
      assert.equal(pkg.publishConfig?.access, 'public', name);
      assert.match(pkg.repository.url, /^git\+https:\/\//, name);
      assert.equal(pkg.repository.directory, `packages/${name.split('/')[1]}`);
      assert.ok(pkg.homepage && pkg.bugs?.url && pkg.keywords?.length >= 5, name);
      assert.equal(pkg.engines?.node, '>=20.19', name);
      assert.equal(pkg.exports['./package.json'], './package.json', name);
    }
    for (const name of ['@cst/schema', '@cst/widgets', '@cst/ssr']) {
      assert.ok(
        existsSync(join(unpacked[name], json(join(unpacked[name], 'package.json')).types)),
        `${name} types`,
      );
    }
  });

  it('depend on each other by version ranges, never workspace:, and export no workspace-only condition', () => {
    for (const [name, dir] of Object.entries(unpacked)) {
      const text = readFileSync(join(dir, 'package.json'), 'utf8');
      assert.doesNotMatch(text, /workspace:/, name);
      assert.doesNotMatch(text, /"source":/, name);
    }
    const { version } = json(join(unpacked['@cst/schema'], 'package.json'));
    for (const name of ['@cst/widgets', '@cst/feed']) {
      assert.equal(
        json(join(unpacked[name], 'package.json')).dependencies['@cst/schema'],
        `^${version}`,
        name,
      );
    }
  });

  it('ship only what users need: no tests, no invalid fixtures, no test tables, no declaration maps', () => {
    for (const [name, dir] of Object.entries(unpacked)) {
      const extra = filesIn(dir).filter((file) =>
        /(^|\/)(test|tests|fixtures\/invalid)\/|\.(test|spec|cases)\.|\.d\.ts\.map$|\.tsbuildinfo$/.test(
          file,
        ),
      );
      assert.deepEqual(extra, [], name);
    }
    assert.ok(existsSync(join(unpacked['@cst/schema'], 'fixtures/focus-2016.json')));
  });

  it('hold every file that exports, bin, types, web-types and customElements name', () => {
    const targets = (value) =>
      typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap((v) => targets(v));
    for (const [name, dir] of Object.entries(unpacked)) {
      const pkg = json(join(dir, 'package.json'));
      const named = [
        ...targets(pkg.exports),
        ...targets(pkg.bin),
        pkg.types,
        pkg['web-types'],
        pkg.customElements,
      ].filter(Boolean);
      const files = filesIn(dir);
      const missing = named.filter((target) => {
        const pattern = new RegExp(
          `^${target.replace(/^\.\//, '').replace(/[.]/g, '\\.').replace('*', '[^/]+')}$`,
        );
        return !files.some((file) => pattern.test(file));
      });
      assert.deepEqual(missing, [], name);
    }
  });

  it('have source maps that resolve inside the tarball, every one of them', () => {
    let maps = 0;
    for (const [name, dir] of Object.entries(unpacked)) {
      for (const file of filesIn(dir).filter((f) => f.endsWith('.map'))) {
        maps++;
        const map = json(join(dir, file));
        map.sources.forEach((source, i) => {
          const local = resolve(dir, dirname(file), map.sourceRoot ?? '', source);
          const inside = local.startsWith(`${dir}/`) && existsSync(local);
          assert.ok(inside || typeof map.sourcesContent?.[i] === 'string', `${name}/${file}: ${source}`);
        });
      }
    }
    assert.ok(maps > 100, `${maps} maps`);
  });

  it('carry the CDN file with its version and licence banner, and the notices of what it bundles beside it', () => {
    const dist = join(unpacked['@cst/widgets'], 'dist');
    const { version } = json(join(unpacked['@cst/widgets'], 'package.json'));
    const head = readFileSync(join(dist, 'cst-widgets.js'), 'utf8').slice(0, 400);
    assert.match(
      head,
      new RegExp(
        `/\\*! @cst/widgets ${version.replace(/\./g, '\\.')} \\|.*EUPL-1\\.2.*cst-widgets\\.js\\.LICENSE\\.txt`,
      ),
    );
    const notices = readFileSync(join(dist, 'cst-widgets.js.LICENSE.txt'), 'utf8');
    for (const [pkg, licence] of [
      ['lit-html', 'BSD-3-Clause'],
      ['lit-element', 'BSD-3-Clause'],
      ['@lit/reactive-element', 'BSD-3-Clause'],
      ['valibot', 'MIT'],
      ['d3-array', 'ISC'],
    ]) {
      assert.match(notices, new RegExp(`^${pkg} [\\d.]+ \\(${licence}\\)$`, 'm'), pkg);
    }
    assert.match(notices, /Copyright \(c\) 2017 Google LLC/);
    assert.match(notices, /Copyright 2010-\d{4} Mike Bostock/);
  });
});

/**
 * Opens `url` in a browser of its own (closed at the end, so the test's server can close: it
 * waits for the browser's kept-alive connections), waits until every selector's element is ready;
 * returns their shadow text, the page's #log lines and its console errors.
 */
async function render(url, selectors) {
  const browser = await launchBrowser();
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(url, { waitUntil: 'load' });
    const texts = {};
    for (const selector of selectors) {
      await page.waitForFunction(
        (s) => document.querySelector(s)?.status === 'ready',
        { timeout: 20_000 },
        selector,
      );
      texts[selector] = await page.$eval(selector, (el) =>
        el.shadowRoot.textContent.replace(/\s+/g, ' ').replace(/\u00a0|\u202f/g, ' '),
      );
    }
    const log = await page.$$eval('#log li', (items) => items.map((li) => li.textContent));
    return { texts, log, errors };
  } finally {
    await browser.close();
  }
}

/** Installs a consumer's dependencies with pnpm, from its store when it can. */
function pnpmInstall(dir) {
  pnpm(['install', '--prefer-offline', '--no-frozen-lockfile', '--reporter=silent'], dir);
}

/** Builds a Vite consumer with the seed's report in public/data, from the installed @cst/schema. */
function buildApp(dir) {
  mkdirSync(join(dir, 'public/data'), { recursive: true });
  cpSync(
    join(dir, 'node_modules/@cst/schema/fixtures/focus-2016.json'),
    join(dir, 'public/data/focus-2016.json'),
  );
  pnpm(['run', 'build'], dir);
}

describe('consumers of the tarballs', () => {
  it('a Node ESM app (npm): imports every entry, registers the elements, validates, serves the feed, runs cst-validate, renders on the server', () => {
    const dir = consumer('node-esm', work, tarballs);
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], dir);
    const facts = JSON.parse(run('node', ['main.js'], dir).trim().split('\n').at(-1));
    assert.deepEqual(facts, {
      valid: true,
      defined: ['function', 'function', 'function'],
      classes: 'function',
      version: json(join(unpacked['@cst/widgets'], 'package.json')).version,
      schemaTitle: 'string',
      served: { status: 200, etag: true, id: 'focus-2016' },
      validate: facts.validate,
      rendered: { state: 'ready', shadowRoot: true, figure: true },
      renderUsage: true,
    });
    assert.match(facts.validate, /valid/i);
  });

  it('a Vite + strict TypeScript app (pnpm): type-checks, bundles Lit once, shows the seed in Chromium', async () => {
    const dir = consumer('vite-ts', work, tarballs);
    pnpmInstall(dir);
    buildApp(dir);
    const bundle = readdirSync(join(dir, 'dist/assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(dir, 'dist/assets', f), 'utf8'))
      .join('\n');
    assert.equal(bundle.match(/litHtmlVersions/g)?.length, 1, 'one copy of lit-html in the app');
    const server = await serveStatic(join(dir, 'dist'));
    try {
      const { texts, log, errors } = await render(`${server.url}/`, ['#sla', '#kpi']);
      assert.match(texts['#sla'], /11 SLA su 11 rispettati/);
      assert.match(texts['#sla'], /99,92/);
      assert.match(texts['#kpi'], /55\.211/);
      assert.ok(log.includes('cst-data sla src'), log.join(' | '));
      assert.deepEqual(errors, []);
    } finally {
      await server.close();
    }
  });

  it('a React 19 + TypeScript app (pnpm): the JSX types refuse dataset, datasetId renders the seed', async () => {
    const dir = consumer('react', work, tarballs);
    pnpmInstall(dir);
    // tsc runs first in the build: src/dataset-refused.tsx's @ts-expect-error fails it if the
    // types accept `dataset`, and the app fails it if they refuse datasetId or the typed listener.
    buildApp(dir);
    const server = await serveStatic(join(dir, 'dist'));
    try {
      const { texts, log, errors } = await render(`${server.url}/`, ['#sla', '#kpi']);
      assert.match(texts['#sla'], /11 SLA su 11 rispettati/);
      assert.match(texts['#kpi'], /55\.211/);
      assert.ok(log.includes('cst-data sla'), log.join(' | '));
      assert.deepEqual(errors, []);
    } finally {
      await server.close();
    }
  });

  it('the CDN file from another origin with Subresource Integrity: runs with its hash, is refused with another', async () => {
    const widgets = unpacked['@cst/widgets'];
    // The hash the package documents beside the file, checked against the file's bytes.
    const integrity = readFileSync(join(widgets, 'dist/cst-widgets.js.integrity.txt'), 'utf8').trim();
    const file = readFileSync(join(widgets, 'dist/cst-widgets.js'));
    assert.equal(integrity, `sha384-${createHash('sha384').update(file).digest('base64')}`);
    const cdn = await serveStatic(widgets, { headers: { 'access-control-allow-origin': '*' } });
    const site = join(work, 'site');
    mkdirSync(site);
    const page = (hash) => `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>SRI</title>
<link rel="icon" href="data:,">
<script type="module" src="${cdn.url}/dist/cst-widgets.js" integrity="${hash}" crossorigin="anonymous"></script></head>
<body><cst-kpi-tile id="kpi" src="./data/focus-2016.json" dataset="active-credentials"></cst-kpi-tile></body></html>`;
    writeFileSync(join(site, 'index.html'), page(integrity));
    writeFileSync(
      join(site, 'tampered.html'),
      page(`sha384-${createHash('sha384').update('other').digest('base64')}`),
    );
    const server = await serveStatic({ '/data/': join(unpacked['@cst/schema'], 'fixtures'), '/': site });
    try {
      const { texts, errors } = await render(`${server.url}/`, ['#kpi']);
      assert.match(texts['#kpi'], /55\.211/);
      assert.deepEqual(errors, []);

      const browser = await launchBrowser();
      try {
        const tab = await browser.newPage();
        const refused = [];
        tab.on('console', (m) => m.type() === 'error' && refused.push(m.text()));
        await tab.goto(`${server.url}/tampered.html`, { waitUntil: 'load' });
        await new Promise((done) => setTimeout(done, 500));
        assert.equal(await tab.evaluate(() => customElements.get('cst-kpi-tile')), undefined);
        assert.ok(
          refused.some((text) => /integrity/i.test(text)),
          refused.join(' | '),
        );
      } finally {
        await browser.close();
      }
    } finally {
      await server.close();
      await cdn.close();
    }
  });
});
