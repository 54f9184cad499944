// Benchmark: cst-trend-line against Chart.js (decimation), ECharts (sampling 'lttb'), Highcharts,
// Observable Plot and Vega-Lite, in headless Chromium. First render and data replacement at
// 1e3…1e6 points (medians of interleaved runs, a fresh page per measure; wall time and main-thread
// CPU time), the JS heap the page keeps after the first render, and the gzip size of each entry.
// Run: node bench/trend-line.bench.mjs   (RUNS=5 SIZES=1000,10000 LIBS=echarts,…)
//   X=number,iso,epoch  what x is: plain numbers (the element reads them as years), or instants one
//                   minute apart, as ISO text (iso: the page holds them as a JSON document would) or as
//                   ms since 1970 (epoch), drawn on a time axis (Chart.js on both its linear and its
//                   time axis); each library takes ISO text its fastest way (trend-line.entries.mjs).
//   BUILD=outside,inside  whether turning the columns into the library's input (for ISO text given to
//                   Chart.js: parsing it to numbers) is left out of the timed region or timed with it;
//                   the ISO text itself is always written before the timer.
//   WARM_INTL=1     the cst entry builds the page's first Intl formatters before timing (untimed).
//   BASELINE=<rev>  also measures the trend line's own files as they were at a git revision, interleaved.
//   COMPILE_HINT=cst|all  V8's compile hint for the cst element only (as shipped) or for every library (see kit/bundle.mjs).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromePath } from '../scripts/chrome.mjs';
import { baselinePlugin } from './kit/baseline.mjs';
import { bundlePage } from './kit/bundle.mjs';
import { cpuTimedEvaluate, launchChromium, scriptOnly } from './kit/chromium.mjs';
import { median, rotated } from './kit/interleave.mjs';
import { entries, timeAxisEntries } from './trend-line.entries.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The machine's load average over 1, 5 and 15 minutes, as uptime writes it. */
const loadAverage = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
const RUNS = Number(process.env.RUNS ?? 5);
const SIZES = (process.env.SIZES ?? '1000,10000,100000,1000000').split(',').map(Number);
const BASELINE = process.env.BASELINE;
const X = (process.env.X ?? 'number,iso,epoch').split(',');
const BUILDS = (process.env.BUILD ?? 'outside,inside').split(',');
const ALL = { ...entries, ...(X.some((x) => x !== 'number') ? timeAxisEntries : {}) };
const LIBS = (process.env.LIBS ? process.env.LIBS.split(',') : Object.keys(ALL)).flatMap((name) =>
  BASELINE && name === 'cst-trend-line' ? [name, `${name}@${BASELINE}`] : [name],
);
/** The x modes a library is measured in (Chart.js's time axis only with instants). */
const modesOf = (name) => X.filter((x) => !(name === 'chart.js-time' && x === 'number'));
/** Every measured case: a library, what its x is, where its input is built. */
const CASES = LIBS.flatMap((name) =>
  modesOf(name).flatMap((mode) =>
    BUILDS.map((build) => ({ name, mode, build, key: `${name}|${mode}|${build}` })),
  ),
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
    source: ALL[lib],
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

/**
 * Runs in the page: deterministic columns (a slow wave, noise and spikes; x plain numbers, or
 * instants one minute apart from 1 January 2017, as numbers or as ISO text), and with `build`
 * outside, the library's input made from them (not timed).
 */
function setup({ n, mode, build }) {
  const numbers = new Float64Array(n);
  const ys = new Float64Array(n);
  const start = mode === 'number' ? 0 : Date.UTC(2017, 0, 1);
  const step = mode === 'number' ? 1 : 60_000;
  let seed = 42;
  const noise = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32 - 0.5) * 4;
  for (let i = 0; i < n; i++) {
    numbers[i] = start + i * step;
    ys[i] = Math.round((50 + 30 * Math.sin((i / n) * 12) + noise() + (i % 9973 === 0 ? 25 : 0)) * 100) / 100;
  }
  const xs = mode === 'iso' ? Array.from(numbers, (x) => new Date(x).toISOString()) : numbers;
  window.bench = { xs, ys, first: build === 'outside' ? window.lib.prep(xs, ys, mode) : undefined };
}

/** Runs in the page: the mirrored data for the replacement (made, with `build` outside, untimed), then a frame. */
async function setupReplace({ mode, build }) {
  const { xs, ys } = window.bench;
  for (let i = 0; i < ys.length; i++) ys[i] = 100 - ys[i];
  window.bench.first = undefined;
  window.bench.second = build === 'outside' ? window.lib.prep(xs, ys, mode) : undefined;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
}

/** Runs in the page: one timed call, until drawn (style and layout of what was drawn included). */
async function timed({ step, mode, build }) {
  const t0 = performance.now();
  const { xs, ys, first, second } = window.bench;
  const data = build === 'inside' ? window.lib.prep(xs, ys, mode) : step === 'render' ? first : second;
  if (step === 'render') await window.lib.render(document.getElementById('host'), data);
  else await window.lib.replace(data);
  void document.body.offsetHeight;
  return performance.now() - t0;
}

/**
 * First render and replacement at n points on a fresh page: wall time measured in the page, the
 * CPU time of the page's main thread over the same call (see cpuTimedEvaluate), and the JS heap
 * the page holds after the render (after a full GC) beyond what it held before the data was made:
 * the library's input, which it keeps, and what it built from it.
 */
async function measure(page, n, mode, build) {
  const evaluate = await cpuTimedEvaluate(page);
  const heap0 = await evaluate.heap();
  await page.evaluate(setup, { n, mode, build });
  const render = await evaluate(timed, { step: 'render', mode, build });
  const heap = (await evaluate.heap()) - heap0;
  await page.evaluate(setupReplace, { mode, build });
  const replace = await evaluate(timed, { step: 'replace', mode, build });
  return {
    render: render.result,
    replace: replace.result,
    renderCpu: render.cpu,
    replaceCpu: replace.cpu,
    renderScript: scriptOnly(render),
    replaceScript: scriptOnly(replace),
    heapMB: heap / 2 ** 20,
  };
}

const KEYS = ['render', 'replace', 'renderCpu', 'replaceCpu', 'renderScript', 'replaceScript', 'heapMB'];

const sizes = {};
for (const name of LIBS) {
  sizes[name] = await bundle(name);
  console.error(`bundled ${name}: ${(sizes[name].gzip / 1024).toFixed(1)} KB gzip`);
}

const browser = await launchChromium();
const samples = {}; // samples[case][n] = { render: [], replace: [], …, failed }
const load = { start: loadAverage() };
try {
  for (let run = 0; run < RUNS; run++) {
    for (const n of SIZES) {
      // Interleave: every case once per run and size, the order rotated each run.
      for (const { name, mode, build, key } of rotated(CASES, run)) {
        const slot = ((samples[key] ??= {})[n] ??= {
          ...Object.fromEntries(KEYS.map((k) => [k, []])),
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
            measure(page, n, mode, build).catch((error) => {
              throw new Error(pageError || error.message);
            }),
            new Promise((_, reject) =>
              setTimeout(() => reject(new Error(`over ${TIMEOUT / 1000} s`)), TIMEOUT),
            ),
          ]);
          for (const k of KEYS) slot[k].push(result[k]);
        } catch (error) {
          slot.failed = String(error.message ?? error).slice(0, 80);
        } finally {
          await page.close().catch(() => {});
        }
        console.error(
          `run ${run + 1}/${RUNS} n=${n} ${key}: ${slot.failed ?? `${slot.render.at(-1).toFixed(1)} / ${slot.replace.at(-1).toFixed(1)} ms (CPU ${slot.renderCpu.at(-1).toFixed(1)} / ${slot.replaceCpu.at(-1).toFixed(1)}), heap ${slot.heapMB.at(-1).toFixed(1)} MB`} (load ${loadAverage()})`,
        );
      }
    }
  }
} finally {
  load.end = loadAverage();
  await browser.close();
  rmSync(entryDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
}

const results = CASES.map(({ name, mode, build, key }) => ({
  library: name,
  x: mode,
  build,
  gzipBytes: sizes[name].gzip,
  bytes: sizes[name].raw,
  sizes: Object.fromEntries(
    SIZES.map((n) => {
      const s = samples[key][n];
      return [
        n,
        s.failed
          ? { failed: s.failed }
          : { ...Object.fromEntries(KEYS.map((k) => [k, median(s[k])])), runs: s.render.length },
      ];
    }),
  ),
}));

const fmt = (v) => (v === undefined ? '—' : v < 10 ? v.toFixed(1) : Math.round(v).toLocaleString('en'));
const X_WORDS = {
  number: 'x plain numbers (the element: years)',
  iso: 'x instants one minute apart, as ISO text (each library reads it its fastest way)',
  epoch: 'x instants one minute apart, as numbers (ms since 1970)',
};
/** One table per section (what x is, where the input is built): a row per library, two columns per size. */
function table(rows, render, replace) {
  const header = [
    'library',
    'gzip KB',
    ...SIZES.flatMap((n) =>
      replace ? [`render ${n.toExponential(0)}`, `replace ${n.toExponential(0)}`] : [n.toExponential(0)],
    ),
  ];
  const cells = rows.map((r) => [
    `${r.library} (${r.x})`,
    (r.gzipBytes / 1024).toFixed(1),
    ...SIZES.flatMap((n) =>
      r.sizes[n].failed
        ? ['fail', ...(replace ? ['fail'] : [])]
        : [fmt(r.sizes[n][render]), ...(replace ? [fmt(r.sizes[n][replace])] : [])],
    ),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i].length)));
  const line = (row) => `| ${row.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of cells) console.log(line(row));
}
console.log(
  `\nMedians of ${RUNS} interleaved runs, Chromium headless, 600×300; load average ${load.start} at the start, ${load.end} at the end.`,
);
for (const x of X) {
  for (const build of BUILDS) {
    const rows = results.filter((r) => r.build === build && r.x === x);
    if (rows.length === 0) continue;
    console.log(`\n## ${X_WORDS[x]}; input built ${build} the timed region\n`);
    console.log('Wall ms (script + layout until drawn):\n');
    table(rows, 'render', 'replace');
    console.log(`\nCPU ms of the page's main thread over the same calls (robust to a busy machine):\n`);
    table(rows, 'renderCpu', 'replaceCpu');
    console.log(
      '\nScript ms: that CPU less style recalculation and layout (CDP metrics). No paint is timed.\n',
    );
    table(rows, 'renderScript', 'replaceScript');
    console.log('\nJS heap MB kept after the first render (full GC), data included, by size:\n');
    table(rows, 'heapMB');
  }
}

mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(
  join(root, 'bench-results/trend-line.json'),
  JSON.stringify(
    { date: new Date().toISOString(), runs: RUNS, load, chromium: chromePath(), results },
    null,
    2,
  ),
);
console.log('\nWritten to bench-results/trend-line.json');
