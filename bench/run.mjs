// `pnpm bench`: every benchmark in one Chromium run, one table, one JSON (bench-results/bench.json).
//  1. each element at seed size and at scale: first render, update, DOM nodes, retained JS heap
//     (CDP: forced GC, JSHeapUsedSize before and after mounting);
//  2. cst-trend-line against its peers (the entries of trend-line.entries.mjs) and
//     cst-deployment-matrix against its peers (the pages of deployment-matrix.pages.mjs);
//  3. bundle sizes (gzip) against the peers.
// Medians of interleaved runs (a fresh page per sample, the order rotated every run); ratios to the
// fastest in each column. Not part of the test command. `--quick`: 3 runs, smaller scale sizes.
// Usage: pnpm bench [--quick] [--runs N] [--only elements,trend,matrix]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { minifyLiterals } from '../packages/widgets/build/minify-literals.mjs';
import { chromeArgs, chromePath } from '../scripts/chrome.mjs';
import { bundle as bundleMatrixPages, measure as measureMatrix } from './deployment-matrix.bench.mjs';
import { entries as trendEntries } from './trend-line.entries.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
const arg = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const RUNS = Number(arg('--runs') ?? (QUICK ? 3 : 5));
const ONLY = (arg('--only') ?? 'elements,trend,matrix').split(',');
const TREND_SIZES = QUICK ? [1_000, 10_000] : [1_000, 100_000];
const MATRIX_SIZES = ['small', 'large'];
const TIMEOUT = 60_000;

/** Scale per element (what "at scale" means for it). */
const SCALE = QUICK
  ? { kpi: 50, sla: 300, series: 10_000, matrix: 1_000, table: 300, bar: 100, share: 12 }
  : { kpi: 200, sla: 1_000, series: 100_000, matrix: 7_900, table: 1_000, bar: 300, share: 24 };

const ELEMENTS = [
  ['cst-kpi-tile', 'active-credentials', `${SCALE.kpi} tiles`],
  ['cst-sla-table', 'sla', `${SCALE.sla} items`],
  ['cst-trend-line', 'credentials-by-year', `${SCALE.series} points`],
  ['cst-deployment-matrix', 'deployment', `${SCALE.matrix}×12`],
  ['cst-data-table', 'payments-by-entity', `${SCALE.table} rows`],
  ['cst-bar-chart', 'top-payment-services', `${SCALE.bar} bars`],
  ['cst-share', 'device-share', `${SCALE.share} parts`],
];

// The element page: every element from source, and generators for seed and scale data.
const elementsEntry = `
import focus from ${JSON.stringify(join(root, 'packages/schema/fixtures/focus-2016.json'))};
import ${JSON.stringify(join(root, 'packages/widgets/src/cst-widgets.ts'))};
import { nationalMatrix } from ${JSON.stringify(join(root, 'packages/widgets/src/deployment-matrix/national-matrix.ts'))};
const SCALE = ${JSON.stringify(SCALE)};
const clone = (x) => structuredClone(x);
function repeatRows(d, n, key) {
  const rows = d[key];
  d[key] = Array.from({ length: n }, (_, i) => {
    const r = clone(rows[i % rows.length]);
    if (r.id !== undefined) r.id = r.id + '-' + i;
    if (r.code !== undefined) r.code = 'SLA.' + (i + 1);
    if (r.label !== undefined) r.label = r.label + ' ' + (i + 1);
    return r;
  });
  delete d.totals;
  delete d.total;
  return d;
}
function dataset(id, scaled, variant) {
  const d = clone(focus.datasets[id]);
  if (scaled) {
    if (d.kind === 'sla') repeatRows(d, SCALE.sla, 'items');
    if (d.kind === 'matrix') return nationalMatrix(SCALE.matrix, 12, variant);
    if (d.kind === 'series') {
      const points = new Array(SCALE.series);
      for (let i = 0; i < SCALE.series; i++) points[i] = [i, Math.round(500 + 300 * Math.sin(i / 997) + (i % 13))];
      d.x = { type: 'year' };
      d.cumulative = false;
      d.series = [{ id: 'a', label: 'A', points }];
      delete d.annotations;
      delete d.target;
    }
    if (d.kind === 'table') repeatRows(d, id === 'top-payment-services' ? SCALE.bar : SCALE.table, 'rows');
    if (d.kind === 'share') d.parts = Array.from({ length: SCALE.share }, (_, i) => ({ id: 'p' + i, label: 'Parte ' + (i + 1), value: +(100 / SCALE.share).toFixed(6) }));
  }
  if (variant) {
    if (d.kind === 'kpi') d.value = d.value + 1;
    for (const key of ['items', 'rows', 'parts']) if (Array.isArray(d[key])) d[key] = d[key].slice().reverse();
    if (d.kind === 'series') d.series = d.series.map((s) => ({ ...s, points: s.points.map(([x, y]) => [x, y + 1]) }));
  }
  return d;
}
function countNodes(root) {
  let n = 0;
  const walk = (node) => { for (const el of node.querySelectorAll('*')) { n++; if (el.shadowRoot) walk(el.shadowRoot); } };
  walk(root);
  return n;
}
let prepared;
let mounted = [];
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
window.bench = {
  prepare(tag, id, scaled) {
    const copies = tag === 'cst-kpi-tile' && scaled ? SCALE.kpi : 1;
    prepared = { tag, copies, first: dataset(id, scaled, 0), next: dataset(id, scaled, 1) };
  },
  async mount() {
    const box = document.getElementById('box');
    await frame();
    const t0 = performance.now();
    for (let i = 0; i < prepared.copies; i++) {
      const el = document.createElement(prepared.tag);
      el.data = prepared.first;
      box.append(el);
      mounted.push(el);
    }
    await Promise.all(mounted.map((el) => el.updateComplete));
    document.body.getBoundingClientRect();
    const first = performance.now() - t0;
    return { first, nodes: countNodes(box), status: mounted[0].status };
  },
  async update() {
    await frame();
    const t0 = performance.now();
    for (const el of mounted) el.data = prepared.next;
    await Promise.all(mounted.map((el) => el.updateComplete));
    document.body.getBoundingClientRect();
    return { update: performance.now() - t0, status: mounted[0].status };
  },
};
`;

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return undefined;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

async function bundle(name, source, outDir) {
  // Entries live in bench/ so that relative imports and the peer libraries resolve.
  const entry = join(here, `.run-entry-${name.replace(/[^a-z0-9-]/gi, '_')}.mjs`);
  writeFileSync(entry, source);
  try {
    await build({
      configFile: false,
      logLevel: 'error',
      root: here,
      plugins: [minifyLiterals()], // our templates as shipped; peers untouched
      resolve: { conditions: ['source', 'module', 'browser', 'production', 'import', 'default'] },
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        outDir: join(outDir, name),
        emptyOutDir: true,
        minify: true,
        target: 'es2022',
        lib: { entry, name: 'page', formats: ['iife'], fileName: () => 'page.js' },
      },
    });
  } finally {
    rmSync(entry, { force: true });
  }
  writeFileSync(
    join(outDir, name, 'index.html'),
    `<!doctype html><html lang="it"><meta charset="utf-8"><body style="margin:0;width:1024px"><div id="host" style="width:600px"></div><div id="box"></div><script src="page.js"></script></body></html>`,
  );
  return {
    url: pathToFileURL(join(outDir, name, 'index.html')).href,
    gzip: gz(join(outDir, name, 'page.js')),
  };
}

async function heapAfterGc(page) {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('HeapProfiler.enable');
    for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  } finally {
    await cdp.detach();
  }
}

async function withPage(browser, url, fn) {
  const page = await browser.newPage();
  let pageError = '';
  page.on('pageerror', (e) => (pageError ||= e.message));
  try {
    await page.setViewport({ width: 1024, height: 800 });
    await page.goto(url);
    return await Promise.race([
      fn(page).catch((e) => {
        throw new Error(pageError || e.message);
      }),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`over ${TIMEOUT / 1000} s`)), TIMEOUT)),
    ]);
  } finally {
    await page.close().catch(() => {});
  }
}

/** In the page: a trend-line peer entry (window.lib), as trend-line.bench.mjs measures it. */
async function trendMeasure(n) {
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  let seed = 42;
  const noise = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32 - 0.5) * 4;
  for (let i = 0; i < n; i++) {
    xs[i] = i;
    ys[i] = Math.round((50 + 30 * Math.sin((i / n) * 12) + noise()) * 100) / 100;
  }
  const host = document.getElementById('host');
  const time = async (fn) => {
    const t0 = performance.now();
    await fn();
    void document.body.offsetHeight;
    return performance.now() - t0;
  };
  const first = window.lib.prep(xs, ys);
  const render = await time(() => window.lib.render(host, first));
  for (let i = 0; i < n; i++) ys[i] = 100 - ys[i];
  const second = window.lib.prep(xs, ys);
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const replace = await time(() => window.lib.replace(second));
  return { render, replace };
}

/** Runs `tasks` (each { key, run }) RUNS times, the order rotated per run; collects samples by key. */
async function interleave(label, tasks) {
  const samples = {};
  for (let run = 0; run < RUNS; run++) {
    const order = tasks.map((_, i) => tasks[(i + run) % tasks.length]);
    for (const task of order) {
      const slot = (samples[task.key] ??= { values: [], failed: undefined });
      if (slot.failed) continue;
      try {
        slot.values.push(await task.run());
      } catch (error) {
        slot.failed = String(error.message ?? error).slice(0, 80);
      }
    }
    console.error(`${label}: run ${run + 1}/${RUNS}`);
  }
  return samples;
}

function table(title, header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padStart(widths[i])).join(' | ')} |`;
  return [
    `\n${title}\n`,
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}
const ms = (v) =>
  v === undefined ? '—' : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : Math.round(v).toString();
const ratio = (v, best) => (v === undefined || !best ? '—' : `×${(v / best).toFixed(1)}`);
const kb = (b) => (b / 1024).toFixed(1);

const out = mkdtempSync(join(tmpdir(), 'cst-bench-run-'));
const browser = await puppeteer.launch({ executablePath: chromePath(), headless: true, args: chromeArgs });
const results = {
  date: new Date().toISOString(),
  chromium: await browser.version(),
  runs: RUNS,
  quick: QUICK,
};
const printed = [];
try {
  if (ONLY.includes('elements')) {
    const page = await bundle('elements', elementsEntry, out);
    const tasks = ELEMENTS.flatMap(([tag, id]) =>
      [false, true].map((scaled) => ({
        key: `${tag}|${scaled ? 'scale' : 'seed'}`,
        run: () =>
          withPage(browser, page.url, async (p) => {
            await p.evaluate((tag, id, scaled) => window.bench.prepare(tag, id, scaled), tag, id, scaled);
            const heap0 = await heapAfterGc(p);
            const mount = await p.evaluate(() => window.bench.mount());
            const heap1 = await heapAfterGc(p);
            const update = await p.evaluate(() => window.bench.update());
            return { ...mount, heap: heap1 - heap0, update: update.update, statusAfter: update.status };
          }),
      })),
    );
    const samples = await interleave('elements', tasks);
    const rows = ELEMENTS.flatMap(([tag, , scaleLabel]) =>
      ['seed', 'scale'].map((size) => {
        const s = samples[`${tag}|${size}`];
        const v = s.values;
        return {
          element: tag,
          size: size === 'seed' ? 'seed' : scaleLabel,
          failed: s.failed,
          status: v.at(-1)?.status,
          first: median(v.map((x) => x.first)),
          update: median(v.map((x) => x.update)),
          nodes: median(v.map((x) => x.nodes)),
          heapKB: median(v.map((x) => x.heap / 1024)),
          samples: v.length,
        };
      }),
    );
    results.elements = rows;
    const best = (size, key) =>
      Math.min(
        ...rows
          .filter((r) => (r.size === 'seed') === (size === 'seed') && r[key] !== undefined)
          .map((r) => r[key]),
      );
    printed.push(
      table(
        `Elements: median ms of ${RUNS} interleaved runs (script + layout), DOM nodes, retained heap; ratio to the fastest element at that size`,
        ['element', 'size', 'state', 'first ms', 'ratio', 'update ms', 'ratio', 'DOM nodes', 'heap KB'],
        rows.map((r) => [
          r.element,
          r.size,
          r.failed ? `fail: ${r.failed}` : r.status,
          ms(r.first),
          ratio(r.first, best(r.size, 'first')),
          ms(r.update),
          ratio(r.update, best(r.size, 'update')),
          r.nodes ?? '—',
          r.heapKB === undefined ? '—' : r.heapKB.toFixed(0),
        ]),
      ),
    );
  }

  const sizes = [
    {
      library: 'cst-widgets.js (all 7 elements)',
      gzip: gz(join(root, 'packages/widgets/dist/cst-widgets.js')),
    },
  ];

  if (ONLY.includes('trend')) {
    const built = {};
    for (const [name, source] of Object.entries(trendEntries))
      built[name] = await bundle(`trend-${name}`, source, out);
    const tasks = Object.keys(built).flatMap((name) =>
      TREND_SIZES.map((n) => ({
        key: `${name}|${n}`,
        run: () => withPage(browser, built[name].url, (p) => p.evaluate(trendMeasure, n)),
      })),
    );
    const samples = await interleave('trend line vs peers', tasks);
    const rows = Object.keys(built).map((name) => ({
      library: name,
      gzip: built[name].gzip,
      ...Object.fromEntries(
        TREND_SIZES.map((n) => {
          const s = samples[`${name}|${n}`];
          return [
            n,
            s.failed
              ? { failed: s.failed }
              : {
                  render: median(s.values.map((v) => v.render)),
                  replace: median(s.values.map((v) => v.replace)),
                },
          ];
        }),
      ),
    }));
    results.trendLine = rows;
    for (const r of rows) sizes.push({ library: `line chart: ${r.library}`, gzip: r.gzip });
    const best = (n, k) => Math.min(...rows.map((r) => r[n][k]).filter((x) => x !== undefined));
    printed.push(
      table(
        `Line chart, ${TREND_SIZES.join(' and ')} points: median ms of ${RUNS} interleaved runs; ratio to the fastest`,
        ['library', ...TREND_SIZES.flatMap((n) => [`render ${n}`, 'ratio', `replace ${n}`, 'ratio'])],
        rows.map((r) => [
          r.library,
          ...TREND_SIZES.flatMap((n) =>
            r[n].failed
              ? ['fail', '', 'fail', '']
              : [
                  ms(r[n].render),
                  ratio(r[n].render, best(n, 'render')),
                  ms(r[n].replace),
                  ratio(r[n].replace, best(n, 'replace')),
                ],
          ),
        ]),
      ),
    );
  }

  if (ONLY.includes('matrix')) {
    // The matrix benchmark's own bundling and measuring (deployment-matrix.bench.mjs).
    const dir = join(out, 'matrix');
    const urls = await bundleMatrixPages(dir);
    const built = Object.fromEntries(
      Object.entries(urls).map(([name, url]) => [name, { url, gzip: gz(join(dir, name, 'page.js')) }]),
    );
    const tasks = Object.keys(built).flatMap((name) =>
      MATRIX_SIZES.map((size) => ({
        key: `${name}|${size}`,
        run: () =>
          Promise.race([
            measureMatrix(browser, built[name].url, size),
            new Promise((_, reject) =>
              setTimeout(() => reject(new Error(`over ${TIMEOUT / 1000} s`)), TIMEOUT),
            ),
          ]),
      })),
    );
    const samples = await interleave('matrix vs peers', tasks);
    const rows = Object.keys(built).map((name) => ({
      library: name,
      gzip: built[name].gzip,
      ...Object.fromEntries(
        MATRIX_SIZES.map((size) => {
          const s = samples[`${name}|${size}`];
          return [
            size,
            s.failed
              ? { failed: s.failed }
              : {
                  render: median(s.values.map((v) => v.first)),
                  script: median(s.values.map((v) => v.firstScript)),
                  warm: median(s.values.map((v) => v.warm)),
                  replace: median(s.values.map((v) => v.replace)),
                  nodes: median(s.values.map((v) => v.nodes)),
                },
          ];
        }),
      ),
    }));
    results.deploymentMatrix = rows;
    for (const r of rows) sizes.push({ library: `matrix page: ${r.library}`, gzip: r.gzip });
    const best = (size, k) => Math.min(...rows.map((r) => r[size][k]).filter((x) => x !== undefined));
    const label = { small: '28×8', large: '7.900×12' };
    printed.push(
      table(
        `Matrix / heatmap, 28×8 and 7.900×12: median ms of ${RUNS} interleaved runs; ratio to the fastest`,
        [
          'library',
          ...MATRIX_SIZES.flatMap((s) => [
            `render ${label[s]}`,
            'ratio',
            `replace ${label[s]}`,
            'ratio',
            'nodes',
          ]),
        ],
        rows.map((r) => [
          r.library,
          ...MATRIX_SIZES.flatMap((s) =>
            r[s].failed
              ? ['fail', '', 'fail', '', '']
              : [
                  ms(r[s].render),
                  ratio(r[s].render, best(s, 'render')),
                  ms(r[s].replace),
                  ratio(r[s].replace, best(s, 'replace')),
                  r[s].nodes,
                ],
          ),
        ]),
      ),
    );
  }

  results.bundleSizes = sizes;
  const smallest = Math.min(...sizes.map((s) => s.gzip));
  printed.push(
    table(
      'Bundle sizes (minified, gzip -9; peer entries are minimal pages importing only what they use)',
      ['bundle', 'gzip KB', 'ratio'],
      sizes.map((s) => [s.library, kb(s.gzip), ratio(s.gzip, smallest)]),
    ),
  );
} finally {
  await browser.close();
  rmSync(out, { recursive: true, force: true });
}

console.log(printed.join('\n'));
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/bench.json'), JSON.stringify(results, null, 2));
console.log('\nWritten to bench-results/bench.json');
