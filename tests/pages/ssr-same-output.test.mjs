// Issue 20, point 4: what the server renders is what the browser renders. One page holds every
// element (and an error state), in Italian and in English, each in a 640 px box (the width charts
// are drawn at on the server, so both draw the same ticks). Each element's shadow root text is read
// three ways: rendered by @cst/ssr and shown with JavaScript off; rendered in the browser alone;
// rendered on the server then taken over by the bundle. All three must be the same text.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { html, unsafeStatic } from 'lit/static-html.js';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { renderPage } from '../../packages/ssr/src/index.js';
import { launchBrowser } from '../support/browser.mjs';
import { shadowRootTexts, waitForPartText } from '../support/shadow-text.mjs';
import { serveStatic } from '../support/static-server.mjs';

process.env.TZ = 'Europe/Rome';
const root = new URL('../../', import.meta.url).pathname;
const site = mkdtempSync(join(tmpdir(), 'cst-ssr-same-'));

/** Every element, with a dataset of the Focus 2016 report; the last shows its error state. */
const ELEMENTS = [
  ['cst-kpi-tile', 'active-credentials'],
  ['cst-kpi-tile', 'active-services'],
  ['cst-sla-table', 'sla'],
  ['cst-trend-line', 'credentials-by-year'],
  ['cst-data-table', 'usage-by-category'],
  ['cst-data-table', 'payments-changes'],
  ['cst-bar-chart', 'top-payment-services'],
  ['cst-share', 'device-share'],
  ['cst-deployment-matrix', 'deployment'],
  ['cst-sla-table', 'no-such-dataset'],
];

const section = (lang) => `<section lang="${lang}"><cst-report src="/data/focus-2016.json">
${ELEMENTS.map(([tag, id]) => `<div class="box"><${tag} dataset="${id}" id="${lang}-${tag}-${id}"></${tag}></div>`).join('\n')}
</cst-report><div class="box"><cst-kpi-tile id="${lang}-src" src="/data/minimal.json" dataset="services"></cst-kpi-tile></div></section>`;

const PAGE = `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>SSR</title>
<link rel="icon" href="data:,"><style>.box { width: 640px; margin: 1rem 0 }</style>
<script type="module" src="/dist/cst-widgets.js"></script></head>
<body>${section('it')}${section('en')}</body></html>`;

const LIVE_PAGE = `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>SSR</title>
<link rel="icon" href="data:,"><script type="module" src="/dist/cst-widgets.js"></script></head>
<body><cst-kpi-tile id="live" src="/live/minimal.json" dataset="services" refresh="0.2"></cst-kpi-tile></body></html>`;

let server;
let browser;
const ids = ['it', 'en'].flatMap((lang) => [
  ...ELEMENTS.map(([tag, id]) => `${lang}-${tag}-${id}`),
  `${lang}-src`,
]);

before(async () => {
  const { html: rendered } = await renderPage(PAGE, { data: { '/data': `${root}packages/schema/fixtures` } });
  // An element rendered by Lit SSR alone, with no data on the server: it is in the loading state.
  const tag = unsafeStatic('cst-kpi-tile');
  const loading = await collectResult(
    render(html`<${tag} id="loading" src="/data/minimal.json?loading" dataset="services"></${tag}>`),
  );
  writeFileSync(join(site, 'client.html'), PAGE);
  // A document that changes while the page is open, polled every 0,2 s (refresh), and its page.
  mkdirSync(join(site, 'live'));
  copyFileSync(`${root}packages/schema/fixtures/minimal.json`, join(site, 'live/minimal.json'));
  const live = await renderPage(LIVE_PAGE, { data: { '/live': join(site, 'live') } });
  writeFileSync(join(site, 'live.html'), live.html);
  writeFileSync(
    join(site, 'server.html'),
    rendered.replace('</body>', `<div class="box">${loading}</div></body>`),
  );
  server = await serveStatic({
    '/data/': `${root}packages/schema/fixtures`,
    '/dist/': `${root}packages/widgets/dist`,
    '/': site,
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(site, { recursive: true, force: true });
});

/** Each element's shadow root text (styles aside, whitespace collapsed), once none is loading. */
async function texts(path, { javaScript, wait = ids }) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.setJavaScriptEnabled(javaScript);
  await page.emulateTimezone('Europe/Rome');
  await page.setViewport({ width: 1000, height: 800 });
  await page.evaluateOnNewDocument(() => {
    window.__errorEvents = {};
    document.addEventListener('cst-error', (e) => {
      window.__errorEvents[e.target.id] = e.detail?.code ?? e.detail?.message ?? 'error';
    });
  });
  await page.goto(`${server.url}/${path}`, { waitUntil: 'load' });
  if (javaScript)
    await page.waitForFunction(
      (ids) => ids.every((id) => ['ready', 'error', 'empty'].includes(document.getElementById(id)?.status)),
      { timeout: 20_000 },
      wait,
    );
  const texts = await shadowRootTexts(page, [...wait, 'loading'].map((id) => `#${id}`).join(','));
  const result = await page.evaluate(
    (ids) => ({
      states: Object.fromEntries(
        ids.filter((id) => id !== 'loading').map((id) => [id, document.getElementById(id)?.status]),
      ),
      errorEvents: window.__errorEvents,
    }),
    wait,
  );
  await page.close();
  return { result: texts, states: result.states, errorEvents: result.errorEvents, errors };
}

describe('server and browser render the same text', () => {
  let client;
  let clientRun;
  before(async () => {
    clientRun = await texts('client.html', { javaScript: true });
    client = clientRun.result;
  });

  it('server-rendered, shown without JavaScript: every element, in Italian and in English', async () => {
    const { result } = await texts('server.html', { javaScript: false });
    for (const id of ids) assert.equal(result[id], client[id], id);
    // Not two empty strings: the figures are there, in each language's format.
    assert.match(result['it-cst-kpi-tile-active-credentials'], /55\.211/);
    assert.match(result['en-cst-kpi-tile-active-credentials'], /55,211/);
    assert.match(result['it-cst-deployment-matrix-deployment'], /Bagno a Ripoli.*✓ online.*16 su 28/);
    assert.match(result['en-cst-sla-table-no-such-dataset'], /no-such-dataset/);
    assert.match(result.loading, /Caricamento/);
  });

  it('server-rendered, then taken over by the bundle: the same text, the loading one once its data came', async () => {
    const { result, errors } = await texts('server.html', { javaScript: true, wait: [...ids, 'loading'] });
    for (const id of ids) assert.equal(result[id], client[id], id);
    assert.equal(result.loading, client['it-src']);
    assert.deepEqual(errors, []);
  });

  it('an element rendered in its error state behaves as in the browser once taken over: its status and its cst-error', async () => {
    const hydrated = await texts('server.html', { javaScript: true, wait: [...ids, 'loading'] });
    assert.deepEqual(hydrated.states, clientRun.states);
    assert.equal(hydrated.states['it-cst-sla-table-no-such-dataset'], 'error');
    assert.deepEqual(Object.keys(clientRun.errorEvents).sort(), [
      'en-cst-sla-table-no-such-dataset',
      'it-cst-sla-table-no-such-dataset',
    ]);
    assert.deepEqual(hydrated.errorEvents, clientRun.errorEvents);
  });
});

describe('a server-rendered element goes live once taken over', () => {
  it('refresh: a change of its document is shown', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${server.url}/live.html`, { waitUntil: 'load' });
    const value = () =>
      page.$eval('#live', (el) => el.shadowRoot.querySelector('[part="value"]').textContent.trim());
    assert.equal(await value(), '356');
    await page.waitForFunction(() => document.getElementById('live').status === 'ready');
    const file = join(site, 'live/minimal.json');
    const changed = JSON.parse(readFileSync(file, 'utf8'));
    changed.datasets.services.value = 4788;
    writeFileSync(file, JSON.stringify(changed));
    await waitForPartText(page, '#live', 'value', '4.788');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
