// Benchmark: what marking a live change costs the page's main thread while the mark lasts.
// The seed matrix (28×8) is mounted, then a live update changes ~45 of its cells; from the update
// until 4,5 s later (a whole mark, of up to 4 s) the page's main thread is read over CDP: CPU time, style
// recalculations, layouts. Usage: node bench/change-marks.bench.mjs [--runs 9]
//   BASELINE=<rev>   also measures the matrix's files as they were at a git revision, interleaved.
// Prints medians of interleaved runs, a fresh page each.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundle } from './deployment-matrix.bench.mjs';
import { launchChromium } from './kit/chromium.mjs';
import { median, rotated } from './kit/interleave.mjs';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 9;
const WINDOW_MS = 4500;

const METRICS = {
  ThreadTime: 'cpu',
  RecalcStyleCount: 'styles',
  RecalcStyleDuration: 'style',
  LayoutCount: 'layouts',
};

async function measure(browser, url) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1024, height: 800 });
    await page.goto(url);
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const read = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return Object.fromEntries(
        metrics.filter((m) => m.name in METRICS).map((m) => [METRICS[m.name], m.value]),
      );
    };
    await page.evaluate(async () => {
      await window.bench.mount(window.bench.dataset('small', 0));
      await new Promise((r) => setTimeout(r, 300));
    });
    const before = await read();
    await page.evaluate(async (ms) => {
      await window.bench.replace(window.bench.dataset('small', 1));
      await new Promise((r) => setTimeout(r, ms));
    }, WINDOW_MS);
    const after = await read();
    const marked = await page.evaluate(
      () => document.querySelector('cst-deployment-matrix').shadowRoot.querySelectorAll('.changed').length,
    );
    return {
      cpu: (after.cpu - before.cpu) * 1000,
      style: (after.style - before.style) * 1000,
      styles: after.styles - before.styles,
      layouts: after.layouts - before.layouts,
      marked,
    };
  } finally {
    await page.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'cst-bench-marks-'));
try {
  const urls = await bundle(dir, { libs: 'cst-deployment-matrix' });
  const browser = await launchChromium();
  const names = Object.keys(urls);
  const samples = {};
  for (let run = 0; run < RUNS; run++) {
    for (const name of rotated(names, run)) (samples[name] ??= []).push(await measure(browser, urls[name]));
    process.stderr.write(`run ${run + 1}/${RUNS} done\n`);
  }
  await browser.close();
  console.log(
    `\nA live update of the 28×8 matrix changing ~45 cells, and the ${WINDOW_MS / 1000} s after it: main-thread CPU ms, ` +
      `style recalculations (and their ms), layouts; medians of ${RUNS} interleaved runs, a fresh page each.\n`,
  );
  console.log(
    'library'.padEnd(30),
    'marked'.padStart(7),
    'CPU ms'.padStart(8),
    'styles'.padStart(7),
    'style ms'.padStart(9),
    'layouts'.padStart(8),
  );
  for (const name of names) {
    const m = (key) => median(samples[name].map((s) => s[key]));
    console.log(
      name.padEnd(30),
      String(m('marked')).padStart(7),
      m('cpu').toFixed(1).padStart(8),
      String(m('styles')).padStart(7),
      m('style').toFixed(1).padStart(9),
      String(m('layouts')).padStart(8),
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
