// Size budgets, in gzip bytes: the all-in-one bundle, and each per-element entry bundled with
// everything it pulls in (Lit, d3 modules, the validator), as a CDN user would load it.
//
// Two limits per file: the target (issue 8: 35 KB for the bundle, 20 KB per element) and a
// ceiling, the size last recorded in size-ceilings.json plus a little slack. Growing past the
// ceiling fails the test command; being over the target is reported until the target is met.
// `node scripts/size-budget.mjs --record` writes the current sizes as the new ceilings.
import { readdirSync, readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { COMPILE_HINT, bundleOptions, minifyLiterals } from '../packages/widgets/build/minify-literals.mjs';

const WIDGETS = new URL('../packages/widgets/', import.meta.url).pathname;
const TARGETS = { 'cst-widgets.js': 35 * 1024, element: 20 * 1024 };
const CEILINGS_FILE = new URL('./size-ceilings.json', import.meta.url);
const SLACK = 512;
const ceilings = JSON.parse(readFileSync(CEILINGS_FILE, 'utf8'));
const record = process.argv.includes('--record');

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
          output: { format: 'es', entryFileNames: name, codeSplitting: false, postBanner: COMPILE_HINT },
        },
      },
    });
    const bytes = gzipSync(readFileSync(join(out, name)), { level: 9 }).length;
    const target = TARGETS[name] ?? TARGETS.element;
    const ceiling = (ceilings[name] ?? target) + SLACK;
    rows.push({ file: name, gzip: bytes, target, ceiling, onTarget: bytes <= target, ok: bytes <= ceiling });
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('bundle'.padEnd(28), 'gzip'.padStart(9), 'target'.padStart(9), 'ceiling'.padStart(9));
for (const row of rows) {
  const verdict = !row.ok ? 'GREW PAST CEILING' : row.onTarget ? 'ok' : 'over target';
  console.log(
    row.file.padEnd(28),
    kb(row.gzip).padStart(9),
    kb(row.target).padStart(9),
    kb(row.ceiling).padStart(9),
    verdict,
  );
}
if (record) {
  writeFileSync(
    CEILINGS_FILE,
    `${JSON.stringify(Object.fromEntries(rows.map((r) => [r.file, r.gzip])), null, 2)}\n`,
  );
  console.log(`recorded ${rows.length} ceilings in scripts/size-ceilings.json`);
}
const grew = rows.filter((row) => !row.ok);
const overTarget = rows.filter((row) => !row.onTarget).length;
console.log(`size: ${rows.length - overTarget} within target, ${overTarget} over target (issue 8)`);
console.log(`size ceilings: ${rows.length - grew.length} passed, ${grew.length} failed`);
if (grew.length > 0 && !record) process.exit(1);
