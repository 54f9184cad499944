// The iframe embed: a host page with embed-host.js and three iframes of examples/embed/embed.html,
// served by the reference feed. Checks what the reader sees inside each frame, that each frame is
// sized to its content, and that an unknown element name creates nothing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startFeed } from '../../packages/feed/src/index.js';
import { launchBrowser } from '../support/browser.mjs';

const root = new URL('../../', import.meta.url).pathname;

let feed;
let browser;
let page;
const errors = [];

const frame = (id) => page.$(`#${id}`).then((handle) => handle.contentFrame());

before(async () => {
  feed = await startFeed({
    port: 0,
    dataDir: `${root}packages/schema/fixtures`,
    staticDirs: [`${root}examples`, `${root}packages/widgets/dist`],
    simulate: false,
    log: { info() {}, warn() {} },
  });
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.setViewport({ width: 1024, height: 800 });
  await page.goto(`${feed.url}/embed/`, { waitUntil: 'load' });
  for (const id of ['sla', 'kpi']) {
    const f = await frame(id);
    await f.waitForFunction(() => document.querySelector('main > *')?.status === 'ready', {
      timeout: 15_000,
    });
  }
});

after(async () => {
  await browser?.close();
  await feed?.close();
});

describe('the iframe embed', () => {
  it('shows the element named in the address, reading src and dataset', async () => {
    const sla = await frame('sla');
    const text = await sla.$eval('cst-sla-table', (el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
    assert.match(text, /11 SLA su 11 rispettati/);
    const kpi = await frame('kpi');
    assert.match(await kpi.$eval('cst-kpi-tile', (el) => el.shadowRoot.textContent), /55\.211/);
  });

  it('sizes each iframe to its content (no inner scrollbar, no empty space)', async () => {
    for (const id of ['sla', 'kpi']) {
      const f = await frame(id);
      await page.waitForFunction(
        async (id) => {
          const iframe = document.getElementById(id);
          const content = iframe.contentDocument.documentElement.getBoundingClientRect().height;
          return content > 0 && Math.abs(iframe.getBoundingClientRect().height - Math.ceil(content)) <= 1;
        },
        { timeout: 10_000 },
        id,
      );
      const [outer, inner] = await Promise.all([
        page.$eval(`#${id}`, (el) => el.getBoundingClientRect().height),
        f.evaluate(() => document.documentElement.scrollHeight),
      ]);
      assert.ok(outer !== 150, `${id} was resized from its initial 150px`);
      assert.ok(Math.abs(outer - inner) <= 1, `${id}: iframe ${outer}px, content ${inner}px`);
    }
    const sla = await page.$eval('#sla', (el) => el.getBoundingClientRect().height);
    assert.ok(sla > 400, `the SLA table needs more than 400px, got ${sla}`);
  });

  it('refuses an unknown element name and creates no element from it', async () => {
    const bad = await frame('bad');
    await bad.waitForSelector('[role="alert"]');
    assert.match(await bad.$eval('[role="alert"]', (el) => el.textContent), /Elemento non supportato/);
    assert.equal(
      await bad.$$eval('main script, main *', (els) => els.filter((e) => e.localName !== 'p').length),
      0,
    );
  });

  it('runs under its strict CSP with no console error', async () => {
    assert.deepEqual(errors, []);
  });
});
