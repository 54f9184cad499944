// Data to render: on a fresh tab, how long after the data's response a <cst-kpi-tile src> shows it
// (from the JSON's responseEnd to the end of the update that draws it), with the data answered
// 150 ms late as a real server would. What an element does while it waits (e.g. set up Intl, ~15 ms
// once per tab in Chromium) should not show here. BEFORE_DIST=<a widgets dist folder> measures
// another build's CDN file in the same run, interleaved. Needs `pnpm build`.
// Usage: [RUNS=15] [BEFORE_DIST=/path/to/dist] node bench/data-to-render.bench.mjs
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFeed } from '../packages/feed/src/index.js';
import { launchChromium } from './kit/chromium.mjs';
import { median } from './kit/interleave.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.RUNS ?? 15);
const builds = { now: join(root, 'packages/widgets/dist') };
if (process.env.BEFORE_DIST) builds.before = process.env.BEFORE_DIST;

const page = `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>data to render</title>
<script type="module">
const el = document.createElement('cst-kpi-tile');
el.setAttribute('src', '/data/focus-2016.json');
el.setAttribute('dataset', 'active-credentials');
el.addEventListener('cst-data', () =>
  el.updateComplete.then(() => {
    const data = performance.getEntriesByType('resource').find((e) => e.name.includes('/data/focus-2016.json'));
    window.result = performance.now() - data.responseEnd;
  }),
);
await import('/' + new URLSearchParams(location.search).get('build') + '/cst-widgets.js');
document.body.append(el);
</script></head><body></body></html>`;
const pageDir = mkdtempSync(join(tmpdir(), 'cst-data-to-render-'));
writeFileSync(join(pageDir, 'index.html'), page);

const feed = await startFeed({
  port: 0,
  dataDir: join(root, 'packages/schema/fixtures'),
  staticDirs: [`/page=${pageDir}`, ...Object.entries(builds).map(([name, dir]) => `/${name}=${dir}`)],
  simulate: false,
  contentSecurityPolicy: '',
  log: { info() {}, warn() {} },
  middleware: async (request) => {
    if (request.url?.startsWith('/data/')) await new Promise((resolve) => setTimeout(resolve, 150));
    return false;
  },
});
const browser = await launchChromium();
const samples = Object.fromEntries(Object.keys(builds).map((name) => [name, []]));
try {
  for (let run = 0; run < RUNS; run++) {
    const order = Object.keys(builds);
    if (run % 2) order.reverse();
    for (const build of order) {
      const context = await browser.createBrowserContext();
      const tab = await context.newPage();
      await tab.goto(`${feed.url}/page/?build=${build}`);
      const result = await tab.waitForFunction(() => window.result, { timeout: 15_000 });
      samples[build].push(await result.jsonValue());
      await context.close();
    }
  }
} finally {
  await browser.close();
  await feed.close();
  rmSync(pageDir, { recursive: true, force: true });
}
for (const [build, values] of Object.entries(samples))
  console.log(
    `${build}: ${median(values).toFixed(1)} ms from the data's response to its render (median of ${RUNS})`,
  );
