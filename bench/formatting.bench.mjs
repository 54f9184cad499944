// Benchmark: what the library's own number and date formatting (core/fast-number.ts, fast-date.ts)
// saves on a first render, against plain Intl formatters (cached). One page renders the Focus 2016
// report's seven elements (the datasets the example page shows) in a fresh tab; the same page is
// built twice, once as shipped and once with the fast paths stubbed out, so that every number and
// date goes through Intl. Usage: node bench/formatting.bench.mjs [--runs 9]
// THROTTLE=4 slows the CPU four times (CDP), roughly a mid-range phone.
// Prints medians of interleaved runs: wall time until laid out, and the main thread's CPU time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundlePage } from './kit/bundle.mjs';
import { cpuTimedEvaluate, launchChromium } from './kit/chromium.mjs';
import { median, rotated } from './kit/interleave.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 9;
const THROTTLE = Number(process.env.THROTTLE ?? 1);

const source = `
import focus from '../packages/schema/fixtures/focus-2016.json';
import '../packages/widgets/src/cst-widgets.ts';
const ELEMENTS = [
  ['cst-kpi-tile', 'active-credentials'],
  ['cst-kpi-tile', 'payments-since-2009'],
  ['cst-sla-table', 'sla'],
  ['cst-trend-line', 'credentials-by-year'],
  ['cst-deployment-matrix', 'deployment'],
  ['cst-data-table', 'payments-by-entity'],
  ['cst-bar-chart', 'usage-by-category'],
  ['cst-share', 'device-share'],
];
window.bench = {
  async mount() {
    const box = document.getElementById('box');
    const t0 = performance.now();
    const elements = ELEMENTS.map(([tag, id]) => {
      const el = document.createElement(tag);
      el.data = focus;
      el.datasetId = id;
      box.append(el);
      return el;
    });
    await Promise.all(elements.map((el) => el.updateComplete));
    document.body.getBoundingClientRect();
    return { wall: performance.now() - t0, states: elements.map((el) => el.status) };
  },
};`;

/** Replaces the fast paths with ones that never answer: every format then goes to Intl. */
const plainIntl = {
  name: 'plain-intl',
  enforce: 'pre',
  load(id) {
    if (id.endsWith('/core/fast-number.ts'))
      return 'export const shipped = () => undefined; export const fastNumber = () => undefined;';
    if (id.endsWith('/core/fast-date.ts')) return 'export const fastDate = () => undefined;';
    return null;
  },
};

const dir = mkdtempSync(join(tmpdir(), 'cst-bench-formatting-'));
try {
  const urls = {};
  for (const [name, plugins] of [
    ['fast paths (as shipped)', []],
    ['plain Intl', [plainIntl]],
  ]) {
    const page = await bundlePage({
      source,
      entry: join(here, `.entry-formatting-${plugins.length}.mjs`),
      outDir: join(dir, String(plugins.length)),
      root: here,
      plugins,
      conditions: ['source', 'module', 'browser', 'production'],
      globalName: 'page',
      script: 'page.js',
      html: (script) =>
        `<!doctype html><html lang="it"><meta charset="utf-8"><body style="margin:0;width:1024px"><div id="box"></div><script src="${script}"></script></body></html>`,
    });
    urls[name] = page.url;
  }
  const browser = await launchChromium();
  const samples = {};
  for (let run = 0; run < RUNS; run++) {
    for (const name of rotated(Object.keys(urls), run)) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1024, height: 800 });
      await page.goto(urls[name]);
      if (THROTTLE > 1) {
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
      }
      const evaluate = await cpuTimedEvaluate(page);
      const { result, cpu } = await evaluate(() => window.bench.mount());
      if (result.states.some((state) => state !== 'ready')) throw new Error(`${name}: ${result.states}`);
      (samples[name] ??= []).push({ wall: result.wall, cpu });
      await page.close();
    }
    process.stderr.write(`run ${run + 1}/${RUNS} done\n`);
  }
  await browser.close();
  console.log(
    `\nThe Focus page's eight elements, first render in a fresh tab${THROTTLE > 1 ? `, CPU slowed ${THROTTLE}×` : ''}: medians of ${RUNS} interleaved runs, ms.\n`,
  );
  console.log('formatting'.padEnd(26), 'wall'.padStart(7), 'CPU'.padStart(7));
  for (const [name, values] of Object.entries(samples)) {
    const m = (key) => median(values.map((v) => v[key])).toFixed(1);
    console.log(name.padEnd(26), m('wall').padStart(7), m('cpu').padStart(7));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
