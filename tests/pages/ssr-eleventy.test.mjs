// The Eleventy example (examples/eleventy) built as a user builds it, then read in Chromium: with
// JavaScript off its page shows the report's figures (cst-* elements rendered by @cst/ssr) and the
// site's own Lit component (pre-rendered by @lit-labs/eleventy-plugin-lit); with JavaScript on,
// every element is taken over by the bundle and reaches ready, with no error.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchBrowser } from '../support/browser.mjs';
import { shadowTexts } from '../support/shadow-text.mjs';
import { serveStatic } from '../support/static-server.mjs';

const example = new URL('../../examples/eleventy/', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'cst-eleventy-'));
let build;
let server;
let browser;

before(async () => {
  // The example's own eleventy, as `pnpm --filter @cst/example-eleventy build` runs it.
  build = spawnSync(join(example, 'node_modules/.bin/eleventy'), [`--output=${out}`], {
    cwd: example,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Europe/Rome' },
  });
  server = await serveStatic(out);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

const FIGURES = ['55.211', '356', '70,2%', 'SLA.1', '99,92%', '11 SLA su 11', '13.584'];

/** The page's text, shadow roots included, with JavaScript on or off. */
async function read(javaScript) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.setJavaScriptEnabled(javaScript);
  await page.goto(`${server.url}/`, { waitUntil: 'load' });
  if (javaScript)
    await page.waitForFunction(
      () => [...document.querySelectorAll('main [dataset]')].every((e) => e.status === 'ready'),
      { timeout: 20_000 },
    );
  const [text] = await shadowTexts(page);
  await page.close();
  return { text, errors };
}

describe('the Eleventy example', () => {
  it('builds, every cst-* element rendered with its data and nothing left to the browser', () => {
    assert.equal(build.status, 0, build.stderr);
    assert.doesNotMatch(build.stdout + build.stderr, /\[cst-render\]/);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    assert.equal(
      html.match(/<cst-[a-z-]+ dataset="[^"]+"><template shadowroot="open" shadowrootmode="open">/g)?.length,
      5,
    );
    assert.match(html, /<site-credits[^>]*><template shadowroot="open" shadowrootmode="open">/);
  });

  it('shows the figures and the site component without JavaScript', async () => {
    const { text, errors } = await read(false);
    for (const figure of FIGURES) assert.ok(text.includes(figure), figure);
    assert.match(text, /Pagina generata con Eleventy · dati di Linea Comune/);
    assert.deepEqual(errors, []);
  });

  it('with JavaScript, every element is taken over and ready, with no error', async () => {
    const { text, errors } = await read(true);
    for (const figure of FIGURES) assert.ok(text.includes(figure), figure);
    assert.deepEqual(errors, []);
  });
});
