// Size budgets, in gzip bytes: the all-in-one bundle, and each per-element entry bundled with
// everything it pulls in (Lit, d3 modules, the validator), as a CDN user would load it.
//
// Two limits per file: the target (issue 8: 35 KB for the bundle, 20 KB per element) and a
// ceiling, the size last recorded in size-ceilings.json plus a little slack. Growing past the
// ceiling fails the test command; being over the target is reported until the target is met.
//
// An element's entry is measured as a page that does not use the code it loads on demand pays for
// it: built once with every import() left out (what the entry itself holds), once whole; the
// difference is reported as "on demand" (the <table> and CSV readers). The all-in-one file holds
// everything, as it ships (one file, whose integrity hash covers all of it).
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

/**
 * Leaves every import() out of the bundle, as it is written (Vite's preloading wrapper too: an app
 * that splits its code has one of its own): what an entry costs a page that never loads it.
 */
const withoutOnDemand = {
  name: 'cst-without-on-demand',
  enforce: 'pre',
  resolveDynamicImport: (specifier) => ({ id: String(specifier), external: true }),
  load: (id) => (id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : null),
};
const out = mkdtempSync(join(tmpdir(), 'cst-size-'));
const rows = [];

/** The gzip size of an entry bundled in one file; `eager`: with its import()s left empty. */
async function gzipSize(entry, name, eager) {
  await build({
    root: WIDGETS,
    logLevel: 'silent',
    configFile: false,
    resolve: { conditions: ['source'] },
    plugins: [minifyLiterals(), ...(eager ? [withoutOnDemand] : [])],
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
  return gzipSync(readFileSync(join(out, name)), { level: 9 }).length;
}

try {
  for (const entry of entries) {
    const name = entry.replace(/\.ts$/, '.js');
    const whole = await gzipSize(entry, name, false);
    const bytes = name === 'cst-widgets.js' ? whole : await gzipSize(entry, name, true);
    const onDemand = whole - bytes;
    const target = TARGETS[name] ?? TARGETS.element;
    const ceiling = (ceilings[name] ?? target) + SLACK;
    rows.push({
      file: name,
      gzip: bytes,
      onDemand,
      target,
      ceiling,
      onTarget: bytes <= target,
      ok: bytes <= ceiling,
    });
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const columns = ['gzip', 'target', 'ceiling', 'on demand'];
console.log('bundle'.padEnd(28), ...columns.map((c) => c.padStart(10)));
for (const row of rows) {
  const verdict = !row.ok ? 'GREW PAST CEILING' : row.onTarget ? 'ok' : 'over target';
  console.log(
    row.file.padEnd(28),
    ...[kb(row.gzip), kb(row.target), kb(row.ceiling), row.onDemand ? `+${kb(row.onDemand)}` : ''].map((c) =>
      c.padStart(10),
    ),
    verdict,
    `(${row.gzip} B)`,
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
