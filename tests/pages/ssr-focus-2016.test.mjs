// The Focus 2016 page rendered on the server by the cst-render command, as issue 20 asks:
// `cst-render examples/focus-2016/index.html --data /data=packages/schema/fixtures`, served by the
// reference feed (its strict CSP, given the hashes cst-render prints; no simulator, so the figures
// are the seed's). Without JavaScript every section shows the seed's figures; with it, every element
// takes over its server-rendered shadow root (the same nodes), reaches ready with no console error
// and no layout shift, revalidates its document with a 304, and then goes live.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { defaultContentSecurityPolicy } from '../../packages/feed/src/csp.js';
import { startFeed } from '../../packages/feed/src/index.js';
import { launchBrowser } from '../support/browser.mjs';
import { renderPage, styleSrc } from '../../packages/ssr/src/index.js';
import { shadowRootTexts, shadowTexts, waitForPartText } from '../support/shadow-text.mjs';

const root = new URL('../../', import.meta.url).pathname;
const site = mkdtempSync(join(tmpdir(), 'cst-ssr-focus-'));

/** Figures per section (the section's heading id), from the seed report. */
const FIGURES = {
  sla: ['SLA.1', '99,92%', '11 SLA su 11'],
  ticket: ['4.788', '2.383'],
  infrastruttura: ['100%', '744'],
  credenziali: ['55.211', '7.125', '13.584'],
  servizi: ['356', '+2'],
  utilizzo: ['981.483', '809.628', '+26,4%'],
  accesso: ['70,2%', '29,8%'],
  pagamenti: ['11.240.255,77 €', '77.153', '32.912'],
  dispiegamento: ['16 su 28', 'Bagno a Ripoli', '✓ su store'],
};

let feed;
let browser;
let stderr;

before(async () => {
  const out = join(site, 'index.html');
  // The command writes its report to standard error; execFileSync returns standard output.
  const run = spawnSync(
    process.execPath,
    [
      'packages/ssr/bin/cst-render.js',
      'examples/focus-2016/index.html',
      '--data',
      '/data=packages/schema/fixtures',
      '--url',
      '/focus-2016/',
      '--out',
      out,
      '--csp',
    ],
    { cwd: root, encoding: 'utf8' },
  );
  assert.equal(run.status, 0, run.stderr);
  stderr = run.stderr;
  copyFileSync(join(root, 'examples/focus-2016/report.css'), join(site, 'report.css'));
  // The same page in English (its elements speak the page's language), in the browser alone and
  // rendered through the Node API; the policy allows the styles of both.
  const english = readFileSync(join(root, 'examples/focus-2016/index.html'), 'utf8').replace(
    '<html lang="it">',
    '<html lang="en">',
  );
  const data = { '/data': join(root, 'packages/schema/fixtures') };
  const rendered = await renderPage(english, { data, url: '/server-en/' });
  // The report page loads its figures once (they must stay the seed's); a live page adds a stream.
  const live = readFileSync(join(root, 'examples/focus-2016/index.html'), 'utf8').replace(
    '<cst-report src="/data/focus-2016.json">',
    '<cst-report src="/data/focus-2016.json" stream="/stream/focus-2016">',
  );
  assert.notEqual(live, english, 'the page has no cst-report to give a stream');
  const renderedLive = await renderPage(live, { data, url: '/server-live/' });
  for (const [dir, html] of [
    ['client-en', english],
    ['server-en', rendered.html],
    ['server-live', renderedLive.html],
  ]) {
    mkdirSync(join(site, dir));
    writeFileSync(join(site, dir, 'index.html'), html);
    copyFileSync(join(root, 'examples/focus-2016/report.css'), join(site, dir, 'report.css'));
  }
  const hashes = new Set([...stderr.matchAll(/'sha256-[\w+/=]+'/g)].map(([hash]) => hash));
  for (const hash of [...rendered.styleHashes, ...renderedLive.styleHashes]) hashes.add(hash);
  feed = await serve(defaultContentSecurityPolicy().replace("style-src 'self'", styleSrc([...hashes])));
  browser = await launchBrowser();
});

/** The rendered page at /focus-2016/, served by the reference feed with this policy (no simulator). */
function serve(contentSecurityPolicy) {
  return startFeed({
    port: 0,
    dataDir: `${root}packages/schema/fixtures`,
    staticDirs: [
      `/focus-2016=${site}`,
      `/client-it=${root}examples/focus-2016`,
      `/client-en=${site}/client-en`,
      `/server-en=${site}/server-en`,
      `/server-live=${site}/server-live`,
      `${root}examples`,
      `${root}packages/widgets/dist`,
      `/vendor/bootstrap-italia=${root}examples/node_modules/bootstrap-italia/dist`,
    ],
    simulate: false,
    contentSecurityPolicy,
    log: { info() {}, warn() {} },
  });
}

after(async () => {
  await browser?.close();
  await feed?.close();
  rmSync(site, { recursive: true, force: true });
});

/** A tab that records console errors, page errors and layout shifts from the start. */
async function open({ javaScript, hold } = {}) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.setJavaScriptEnabled(javaScript);
  await page.setViewport({ width: 1280, height: 900 });
  await page.evaluateOnNewDocument(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const documents = [];
  page.on('response', (r) => r.url().endsWith('/data/focus-2016.json') && documents.push(r.status()));
  if (hold) {
    await page.setRequestInterception(true);
    page.on('request', (request) =>
      request.url().endsWith(hold.path) ? hold.requests.push(request) : request.continue(),
    );
  }
  return { page, errors, documents };
}

const elements = 'main [dataset]';

describe('the Focus 2016 page rendered by cst-render', () => {
  it('renders every element, and prints the style-src a strict policy needs', () => {
    assert.match(stderr, /cst-render: 24 elements rendered in \d+ ms\n/);
    assert.match(stderr, /style-src 'self' 'unsafe-hashes'( 'sha256-[\w+/=]+'){8,}/);
  });

  it("shows the seed's figures in every section without JavaScript", async () => {
    const { page, errors } = await open({ javaScript: false });
    await page.goto(`${feed.url}/focus-2016/`, { waitUntil: 'load' });
    const texts = await shadowTexts(page, 'main section');
    const ids = await page.$$eval('main section', (all) => all.map((s) => s.getAttribute('aria-labelledby')));
    const sections = Object.fromEntries(ids.map((id, i) => [id, texts[i]]));
    const facts = await page.evaluate((selector) => {
      const all = [...document.querySelectorAll(selector)];
      // Styled (the policy allows the hashes) and laid out: the matrix's columns come from a style attribute.
      const tile = document.querySelector('cst-kpi-tile').shadowRoot.querySelector('[part="tile"]');
      const row = document.querySelector('cst-deployment-matrix').shadowRoot.querySelector('.body .row');
      return {
        withoutRoot: all.filter((e) => !e.shadowRoot).length,
        count: all.length,
        tileRule: getComputedStyle(tile).borderTopWidth,
        matrixRow: new Set([...row.children].map((cell) => cell.offsetTop)).size,
      };
    }, elements);
    assert.equal(facts.count, 24);
    assert.equal(facts.withoutRoot, 0);
    assert.equal(facts.tileRule, '4px');
    assert.equal(facts.matrixRow, 1, 'the row header and its cells on one line');
    for (const [section, figures] of Object.entries(FIGURES)) {
      const missing = figures.filter((figure) => !sections[section].includes(figure));
      assert.deepEqual(missing, [], `missing in ${section}`);
      assert.doesNotMatch(sections[section], /Caricamento/, section);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('with JavaScript takes over every shadow root: the same nodes, ready, no error, no layout shift, a 304', async () => {
    const hold = { path: '/cst-widgets.js', requests: [] };
    const { page, errors, documents } = await open({ javaScript: true, hold });
    const loaded = page.goto(`${feed.url}/focus-2016/`, { waitUntil: 'load' });
    // The bundle is held back: the page is parsed and its shadow roots are the server's.
    while (hold.requests.length === 0) await new Promise((r) => setTimeout(r, 20));
    await page.waitForFunction((s) => document.querySelectorAll(s).length === 24, {}, elements);
    await page.evaluate((s) => {
      window.__server = [...document.querySelectorAll(s)].map((e) => ({
        root: e.shadowRoot,
        base: e.shadowRoot.querySelector('[part="base"]'),
        text: e.shadowRoot.querySelector('[part="base"]').textContent,
      }));
    }, elements);
    hold.requests[0].continue();
    await loaded;
    await page.waitForFunction(
      (s) => [...document.querySelectorAll(s)].every((e) => e.status === 'ready'),
      { timeout: 20_000 },
      elements,
    );
    await new Promise((r) => setTimeout(r, 1000));
    const facts = await page.evaluate((s) => {
      const now = [...document.querySelectorAll(s)];
      return {
        sameRoot: now.filter((e, i) => e.shadowRoot === window.__server[i].root).length,
        sameBase: now.filter(
          (e, i) => e.shadowRoot.querySelector('[part="base"]') === window.__server[i].base,
        ).length,
        oneBase: now.filter((e) => e.shadowRoot.querySelectorAll('[part="base"]').length === 1).length,
        shifts: window.__shifts,
      };
    }, elements);
    assert.deepEqual(facts, { sameRoot: 24, sameBase: 24, oneBase: 24, shifts: [] });
    // The document is asked for once, with the seed's validators: nothing is downloaded again.
    assert.deepEqual(documents, [304]);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('shows the same text as the page rendered in the browser, element by element, in Italian and in English', async () => {
    const read = async (path, javaScript) => {
      const { page, errors } = await open({ javaScript });
      await page.emulateTimezone('Europe/Rome');
      await page.goto(`${feed.url}${path}`, { waitUntil: 'load' });
      if (javaScript)
        await page.waitForFunction(
          (s) => [...document.querySelectorAll(s)].every((e) => e.status === 'ready'),
          { timeout: 20_000 },
          elements,
        );
      const [texts] = await Promise.all([shadowRootTexts(page, elements), page.close()]);
      assert.deepEqual(errors, [], path);
      return texts;
    };
    for (const [server, client, figure] of [
      ['/focus-2016/', '/client-it/', '55.211'],
      ['/server-en/', '/client-en/', '55,211'],
    ]) {
      const [rendered, drawn] = [await read(server, false), await read(client, true)];
      assert.equal(Object.keys(drawn).length, 24);
      assert.deepEqual(rendered, drawn, `${server} against ${client}`);
      assert.ok(
        Object.values(rendered).some((text) => text.includes(figure)),
        figure,
      );
    }
  });

  it('under a strict policy without the hashes, the bundle brings the styles (adopted sheets)', async () => {
    const strict = await serve(defaultContentSecurityPolicy());
    const tileRule = async (javaScript) => {
      const { page, errors } = await open({ javaScript });
      await page.goto(`${strict.url}/focus-2016/`, { waitUntil: 'load' });
      if (javaScript)
        await page.waitForFunction(
          (s) => [...document.querySelectorAll(s)].every((e) => e.status === 'ready'),
          { timeout: 20_000 },
          elements,
        );
      const rule = await page.$eval(
        'cst-kpi-tile',
        (el) => getComputedStyle(el.shadowRoot.querySelector('[part="tile"]')).borderTopWidth,
      );
      await page.close();
      return { rule, errors: errors.filter((e) => !/Content Security Policy/.test(e)) };
    };
    try {
      assert.deepEqual(await tileRule(false), { rule: '0px', errors: [] });
      assert.deepEqual(await tileRule(true), { rule: '4px', errors: [] });
    } finally {
      await strict.close();
    }
  });

  it('then goes live: a chart is redrawn at its measured width, and an update of the document is shown (the page given a stream)', async () => {
    const { page, errors } = await open({ javaScript: true });
    await page.goto(`${feed.url}/server-live/`, { waitUntil: 'load' });
    await page.waitForFunction(
      (s) => [...document.querySelectorAll(s)].every((e) => e.status === 'ready'),
      { timeout: 20_000 },
      elements,
    );
    const chart = await page.$('cst-trend-line');
    await chart.scrollIntoView();
    await page.waitForFunction(
      (el) => el.shadowRoot.querySelector('svg.plot')?.getAttribute('width') === String(el.clientWidth),
      { timeout: 10_000 },
      chart,
    );
    const changed = JSON.parse(readFileSync(`${root}packages/schema/fixtures/focus-2016.json`, 'utf8'));
    changed.datasets['active-credentials'].value = 60123;
    await feed.store.set('focus-2016', changed, { datasets: ['active-credentials'] });
    await waitForPartText(page, 'cst-kpi-tile[dataset="active-credentials"]', 'value', '60.123');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
