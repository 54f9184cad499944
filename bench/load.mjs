// Load: 50 elements on one page, fed by the reference feed's Server-Sent Events 10 times a second
// (the feed's simulator changing the Focus 2016 report every 100 ms with load-traffic.mjs: SLA
// uptimes, hardware uptime, tickets, deployment cells), for a bounded time. Records long tasks
// (PerformanceObserver 'longtask'), the JS heap after a forced GC at the start and at the end, and how many updates
// the elements rendered. `pnpm bench:load` runs 30 s and prints the figures (and writes
// bench-results/load.json); tests/robustness/load.test.mjs runs the same for 5 s.
// Needs the build (packages/widgets/dist, packages/schema/dist): `pnpm build`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evolveReport } from './load-traffic.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const KINDS = [
  ['cst-sla-table', 'sla'],
  ['cst-kpi-tile', 'hardware-uptime'],
  ['cst-data-table', 'tickets'],
  ['cst-deployment-matrix', 'deployment'],
  ['cst-trend-line', 'credentials-by-year'],
  ['cst-bar-chart', 'top-payment-services'],
  ['cst-share', 'device-share'],
];

function pageHtml(count) {
  const elements = Array.from({ length: count }, (_, i) => {
    const [tag, id] = KINDS[i % KINDS.length];
    return `<${tag} src="/data/focus-2016.json" stream="/stream/focus-2016" dataset="${id}"></${tag}>`;
  }).join('\n');
  return `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>load</title>
<link rel="icon" href="data:,"><script type="module" src="/cst-widgets.js"></script>
<style>main{display:grid;grid-template-columns:repeat(2,1fr);gap:8px;width:1200px}</style></head>
<body><main>${elements}</main></body></html>`;
}

async function heapAfterGc(page) {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('HeapProfiler.enable');
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  } finally {
    await cdp.detach();
  }
}

/**
 * Runs the load and answers { seconds, elements, updatesPerSecond, longTasks, longestTaskMs,
 * tasksOver50, heapStart, heapEnd, heapDelta, rendered, states }. `browser`: a puppeteer browser.
 */
export async function runLoad(browser, { seconds = 30, elements = 50, everyMs = 100, log = () => {} } = {}) {
  const { startFeed } = await import('../packages/feed/src/index.js');
  const dir = mkdtempSync(join(tmpdir(), 'cst-load-'));
  writeFileSync(join(dir, 'index.html'), pageHtml(elements));
  const feed = await startFeed({
    port: 0,
    dataDir: join(root, 'packages/schema/fixtures'),
    staticDirs: [dir, join(root, 'packages/widgets/dist')],
    simulate: { name: 'focus-2016', everyMs, step: evolveReport },
    log: () => {},
  });
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1280, height: 900 });
    await page.evaluateOnNewDocument(() => {
      window.__long = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__long.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
      window.__rendered = 0;
      document.addEventListener('cst-data', () => window.__rendered++);
    });
    await page.goto(`${feed.url}/`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => {
        const all = [...document.querySelectorAll('main > *')];
        return all.length && all.every((el) => el.status === 'ready');
      },
      { timeout: 30_000 },
    );
    // Settle, then measure from here: the first render's tasks are not part of the load.
    await new Promise((r) => setTimeout(r, 500));
    const heapStart = await heapAfterGc(page);
    await page.evaluate(() => {
      window.__long = [];
      window.__rendered = 0;
    });
    log(`load: ${elements} elements, an update every ${everyMs} ms for ${seconds} s…`);
    await new Promise((r) => setTimeout(r, seconds * 1000));
    const { long, rendered, states } = await page.evaluate(() => ({
      long: window.__long,
      rendered: window.__rendered,
      states: [...document.querySelectorAll('main > *')].map((el) => el.status),
    }));
    const heapEnd = await heapAfterGc(page);
    return {
      seconds,
      elements,
      updatesPerSecond: 1000 / everyMs,
      rendered,
      longTasks: long.length,
      longestTaskMs: long.length ? Math.max(...long) : 0,
      tasksOver50: long.filter((d) => d > 50).length,
      heapStart,
      heapEnd,
      heapDelta: heapEnd - heapStart,
      states: Object.fromEntries([...new Set(states)].map((s) => [s, states.filter((x) => x === s).length])),
    };
  } finally {
    await page.close().catch(() => {});
    await feed.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatLoad(r) {
  return [
    `${r.elements} elements, ${r.updatesPerSecond} SSE updates/s for ${r.seconds} s: ${r.rendered} element updates rendered`,
    `long tasks: ${r.longTasks} (over 50 ms: ${r.tasksOver50}), longest ${r.longestTaskMs.toFixed(0)} ms`,
    `heap after GC: ${(r.heapStart / 1e6).toFixed(2)} MB → ${(r.heapEnd / 1e6).toFixed(2)} MB (${r.heapDelta >= 0 ? '+' : ''}${(r.heapDelta / 1024).toFixed(0)} KB)`,
    `final states: ${JSON.stringify(r.states)}`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { launchBrowser } = await import('../tests/support/browser.mjs');
  const seconds = Number(process.argv.find((a) => a.startsWith('--seconds='))?.slice(10) ?? 30);
  const browser = await launchBrowser();
  try {
    const result = await runLoad(browser, { seconds, log: console.error });
    console.log(formatLoad(result));
    mkdirSync(join(root, 'bench-results'), { recursive: true });
    writeFileSync(
      join(root, 'bench-results/load.json'),
      JSON.stringify({ date: new Date().toISOString(), ...result }, null, 2),
    );
    console.log('Written to bench-results/load.json');
  } finally {
    await browser.close();
  }
}
