// Benchmark: <cst-deployment-matrix> against ECharts, Highcharts, Observable Plot and Vega-Lite heatmaps,
// in one Chromium run. Usage: node bench/deployment-matrix.bench.mjs [--runs 5]
//   WARM_INTL=1      builds one Intl.NumberFormat and Intl.DateTimeFormat ('it-IT') in every page before
//                    timing (untimed): the page's first Intl object costs 5–40 ms, paid once per page.
//   WARM_FONTS=1     lays out, untimed, text in the faces the pages use (the page font regular and bold, with
//                    the "✓" of the labels, and Plot's 10px system-ui) before timing: the first use of a face
//                    and of a fallback font for "✓" cost a few ms, which a portal page has paid for its own text.
//   BASELINE=<rev>   also measures the element's files as they were at a git revision (e.g. HEAD), interleaved.
//   LIBS=a,b         only these pages.
//   COMPILE_HINT=cst|all  V8's compile hint for the cst element only (as shipped) or for every library (see kit/bundle.mjs).
// Writes bench-results/deployment-matrix.json and prints medians of interleaved runs: wall time measured
// in the page (until laid out), and the CPU time of the page's main thread over the same calls, until the
// next frame is painted (robust to a busy machine, which stretches wall time).
// bench/run.mjs imports `bundle` and `measure` (running this file directly runs `main`).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baselinePage, pages } from './deployment-matrix.pages.mjs';
import { baselinePlugin } from './kit/baseline.mjs';
import { bundlePage } from './kit/bundle.mjs';
import { cpuTimedEvaluate, launchChromium, scriptOnly, since } from './kit/chromium.mjs';
import { median, rotated } from './kit/interleave.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const SIZES = ['small', 'large'];
const LABEL = { small: '28×8', large: '7.900×12' };
const WARM_INTL = process.env.WARM_INTL === '1';
const WARM_FONTS = process.env.WARM_FONTS === '1';
/** The files a baseline takes from another revision: the element and its schema (see BASELINE). */
const OWN = [
  'packages/widgets/src/deployment-matrix',
  'packages/schema/src/matrix.ts',
  'packages/schema/src/checks/matrix.ts',
];

/** Bundles each page into one classic script (file:// pages cannot load modules), in a temp folder. */
export async function bundle(dir, { rev = process.env.BASELINE, libs = process.env.LIBS } = {}) {
  const files = {};
  const all = { ...pages };
  const plugins = {};
  if (rev) {
    const copy = join(dir, '.baseline');
    const plugin = baselinePlugin(rev, OWN, copy);
    all[`cst-deployment-matrix@${rev}`] = baselinePage(
      join(copy, 'packages/widgets/src/deployment-matrix/deployment-matrix.ts'),
    );
    plugins[`cst-deployment-matrix@${rev}`] = [plugin];
  }
  const only = libs?.split(',');
  for (const [name, source] of Object.entries(all)) {
    if (only && !only.some((l) => name === l || name.startsWith(`${l}@`))) continue;
    const page = await bundlePage({
      name,
      source,
      entry: join(here, `.entry-${name.replace(/[^\w.-]/g, '_')}.mjs`),
      outDir: join(dir, name),
      root: here,
      plugins: plugins[name] ?? [],
      conditions: ['source', 'module', 'browser', 'production'],
      globalName: 'page',
      script: 'page.js',
      html: (script) =>
        `<!doctype html><html lang="it"><meta charset="utf-8"><body style="margin:0;width:1024px"><div id="box"></div><script src="${script}"></script></body></html>`,
    });
    files[name] = page.url;
  }
  return files;
}

/** In the page, untimed: both datasets built, Intl warmed up when asked, then a frame and a task. */
async function prepare(size, warmIntl, warmFonts) {
  if (warmFonts) {
    for (const font of ['16px serif', '600 16px serif', '10px system-ui, sans-serif']) {
      const line = document.createElement('div');
      line.style.font = font;
      line.textContent = '✓ online Non interessa';
      document.body.append(line);
      document.body.getBoundingClientRect();
      line.remove();
    }
  }
  if (warmIntl) {
    new Intl.NumberFormat('it-IT').format(1234.5);
    new Intl.DateTimeFormat('it-IT').format(new Date(0));
  }
  window.sample = { data: window.bench.dataset(size, 0), next: window.bench.dataset(size, 1) };
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
}

/** In the page: one timed step. Wall: until laid out (style and layout of what was drawn included). */
async function timed(step) {
  const { data, next } = window.sample;
  const t0 = performance.now();
  if (step === 'replace') await window.bench.replace(next);
  else await window.bench.mount(data);
  const script = performance.now() - t0;
  document.body.getBoundingClientRect();
  return { wall: performance.now() - t0, script };
}

/** In the page: scroll steps of the virtualised grid (wall time per step, in the page). */
async function scrolling() {
  await new Promise((r) => requestAnimationFrame(() => r()));
  const steps = [];
  for (let i = 0; i < 40; i++) steps.push(await window.bench.scrollStep(i % 10 === 9 ? 20000 : 350));
  steps.sort((a, b) => a - b);
  return { median: steps[20], max: steps.at(-1), count: steps.length };
}

const settle = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/**
 * One fresh page: first render, DOM nodes, a full data replacement, a second instance (and scroll
 * steps for the element). Each step is timed in the page (wall) and by the CPU time of the page's
 * main thread over the same call (CDP thread ticks): on a shared machine the wall time also counts
 * time the thread waited for a core; the CPU time does not.
 */
export async function measure(browser, url, size, { warmIntl = WARM_INTL, warmFonts = WARM_FONTS } = {}) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1024, height: 800 });
    await page.goto(url);
    const evaluate = await cpuTimedEvaluate(page);
    // CPU from the call until the next frame is painted, read in sequence so that nothing between
    // the two calls is missed; the script share is taken from the call alone (until laid out).
    const step = async (fn, arg) => {
      const r0 = await evaluate.read();
      const result = await page.evaluate(fn, arg);
      const r1 = await evaluate.read();
      await page.evaluate(settle);
      const r2 = await evaluate.read();
      return { ...result, cpu: since(r0, r2).cpu, scriptCpu: scriptOnly(since(r0, r1)) };
    };
    await page.evaluate(prepare, size, warmIntl, warmFonts);
    const first = await step(timed, 'mount');
    await page.evaluate(settle);
    const nodes = await page.evaluate(() => window.bench.nodes());
    const replace = await step(timed, 'replace');
    await page.evaluate(settle);
    // A second instance on the same page: the steady cost, without one-time costs (first Intl object,
    // style sheet parsing, template preparation, font fallback) that a page pays once for all its charts.
    const warm = await step(timed, 'mount');
    let scroll;
    if (size === 'large' && (await page.evaluate(() => Boolean(window.bench.scrollStep)))) {
      await page.evaluate(settle);
      const { result: s, cpu } = await evaluate(scrolling);
      // CPU per step: the whole frame (scroll, update, style, layout, paint), over the steps.
      scroll = { median: s.median, max: s.max, cpu: cpu / s.count };
    }
    return {
      first: first.wall,
      firstScript: first.script,
      firstCpu: first.cpu,
      firstScriptCpu: first.scriptCpu,
      warm: warm.wall,
      warmCpu: warm.cpu,
      replace: replace.wall,
      replaceCpu: replace.cpu,
      nodes,
      scroll,
    };
  } finally {
    await page.close();
  }
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'cst-bench-'));
  try {
    const urls = await bundle(dir);
    const browser = await launchChromium();
    const names = Object.keys(urls);
    const samples = {};
    for (let run = 0; run < RUNS; run++) {
      // Interleaved: every library and size once per run, starting from a different library each time.
      const order = rotated(names, run);
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
        const m = (key) => median(s.map((x) => x[key]));
        results[name][size] = {
          firstRenderMs: m('first'),
          firstRenderScriptMs: m('firstScript'),
          firstRenderCpuMs: m('firstCpu'),
          firstRenderScriptCpuMs: m('firstScriptCpu'),
          secondInstanceMs: m('warm'),
          secondInstanceCpuMs: m('warmCpu'),
          replaceMs: m('replace'),
          replaceCpuMs: m('replaceCpu'),
          domNodes: m('nodes'),
          ...(s[0].scroll
            ? {
                scrollStepMedianMs: median(s.map((x) => x.scroll.median)),
                scrollStepMaxMs: median(s.map((x) => x.scroll.max)),
                scrollFrameCpuMs: median(s.map((x) => x.scroll.cpu)),
              }
            : {}),
        };
      }
    }
    const fmt = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
    const pair = (cpu, wall) => `${fmt(cpu)} / ${fmt(wall)}`;
    const rows = [
      [
        'library',
        'size',
        'first render CPU / wall',
        'of which script CPU',
        'replace CPU / wall',
        '2nd instance CPU / wall',
        'DOM nodes',
        'scroll step wall median / max, CPU per frame',
      ],
    ];
    for (const size of SIZES)
      for (const name of names) {
        const r = results[name][size];
        rows.push([
          name,
          LABEL[size],
          pair(r.firstRenderCpuMs, r.firstRenderMs),
          fmt(r.firstRenderScriptCpuMs),
          pair(r.replaceCpuMs, r.replaceMs),
          pair(r.secondInstanceCpuMs, r.secondInstanceMs),
          String(r.domNodes),
          r.scrollStepMedianMs === undefined
            ? ''
            : `${fmt(r.scrollStepMedianMs)} / ${fmt(r.scrollStepMaxMs)}, ${fmt(r.scrollFrameCpuMs)}`,
        ]);
      }
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    console.log(
      `\nms, medians of ${RUNS} interleaved runs, a fresh page each. CPU: the page's main thread, from the call` +
        ' until the next frame is painted; script CPU: that CPU until laid out, less style and layout;' +
        ' wall: in the page, until laid out (no paint).' +
        ` Intl warm-up before timing: ${WARM_INTL ? 'yes (WARM_INTL=1)' : 'no'};` +
        ` fonts: ${WARM_FONTS ? 'yes (WARM_FONTS=1)' : 'no'}.\n`,
    );
    for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
    const out = join(root, 'bench-results');
    mkdirSync(out, { recursive: true });
    writeFileSync(
      join(out, 'deployment-matrix.json'),
      `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, warmIntl: WARM_INTL, warmFonts: WARM_FONTS, chromium, results, samples }, null, 2)}\n`,
    );
    console.log('\nwritten to bench-results/deployment-matrix.json');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
