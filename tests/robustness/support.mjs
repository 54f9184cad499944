// Shared set-up for the robustness tests: the built bundle (packages/widgets/dist/cst-widgets.js)
// and the fixtures served on loopback, a blank page, the element list with a fitting seed dataset.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../support/static-server.mjs';

export const root = new URL('../../', import.meta.url).pathname;
export const BUNDLE = `${root}packages/widgets/dist/cst-widgets.js`;
export const focus = JSON.parse(readFileSync(`${root}packages/schema/fixtures/focus-2016.json`, 'utf8'));

/** Every element with the seed dataset it renders. */
export const ELEMENTS = {
  'cst-kpi-tile': 'active-credentials',
  'cst-sla-table': 'sla',
  'cst-trend-line': 'credentials-by-year',
  'cst-deployment-matrix': 'deployment',
  'cst-data-table': 'payments-by-entity',
  'cst-bar-chart': 'top-payment-services',
  'cst-share': 'device-share',
};

const BLANK = `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>robustness</title><link rel="icon" href="data:,">
<script type="module" src="/cst-widgets.js"></script></head>
<body><header id="outside"><h1>Pagina ospite</h1><p>Testo fuori dagli elementi.</p></header>
<div id="arena" style="width:800px"></div><footer>fine</footer></body></html>`;

/**
 * Serves the bundle at /cst-widgets.js, the fixtures at /data/, `files` (name → text) at /files/,
 * and a blank host page at /. Resolves to the static server ({ url, close, requests }).
 */
export async function serveArena(files = {}, extraMounts = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'cst-robustness-'));
  writeFileSync(join(dir, 'index.html'), BLANK);
  const filesDir = join(dir, 'files');
  if (Object.keys(files).length) {
    (await import('node:fs')).mkdirSync(filesDir);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(filesDir, name), text);
  }
  return serveStatic({
    '/': dir,
    '/files/': filesDir,
    '/cst-widgets.js': BUNDLE,
    '/data/': `${root}packages/schema/fixtures`,
    ...extraMounts,
  });
}

/** Opens the arena page and waits for the bundle to define the elements. */
export async function openArena(browser, url) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 800 });
  const errors = [];
  const warnings = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warn' || m.type() === 'warning') warnings.push(m.text());
  });
  await page.goto(url, { waitUntil: 'load' });
  const defined = () => customElements.get('cst-share') !== undefined;
  try {
    await page.waitForFunction(defined, { timeout: 15_000 });
  } catch {
    // A busy machine, or the bundle caught mid-rebuild: one more try before failing.
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(defined, { timeout: 30_000 });
    errors.length = 0;
  }
  return { page, errors, warnings };
}

/** Forces a full garbage collection and answers the used JS heap in bytes. */
export async function heapAfterGc(page) {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('HeapProfiler.enable');
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  } finally {
    await cdp.detach();
  }
}

/** Listeners registered on window and document, by CDP (DOMDebugger.getEventListeners). */
export async function globalListeners(page) {
  const cdp = await page.createCDPSession();
  try {
    const count = async (expression) => {
      const { result } = await cdp.send('Runtime.evaluate', { expression });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
      return listeners.map((l) => l.type);
    };
    return { window: await count('window'), document: await count('document') };
  } finally {
    await cdp.detach();
  }
}
