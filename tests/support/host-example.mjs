// The checks every framework host example passes (examples/react, examples/vue): the app is built
// with its own Vite config, served, and driven in Chromium. Each shows a KPI tile (#kpi) and an SLA
// table (#sla) given `data` as a property, logs cst-data / cst-error in #log, and has buttons that
// replace, break and restore the data.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { build } from 'vite';
import { launchBrowser } from './browser.mjs';
import { serveStatic } from './static-server.mjs';

/**
 * @param {string} title the describe block's name ("the Vue 3 example")
 * @param {string} appRoot the example's folder
 * @param {string} state what holds the app's data, for the test names ("React state")
 */
export function hostExampleSuite(title, appRoot, state) {
  let server;
  let browser;
  let page;
  const errors = [];

  /** Text in an element's shadow root, spaces normalised. */
  const shadowText = (selector) =>
    page.$eval(selector, (el) =>
      (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').replace(/\u00a0|\u202f/g, ' '),
    );
  const logLines = () => page.$$eval('#log li', (items) => items.map((li) => li.textContent));
  // Trimmed: a template may keep the spaces around a button's interpolated label.
  const clickButton = (name) =>
    page.$$eval(
      'button',
      (buttons, name) => buttons.find((b) => b.textContent.trim() === name).click(),
      name,
    );

  before(async () => {
    await build({ root: appRoot, configFile: `${appRoot}vite.config.ts`, logLevel: 'warn' });
    server = await serveStatic(`${appRoot}dist`);
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('#sla')?.status === 'ready', { timeout: 15_000 });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  describe(title, () => {
    it('passes data as a property: the tile and the table show the fixture', async () => {
      assert.equal(await page.$eval('#kpi', (el) => el.status), 'ready');
      assert.equal(await page.$eval('#kpi', (el) => el.getAttribute('data')), null, 'not an attribute');
      assert.equal(await page.$eval('#sla', (el) => el.getAttribute('data')), null, 'not an attribute');
      assert.equal(await page.$eval('#sla', (el) => el.datasetId), 'sla');
      assert.match(await shadowText('#kpi'), /55\.211/);
      assert.match(await shadowText('#sla'), /11 SLA su 11 rispettati/);
    });

    it('hears cst-data from each element, with the route it came by', async () => {
      await page.waitForFunction(() => document.querySelectorAll('#log li').length >= 2);
      const lines = await logLines();
      assert.ok(lines.includes('cst-data kpi kpi property'), lines.join(' | '));
      assert.ok(lines.includes('cst-data sla sla property'), lines.join(' | '));
    });

    it(`a new object from ${state} re-renders the element and fires cst-data again`, async () => {
      const before = (await logLines()).filter((l) => l.startsWith('cst-data kpi')).length;
      await clickButton('Aggiungi 1.000 credenziali');
      await page.waitForFunction(() => /56\.211/.test(document.querySelector('#kpi').shadowRoot.textContent));
      const after = (await logLines()).filter((l) => l.startsWith('cst-data kpi')).length;
      assert.equal(after, before + 1);
    });

    it('invalid data fires cst-error and keeps the last good table (stale); valid data makes it ready', async () => {
      await clickButton('Rompi i dati');
      await page.waitForFunction(() => document.querySelector('#sla').status === 'stale');
      assert.ok(
        (await logLines()).includes('cst-error sla invalid-document'),
        (await logLines()).join(' | '),
      );
      assert.match(await shadowText('#sla'), /SLA\.11/);
      await clickButton('Ripristina i dati');
      await page.waitForFunction(() => document.querySelector('#sla').status === 'ready');
      assert.match(await shadowText('#sla'), /SLA\.11/);
      assert.deepEqual(errors, []);
    });
  });
}
