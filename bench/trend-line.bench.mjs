// Benchmark: cst-trend-line against Chart.js (decimation), ECharts (sampling 'lttb'), Highcharts,
// Observable Plot and Vega-Lite, in headless Chromium. First render and data replacement at
// 1e3…1e6 points (medians of interleaved runs, a fresh page per measure; wall time and main-thread
// CPU time), and the gzip size of each minimal entry.
// Run: node bench/trend-line.bench.mjs   (RUNS=5 SIZES=1000,10000 LIBS=echarts,…)
//   WARM_INTL=1     the cst entry builds the page's first Intl formatters before timing (untimed).
//   BASELINE=<rev>  also measures the trend line's own files as they were at a git revision, interleaved.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../scripts/chrome.mjs';
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

/**
 * The trend line's files as they were at `rev`, copied out of git into `dir`, and a plugin that
 * gives every import resolving to one of them the copy instead; the copies' own imports resolve as
 * from their real place, so shared code (core, Lit, the rest of the schema) is today's.
 */
function baseline(rev, dir) {
  execFileSync('tar', ['-x', '-C', dir], {
    input: execFileSync('git', ['archive', rev, ...OWN], { cwd: root }),
  });
  // The project's compiler settings (legacy decorators, no define semantics for class fields).
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ extends: join(root, 'tsconfig.base.json'), include: ['packages'] }),
  );
  const copied = (file) => {
    const rel = relative(root, file);
    return OWN.some((own) => rel === own || rel.startsWith(`${own}/`)) ? join(dir, rel) : undefined;
  };
  return {
    name: 'cst-baseline',
    enforce: 'pre',
    async resolveId(source, importer) {
      const from = importer?.startsWith(dir) ? join(root, relative(dir, importer)) : importer;
      const resolved = await this.resolve(source, from, { skipSelf: true });
      const copy = resolved && copied(resolved.id);
      return copy ? { ...resolved, id: copy } : resolved;
    },
  };
}

async function bundle(name) {
  const [lib, rev] = name.split('@');
  const entry = join(entryDir, `${name.replace(/[^\w.-]/g, '_')}.js`);
  writeFileSync(entry, entries[lib]);
  let plugins = [];
  if (rev) {
    const copy = join(outDir, '.baseline');
    mkdirSync(copy, { recursive: true });
    plugins = [baseline(rev, copy)];
  }
  await build({
    configFile: false,
    plugins,
    logLevel: 'error',
    root: entryDir,
    resolve: { conditions: ['source', 'module', 'browser', 'import', 'default'] },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: join(outDir, name),
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      lib: { entry, formats: ['iife'], name: 'bench', fileName: () => 'bundle.js' },
    },
  });
  const code = readFileSync(join(outDir, name, 'bundle.js'));
  writeFileSync(
    join(outDir, name, 'index.html'),
    `<!doctype html><meta charset="utf-8"><body style="margin:0"><div id="host" style="width:600px"></div>
<script src="bundle.js"></script>`,
  );
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
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
 * the CPU time of the page's main thread (thread ticks) over the same call. On a shared machine
 * the wall time also counts time the thread waited for a core; the CPU time does not.
 */
async function measure(page, n) {
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const cpu = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000;
  await page.evaluate(setup, n);
  const c0 = await cpu();
  const render = await page.evaluate(timed, 'render');
  const c1 = await cpu();
  await page.evaluate(setupReplace);
  const c2 = await cpu();
  const replace = await page.evaluate(timed, 'replace');
  const c3 = await cpu();
  return { render, replace, renderCpu: c1 - c0, replaceCpu: c3 - c2 };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const sizes = {};
for (const name of LIBS) {
  sizes[name] = await bundle(name);
  console.error(`bundled ${name}: ${(sizes[name].gzip / 1024).toFixed(1)} KB gzip`);
}

const browser = await puppeteer.launch({ executablePath: chromePath(), headless: true, args: chromeArgs });
const samples = {}; // samples[lib][n] = { render: [], replace: [], failed }
try {
  for (let run = 0; run < RUNS; run++) {
    for (const n of SIZES) {
      // Interleave: every library once per run and size, the order rotated each run.
      const order = LIBS.map((_, i) => LIBS[(i + run) % LIBS.length]);
      for (const name of order) {
        const slot = ((samples[name] ??= {})[n] ??= {
          render: [],
          replace: [],
          renderCpu: [],
          replaceCpu: [],
          failed: undefined,
        });
        if (slot.failed) continue;
        const page = await browser.newPage();
        try {
          let pageError = '';
          page.on('pageerror', (error) => (pageError ||= error.message));
          await page.setViewport({ width: 800, height: 600 });
          await page.goto(pathToFileURL(join(outDir, name, 'index.html')).href);
          const result = await Promise.race([
            measure(page, n).catch((error) => {
              throw new Error(pageError || error.message);
            }),
            new Promise((_, reject) =>
              setTimeout(() => reject(new Error(`over ${TIMEOUT / 1000} s`)), TIMEOUT),
            ),
          ]);
          for (const key of ['render', 'replace', 'renderCpu', 'replaceCpu']) slot[key].push(result[key]);
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

mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(
  join(root, 'bench-results/trend-line.json'),
  JSON.stringify({ date: new Date().toISOString(), runs: RUNS, chromium: chromePath(), results }, null, 2),
);
console.log('\nWritten to bench-results/trend-line.json');
