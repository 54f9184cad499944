// Embedding safety: the bundle loaded twice, and two different copies (versions) on one page,
// register without an exception, the first definition wins and a console warning says so; a page
// with every element makes no request to any host but the data URLs it names, sets no cookie
// and writes nothing to localStorage, sessionStorage or IndexedDB.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchBrowser } from '../support/browser.mjs';
import { BUNDLE, ELEMENTS, openArena, serveArena } from './support.mjs';

let server;
let browser;

before(async () => {
  // A second "version": the same bundle under another URL with a patched marker, so the module
  // graph holds two distinct copies of every class.
  const copy = `${readFileSync(BUNDLE, 'utf8')}\nexport const __cstCopy = 'v-next';\n`;
  server = await serveArena({
    'cst-widgets-next.js': copy,
    'focus.json': readFileSync(new URL('../../packages/schema/fixtures/focus-2016.json', import.meta.url)),
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('the bundle loaded twice', () => {
  it('the same URL twice: one module instance, no exception, no warning', async () => {
    const { page, errors } = await openArena(browser, `${server.url}/`);
    await page.evaluate(async () => {
      await import('/cst-widgets.js');
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '/cst-widgets.js';
      document.head.append(script);
      await new Promise((r) => setTimeout(r, 200));
    });
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('two different copies: no exception, the first definition wins, a warning names the tag', async () => {
    const { page, errors, warnings } = await openArena(browser, `${server.url}/`);
    const result = await page.evaluate(async () => {
      const first = Object.fromEntries(
        [
          'cst-report',
          'cst-kpi-tile',
          'cst-sla-table',
          'cst-trend-line',
          'cst-deployment-matrix',
          'cst-data-table',
          'cst-bar-chart',
          'cst-share',
        ].map((t) => [t, customElements.get(t)]),
      );
      const next = await import('/files/cst-widgets-next.js');
      const kept = Object.entries(first).every(([tag, ctor]) => customElements.get(tag) === ctor);
      const tile = document.createElement('cst-kpi-tile');
      tile.data = { kind: 'kpi', title: 'Prova', value: 4788 };
      document.getElementById('arena').append(tile);
      await tile.updateComplete;
      return {
        marker: next.__cstCopy,
        distinct: next.CstKpiTile !== first['cst-kpi-tile'],
        kept,
        text: tile.shadowRoot.querySelector('[part~="value"]')?.textContent.trim(),
      };
    });
    assert.equal(result.marker, 'v-next');
    assert.ok(result.distinct, 'the second copy has its own classes');
    assert.ok(result.kept, 'the first definitions stay registered');
    assert.equal(result.text, '4.788', 'the element still works');
    assert.deepEqual(errors, []);
    for (const tag of ['cst-kpi-tile', 'cst-sla-table', 'cst-share'])
      assert.ok(
        warnings.some((w) => w.includes(`<${tag}>`) && /already defined/.test(w)),
        `no warning for ${tag}: ${warnings.join(' | ')}`,
      );
    await page.close();
  });
});

describe('privacy: requests, cookies, storage', () => {
  it('only the page, the bundle and the data URLs are requested; no cookie, no storage', async () => {
    const page = await browser.newPage();
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.evaluateOnNewDocument(() => {
      window.__writes = [];
      for (const name of ['localStorage', 'sessionStorage']) {
        const store = window[name];
        for (const method of ['setItem', 'removeItem', 'clear'])
          store[method] = new Proxy(store[method], {
            apply: (target, _, args) => (
              window.__writes.push(`${name}.${method}`),
              target.apply(store, args)
            ),
          });
      }
      const open = indexedDB.open.bind(indexedDB);
      indexedDB.open = (...args) => (window.__writes.push('indexedDB.open'), open(...args));
      const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
      Object.defineProperty(document, 'cookie', {
        get: () => cookie.get.call(document),
        set: (v) => {
          window.__writes.push(`cookie=${v}`);
          cookie.set.call(document, v);
        },
      });
    });
    await page.goto(`${server.url}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => customElements.get('cst-share'));
    const entries = Object.entries(ELEMENTS);
    await page.evaluate(async (entries) => {
      const arena = document.getElementById('arena');
      // One element per route: a `src`, a cst-report around the rest.
      const report = document.createElement('cst-report');
      report.setAttribute('src', '/data/focus-2016.json');
      for (const [tag, id] of entries) {
        const el = document.createElement(tag);
        el.setAttribute('dataset', id);
        report.append(el);
      }
      const direct = document.createElement('cst-sla-table');
      direct.setAttribute('src', '/files/focus.json');
      direct.setAttribute('dataset', 'sla');
      arena.append(report, direct);
      const all = [...arena.querySelectorAll('*')].filter((el) => el.localName !== 'cst-report');
      const t0 = performance.now();
      while (all.some((el) => el.status === 'loading') && performance.now() - t0 < 10_000)
        await new Promise((r) => setTimeout(r, 50));
      // Interact a little: keyboard focus, a resize.
      for (const el of all) el.focus?.();
      document.body.style.width = '400px';
      await new Promise((r) => setTimeout(r, 300));
    }, entries);
    const states = await page.evaluate(() =>
      [...document.querySelectorAll('#arena *')]
        .filter((el) => el.localName !== 'cst-report')
        .map((el) => el.status),
    );
    assert.deepEqual(new Set(states), new Set(['ready']));
    const allowed = new Set([
      `${server.url}/`,
      `${server.url}/cst-widgets.js`,
      `${server.url}/data/focus-2016.json`,
      `${server.url}/files/focus.json`,
    ]);
    assert.deepEqual(
      requests.filter((url) => !allowed.has(url)),
      [],
      'requests to anything but the page, the bundle and the named data URLs',
    );
    const cdp = await page.createCDPSession();
    const { cookies } = await cdp.send('Network.getAllCookies');
    await cdp.detach();
    assert.deepEqual(cookies, []);
    const storage = await page.evaluate(async () => ({
      writes: window.__writes,
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).map((d) => d.name),
      cookie: document.cookie,
    }));
    assert.deepEqual(storage, { writes: [], local: 0, session: 0, databases: [], cookie: '' });
    await page.close();
  });
});
