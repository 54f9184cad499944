// Every element renders and updates under a strict Content-Security-Policy with Trusted Types,
// and the page records zero violations. The one adjustment to the target policy: Lit creates
// a Trusted Types policy named "lit-html" for its templates, so `trusted-types lit-html`
// instead of 'none' (no policy of ours ever turns data into markup).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser } from '../support/browser.mjs';
import { serveStatic } from '../support/static-server.mjs';

const root = new URL('../../', import.meta.url).pathname;
export const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

let server;
let browser;
let page;
const messages = [];

before(async () => {
  server = await serveStatic(
    {
      '/': `${root}tests/pages/csp`,
      '/cst-widgets.js': `${root}packages/widgets/dist/cst-widgets.js`,
      '/data/': `${root}packages/schema/fixtures`,
    },
    { headers: { 'Content-Security-Policy': POLICY } },
  );
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations.push(
        `${event.violatedDirective}: ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      ),
    );
  });
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && messages.push(m.text()));
  page.on('pageerror', (e) => messages.push(String(e)));
  await page.goto(`${server.url}/`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('main *')]
        .filter((el) => el.localName.startsWith('cst-') && el.localName !== 'cst-report')
        .every((el) => el.status && el.status !== 'loading'),
    { timeout: 10_000 },
  );
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('under a strict CSP with Trusted Types', () => {
  it('renders every element', async () => {
    const states = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((el) => el.localName.startsWith('cst-') && el.localName !== 'cst-report')
        .map((el) => `${el.localName}:${el.status}`),
    );
    assert.equal(states.length, 8);
    assert.deepEqual(
      states.filter((s) => !s.endsWith(':ready')),
      [],
    );
  });

  it('updates: new data through the data property renders', async () => {
    const value = await page.evaluate(async () => {
      const tile = document.querySelector('cst-kpi-tile');
      tile.data = { kind: 'kpi', title: 'Aggiornato', value: 4788 };
      await tile.updateComplete;
      return tile.shadowRoot.querySelector('[part~="value"]').textContent.trim();
    });
    assert.equal(value, '4.788');
  });

  it('records zero violations', async () => {
    const violations = await page.evaluate(() => window.__violations);
    assert.deepEqual(violations, []);
    assert.deepEqual(
      messages.filter((m) => /Content Security Policy|Trusted Type/i.test(m)),
      [],
    );
  });
});
