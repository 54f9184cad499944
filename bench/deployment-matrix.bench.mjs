// Benchmark: <cst-deployment-matrix> against ECharts, Highcharts, Observable Plot and Vega-Lite heatmaps,
// in one Chromium run. Usage: node bench/deployment-matrix.bench.mjs [--runs 5]
// Writes bench-results/deployment-matrix.json and prints medians of interleaved runs.
// bench/run.mjs imports `bundle` and `measure` (running this file directly runs `main`).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { chromeArgs, chromePath } from '../scripts/chrome.mjs';
import { pages } from './deployment-matrix.pages.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const SIZES = ['small', 'large'];
const LABEL = { small: '28×8', large: '7.900×12' };

/** Bundles each page into one classic script (file:// pages cannot load modules), in a temp folder. */
export async function bundle(dir) {
  const files = {};
  for (const [name, source] of Object.entries(pages)) {
    const entry = join(here, `.entry-${name}.mjs`);
    writeFileSync(entry, source);
    try {
      await build({
        configFile: false,
        logLevel: 'error',
        root: here,
        resolve: { conditions: ['source', 'module', 'browser', 'production'] },
        define: { 'process.env.NODE_ENV': '"production"' },
        build: {
          outDir: join(dir, name),
          emptyOutDir: true,
          minify: true,
          lib: { entry, name: 'page', formats: ['iife'], fileName: () => 'page.js' },
        },
      });
    } finally {
      rmSync(entry, { force: true });
    }
    const html = join(dir, name, 'index.html');
    writeFileSync(
      html,
      `<!doctype html><html lang="it"><meta charset="utf-8"><body style="margin:0;width:1024px"><div id="box"></div><script src="page.js"></script></body></html>`,
    );
    files[name] = pathToFileURL(html).href;
  }
  return files;
}

/** One fresh page: first render, DOM nodes, a full data replacement (and scroll steps for the element). */
export async function measure(browser, url, size) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 800 });
  await page.goto(url);
  const result = await page.evaluate(async (size) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const data = window.bench.dataset(size, 0);
    const next = window.bench.dataset(size, 1);
    await frame();
    const t0 = performance.now();
    await window.bench.mount(data);
    const firstScript = performance.now() - t0;
    document.body.getBoundingClientRect(); // include style and layout
    const first = performance.now() - t0;
    await frame();
    const nodes = window.bench.nodes();
    const t1 = performance.now();
    await window.bench.replace(next);
    document.body.getBoundingClientRect();
    const replace = performance.now() - t1;
    // A second instance on the same page: the steady cost, without one-time costs (first Intl.DateTimeFormat,
    // style sheet parsing, template preparation, font fallback) that a page pays once for all its charts.
    await frame();
    const t2 = performance.now();
    await window.bench.mount(data);
    document.body.getBoundingClientRect();
    const warm = performance.now() - t2;
    let scroll;
    if (window.bench.scrollStep && size === 'large') {
      await frame();
      const steps = [];
      for (let i = 0; i < 40; i++) steps.push(await window.bench.scrollStep(i % 10 === 9 ? 20000 : 350));
      steps.sort((a, b) => a - b);
      scroll = { median: steps[20], max: steps.at(-1) };
    }
    return { first, firstScript, warm, replace, nodes, scroll };
  }, size);
  await page.close();
  return result;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'cst-bench-'));
  try {
    const urls = await bundle(dir);
    const browser = await puppeteer.launch({
      executablePath: chromePath(),
      headless: true,
      args: chromeArgs,
    });
    const names = Object.keys(urls);
    const samples = {};
    for (let run = 0; run < RUNS; run++) {
      // Interleaved: every library and size once per run, starting from a different library each time.
      const order = names.map((_, i) => names[(i + run) % names.length]);
      for (const size of SIZES) {
        for (const name of order) {
          const r = await measure(browser, urls[name], size);
          ((samples[name] ??= {})[size] ??= []).push(r);
        }
      }
      process.stderr.write(`run ${run + 1}/${RUNS} done\n`);
    }
    const chromium = await browser.version();
    await browser.close();

    const results = {};
    for (const name of names) {
      results[name] = {};
      for (const size of SIZES) {
        const s = samples[name][size];
        results[name][size] = {
          firstRenderMs: median(s.map((x) => x.first)),
          firstRenderScriptMs: median(s.map((x) => x.firstScript)),
          secondInstanceMs: median(s.map((x) => x.warm)),
          replaceMs: median(s.map((x) => x.replace)),
          domNodes: median(s.map((x) => x.nodes)),
          ...(s[0].scroll
            ? {
                scrollStepMedianMs: median(s.map((x) => x.scroll.median)),
                scrollStepMaxMs: median(s.map((x) => x.scroll.max)),
              }
            : {}),
        };
      }
    }
    const fmt = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
    const rows = [
      [
        'library',
        'size',
        'first render ms',
        '(of it script)',
        '2nd instance ms',
        'replace ms',
        'DOM nodes',
        'scroll step ms (median / max)',
      ],
    ];
    for (const name of names)
      for (const size of SIZES) {
        const r = results[name][size];
        rows.push([
          name,
          LABEL[size],
          fmt(r.firstRenderMs),
          fmt(r.firstRenderScriptMs),
          fmt(r.secondInstanceMs),
          fmt(r.replaceMs),
          String(r.domNodes),
          r.scrollStepMedianMs === undefined
            ? ''
            : `${fmt(r.scrollStepMedianMs)} / ${fmt(r.scrollStepMaxMs)}`,
        ]);
      }
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
    const out = join(root, 'bench-results');
    mkdirSync(out, { recursive: true });
    writeFileSync(
      join(out, 'deployment-matrix.json'),
      `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, chromium, results, samples }, null, 2)}\n`,
    );
    console.log(`\nmedians of ${RUNS} interleaved runs; written to bench-results/deployment-matrix.json`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
