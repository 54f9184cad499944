// Server rendering time of the Focus 2016 page (examples/focus-2016, 24 elements), by @cst/ssr:
// - the command as a build runs it: `cst-render` in a fresh Node process (start, load the elements,
//   read and render the page, write it), RUNS times;
// - renderPage in a warm process (what a static-site generator or a CMS back end pays per page):
//   the first call after loading, then RUNS calls. Medians, with the machine's load.
// Needs `pnpm build`. Usage: [RUNS=15] node bench/ssr.bench.mjs  →  bench-results/ssr.json
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './kit/interleave.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Math.max(3, Number(process.env.RUNS ?? 15));
const page = join(root, 'examples/focus-2016/index.html');
const data = `/data=${join(root, 'packages/schema/fixtures')}`;
const out = mkdtempSync(join(tmpdir(), 'cst-ssr-bench-'));
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const round = (ms) => Math.round(ms * 10) / 10;

const command = [];
const loadBefore = load();
try {
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const run = spawnSync(
      process.execPath,
      [join(root, 'packages/ssr/bin/cst-render.js'), page, '--data', data, '--out', join(out, 'index.html')],
      { encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(run.stderr);
    command.push({ wall: performance.now() - started, render: Number(run.stderr.match(/in (\d+) ms/)[1]) });
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

const loading = performance.now();
const { renderPage } = await import('../packages/ssr/src/index.js');
const loadMs = performance.now() - loading;
const html = readFileSync(page, 'utf8');
const options = { data: { '/data': join(root, 'packages/schema/fixtures') }, url: '/focus-2016/' };
let started = performance.now();
const first = await renderPage(html, options);
const firstMs = performance.now() - started;
const warm = [];
for (let i = 0; i < RUNS; i++) {
  started = performance.now();
  await renderPage(html, options);
  warm.push(performance.now() - started);
}

const results = {
  date: new Date().toISOString(),
  node: process.version,
  runs: RUNS,
  elements: first.rendered.length,
  pageBytes: { before: Buffer.byteLength(html), after: Buffer.byteLength(first.html) },
  load: { before: loadBefore, after: load() },
  command: {
    wallMs: round(median(command.map((c) => c.wall))),
    renderMs: round(median(command.map((c) => c.render))),
  },
  api: {
    loadMs: round(loadMs),
    firstMs: round(firstMs),
    warmMs: round(median(warm)),
    warmMinMs: round(Math.min(...warm)),
  },
};
console.log(
  `Server rendering of examples/focus-2016 (${results.elements} elements), Node ${process.version}`,
);
console.log(
  `load average before ${results.load.before}, after ${results.load.after}; medians of ${RUNS} runs\n`,
);
console.table({
  'cst-render (fresh process)': { 'wall ms': results.command.wallMs, 'render ms': results.command.renderMs },
  'renderPage, first call': { 'wall ms': results.api.firstMs, 'render ms': results.api.firstMs },
  'renderPage, warm': { 'wall ms': results.api.warmMs, 'render ms': results.api.warmMs },
});
console.log(
  `loading @cst/ssr and the elements: ${results.api.loadMs} ms; page ${results.pageBytes.before} → ${results.pageBytes.after} bytes`,
);
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/ssr.json'), JSON.stringify(results, null, 2));
console.log('Written to bench-results/ssr.json');
