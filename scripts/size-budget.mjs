// Size budgets, in gzip bytes: the all-in-one bundle, and each per-element entry bundled with
// everything it pulls in (Lit, d3 modules, the validator), as a CDN user would load it.
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { bundleOptions, minifyLiterals } from '../packages/widgets/build/minify-literals.mjs';

const WIDGETS = new URL('../packages/widgets/', import.meta.url).pathname;
const BUDGETS = { 'cst-widgets.js': 35 * 1024, element: 20 * 1024 };

const entries = readdirSync(join(WIDGETS, 'src')).filter((name) => /^cst-.+\.ts$/.test(name));
const out = mkdtempSync(join(tmpdir(), 'cst-size-'));
const rows = [];
try {
  for (const entry of entries) {
    const name = entry.replace(/\.ts$/, '.js');
    await build({
      root: WIDGETS,
      logLevel: 'silent',
      configFile: false,
      resolve: { conditions: ['source'] },
      plugins: [minifyLiterals()],
      build: {
        ...bundleOptions,
        outDir: out,
        emptyOutDir: false,
        rollupOptions: {
          input: join(WIDGETS, 'src', entry),
          preserveEntrySignatures: 'exports-only',
          output: { format: 'es', entryFileNames: name, codeSplitting: false },
        },
      },
    });
    const bytes = gzipSync(readFileSync(join(out, name)), { level: 9 }).length;
    const budget = BUDGETS[name] ?? BUDGETS.element;
    rows.push({ file: name, gzip: bytes, budget, ok: bytes <= budget });
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('bundle'.padEnd(32), 'gzip'.padStart(9), 'budget'.padStart(9));
for (const row of rows) {
  console.log(
    row.file.padEnd(32),
    kb(row.gzip).padStart(9),
    kb(row.budget).padStart(9),
    row.ok ? 'ok' : 'OVER',
  );
}
const over = rows.filter((row) => !row.ok);
console.log(`size budgets: ${rows.length - over.length} passed, ${over.length} failed`);
if (over.length > 0) process.exit(1);
