// Benchmark: cst-trend-line against Chart.js (decimation), ECharts (sampling 'lttb'), Highcharts,
// Observable Plot and Vega-Lite, in headless Chromium. First render and data replacement at
// 1e3…1e6 points (medians of interleaved runs, a fresh page per measure; wall time and main-thread
// CPU time), and the gzip size of each minimal entry.
// Run: node bench/trend-line.bench.mjs   (RUNS=5 SIZES=1000,10000 LIBS=echarts,…)
//   WARM_INTL=1     the cst entry builds the page's first Intl formatters before timing (untimed).
//   BASELINE=<rev>  also measures the trend line's own files as they were at a git revision, interleaved.
//   COMPILE_HINT=cst|all  V8's compile hint for the cst element only (as shipped) or for every library (see kit/bundle.mjs).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromePath } from '../scripts/chrome.mjs';
import { baselinePlugin } from './kit/baseline.mjs';
import { bundlePage } from './kit/bundle.mjs';
import { cpuTimedEvaluate, launchChromium, scriptOnly } from './kit/chromium.mjs';
import { median, rotated } from './kit/interleave.mjs';
import { entries } from './trend-line.entries.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.RUNS ?? 5);
const SIZES = (process.env.SIZES ?? '1000,10000,100000,1000000').split(',').map(Number);
const BASELINE = process.env.BASELINE;
const LIBS = (process.env.LIBS ? process.env.LIBS.split(',') : Object.keys(entries)).flatMap((name) =>
  BASELINE && name === 'cst-trend-line' ? [name, `${name}@${BASELINE}`] : [name],
);
const TIMEOUT = Number(process.env.TIMEOUT_MS ?? 60_000);
/** The files a baseline takes from another revision: the element and its schema (see BASELINE). */
const OWN = [
  'packages/widgets/src/trend-line',
  'packages/schema/src/series.ts',
  'packages/schema/src/checks/series.ts',
];

// Entries live inside bench/node_modules so the peer libraries resolve; output goes to a temp folder.
const entryDir = join(root, 'bench/node_modules/.cst-bench-trend-line');
const outDir = mkdtempSync(join(tmpdir(), 'cst-bench-trend-line-'));
mkdirSync(entryDir, { recursive: true });

async function bundle(name) {
  const [lib, rev] = name.split('@');
  return bundlePage({
    name,
    source: entries[lib],
    entry: join(entryDir, `${name.replace(/[^\w.-]/g, '_')}.js`),
    outDir: join(outDir, name),
    root: entryDir,
    plugins: rev ? [baselinePlugin(rev, OWN, join(outDir, '.baseline'))] : [],
    conditions: ['source', 'module', 'browser', 'import', 'default'],
    target: 'es2022',
    globalName: 'bench',
    script: 'bundle.js',
    html: (script) =>
      `<!doctype html><meta charset="utf-8"><body style="margin:0"><div id="host" style="width:600px"></div>
<script src="${script}"></script>`,
  });
}

/** Runs in the page: deterministic columns (a slow wave, noise and spikes), prepared for the library (not timed). */
function setup(n) {
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  let seed = 42;
  const noise = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32 - 0.5) * 4;
  for (let i = 0; i < n; i++) {
    xs[i] = i;
    ys[i] = Math.round((50 + 30 * Math.sin((i / n) * 12) + noise() + (i % 9973 === 0 ? 25 : 0)) * 100) / 100;
  }
  window.bench = { xs, ys, first: window.lib.prep(xs, ys) };
}

/** Runs in the page: the mirrored data for the replacement, prepared (not timed), then a frame. */
async function setupReplace() {
  const { xs, ys } = window.bench;
  for (let i = 0; i < ys.length; i++) ys[i] = 100 - ys[i];
  window.bench.second = window.lib.prep(xs, ys);
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
}

/** Runs in the page: one timed call, until drawn (style and layout of what was drawn included). */
async function timed(step) {
  const t0 = performance.now();
  if (step === 'render') await window.lib.render(document.getElementById('host'), window.bench.first);
  else await window.lib.replace(window.bench.second);
  void document.body.offsetHeight;
  return performance.now() - t0;
}

/**
 * First render and replacement at n points on a fresh page: wall time measured in the page, and
 * the CPU time of the page's main thread over the same call (see cpuTimedEvaluate).
 */
async function measure(page, n) {
  const evaluate = await cpuTimedEvaluate(page);
  await page.evaluate(setup, n);
  const render = await evaluate(timed, 'render');
  await page.evaluate(setupReplace);
  const replace = await evaluate(timed, 'replace');
  return {
    render: render.result,
    replace: replace.result,
    renderCpu: render.cpu,
    replaceCpu: replace.cpu,
    renderScript: scriptOnly(render),
    replaceScript: scriptOnly(replace),
  };
}

const sizes = {};
for (const name of LIBS) {
  sizes[name] = await bundle(name);
  console.error(`bundled ${name}: ${(sizes[name].gzip / 1024).toFixed(1)} KB gzip`);
}

const browser = await launchChromium();
const samples = {}; // samples[lib][n] = { render: [], replace: [], failed }
try {
  for (let run = 0; run < RUNS; run++) {
    for (const n of SIZES) {
      // Interleave: every library once per run and size, the order rotated each run.
      const order = rotated(LIBS, run);
      for (const name of order) {
        const slot = ((samples[name] ??= {})[n] ??= {
          render: [],
          replace: [],
          renderCpu: [],
          replaceCpu: [],
          renderScript: [],
          replaceScript: [],
          failed: undefined,
        });
        if (slot.failed) continue;
        const page = await browser.newPage();
        try {
          let pageError = '';
          page.on('pageerror', (error) => (pageError ||= error.message));
          await page.setViewport({ width: 800, height: 600 });
          await page.goto(sizes[name].url);
          const result = await Promise.race([
            measure(page, n).catch((error) => {
              throw new Error(pageError || error.message);
            }),
            new Promise((_, reject) =>
              setTimeout(() => reject(new Error(`over ${TIMEOUT / 1000} s`)), TIMEOUT),
            ),
          ]);
          for (const key of ['render', 'replace', 'renderCpu', 'replaceCpu', 'renderScript', 'replaceScript'])
            slot[key].push(result[key]);
        } catch (error) {
          slot.failed = String(error.message ?? error).slice(0, 80);
        } finally {
          await page.close().catch(() => {});
        }
        console.error(
          `run ${run + 1}/${RUNS} n=${n} ${name}: ${slot.failed ?? `${slot.render.at(-1).toFixed(1)} / ${slot.replace.at(-1).toFixed(1)} ms (CPU ${slot.renderCpu.at(-1).toFixed(1)} / ${slot.replaceCpu.at(-1).toFixed(1)})`}`,
        );
      }
    }
  }
} finally {
  await browser.close();
  rmSync(entryDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
}

const results = LIBS.map((name) => ({
  library: name,
  gzipBytes: sizes[name].gzip,
  bytes: sizes[name].raw,
  sizes: Object.fromEntries(
    SIZES.map((n) => {
      const s = samples[name][n];
      return [
        n,
        s.failed
          ? { failed: s.failed }
          : {
              render: median(s.render),
              replace: median(s.replace),
              renderCpu: median(s.renderCpu),
              replaceCpu: median(s.replaceCpu),
              renderScript: median(s.renderScript),
              replaceScript: median(s.replaceScript),
              runs: s.render.length,
            },
      ];
    }),
  ),
}));

const fmt = (v) => (v === undefined ? '—' : v < 10 ? v.toFixed(1) : Math.round(v).toLocaleString('en'));
function table(render, replace) {
  const header = [
    'library',
    'gzip KB',
    ...SIZES.flatMap((n) => [`render ${n.toExponential(0)}`, `replace ${n.toExponential(0)}`]),
  ];
  const rows = results.map((r) => [
    r.library,
    (r.gzipBytes / 1024).toFixed(1),
    ...SIZES.flatMap((n) =>
      r.sizes[n].failed ? ['fail', 'fail'] : [fmt(r.sizes[n][render]), fmt(r.sizes[n][replace])],
    ),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}
console.log(
  `\nWall: median ms of ${RUNS} interleaved runs (script + layout until drawn), Chromium headless, 600×300.\n`,
);
table('render', 'replace');
console.log(`\nCPU: median ms of the page's main thread over the same calls (robust to a busy machine).\n`);
table('renderCpu', 'replaceCpu');
console.log(
  `\nScript: median ms of that CPU time less style recalculation and layout (CDP metrics): the JavaScript. No paint is timed.\n`,
);
table('renderScript', 'replaceScript');

mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(
  join(root, 'bench-results/trend-line.json'),
  JSON.stringify({ date: new Date().toISOString(), runs: RUNS, chromium: chromePath(), results }, null, 2),
);
console.log('\nWritten to bench-results/trend-line.json');
