// Benchmark of <cst-sla-table> in Chromium: first render of the 11-row seed and of 1.000 rows,
// and a sort of 1.000 rows. Medians of several runs; script time is performance.now() around
// connecting the element and awaiting updateComplete. Usage: node bench/sla-table.bench.mjs [runs]
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { minifyLiterals } from '../packages/widgets/build/minify-literals.mjs';
import { chromeArgs, chromePath } from '../scripts/chrome.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const runs = Number(process.argv[2] ?? 15);
const out = mkdtempSync(join(tmpdir(), 'cst-bench-sla-'));

await build({
  root: here,
  logLevel: 'warn',
  configFile: false,
  plugins: [minifyLiterals()], // the templates as shipped
  resolve: { conditions: ['source', 'browser', 'module', 'import', 'default'] },
  build: {
    outDir: out,
    emptyOutDir: true,
    minify: true,
    rollupOptions: { input: join(here, 'sla-table.html') },
  },
});

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  try {
    const body = readFileSync(join(out, path === '/' ? 'sla-table.html' : path));
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/sla-table.html`;

const browser = await puppeteer.launch({ executablePath: chromePath(), headless: true, args: chromeArgs });
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error));
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof window.runBench === 'function');
  const results = await page.evaluate((n) => window.runBench(n), runs);
  const version = await browser.version();
  console.log(`cst-sla-table, ${version}, median of ${runs} runs (ms)`);
  console.table(
    Object.fromEntries(
      Object.entries(results).map(([name, r]) => [
        name,
        { script: +r.script.toFixed(2), 'script + layout': +r.withLayout.toFixed(2) },
      ]),
    ),
  );
} finally {
  await browser.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
}
