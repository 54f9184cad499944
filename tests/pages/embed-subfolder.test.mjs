// The iframe embed hosted under a folder of a portal (/portale/cst/), not at the site's root:
// embed/ beside cst-widgets.js and the data, all under that folder. Every frame must show its
// figures, and no request may leave the folder (a root-relative /cst-widgets.js left it blank).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser } from '../support/browser.mjs';
import { serveStatic } from '../support/static-server.mjs';

const root = new URL('../../', import.meta.url).pathname;
const FOLDER = '/portale/cst/';

let server;
let browser;
let page;
const errors = [];

before(async () => {
  server = await serveStatic({
    [`${FOLDER}embed/`]: `${root}examples/embed`,
    [`${FOLDER}data/`]: `${root}packages/schema/fixtures`,
    [FOLDER]: `${root}packages/widgets/dist`,
  });
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}${FOLDER}embed/`, { waitUntil: 'load' });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('the iframe embed under a subfolder', () => {
  it('shows the SLA table and the KPI tile from the bundle and data in that folder', async () => {
    const texts = {};
    for (const [id, tag] of [
      ['sla', 'cst-sla-table'],
      ['kpi', 'cst-kpi-tile'],
    ]) {
      const frame = await (await page.$(`#${id}`)).contentFrame();
      await frame.waitForFunction(
        (tag) => document.querySelector(tag)?.status === 'ready',
        { timeout: 15_000 },
        tag,
      );
      texts[id] = await frame.$eval(tag, (el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
    }
    assert.match(texts.sla, /11 SLA su 11 rispettati/);
    assert.match(texts.kpi, /55\.211/);
  });

  it('asks for nothing outside the folder, and logs no error', () => {
    const outside = server.requests.filter((path) => !path.startsWith(FOLDER));
    assert.deepEqual(outside, []);
    assert.ok(server.requests.includes(`${FOLDER}cst-widgets.js`), server.requests.join(' '));
    assert.deepEqual(errors, []);
  });
});
