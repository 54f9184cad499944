// Size budgets, in gzip bytes: the all-in-one bundle, and each per-element entry bundled with
// everything it pulls in (Lit, d3 modules, the validator), as a CDN user would load it.
// What an entry loads only on demand (`import()`: the worded-error catalogue, read when a problem is
// first shown) is a chunk of its own, which a page without that need never fetches: it is listed
// apart ("later") and does not count against the entry's budget. The CDN file is one file: there
// the same code is inlined and counted.
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

/**
 * Vite wraps each `import()` in its preload helper (~0,6 KB gzip), the app's machinery for preloading
 * a lazy chunk's own imports and CSS: one per app, shared by all its dynamic imports, and absent from
 * other bundlers' output. An element's entry is measured without it.
 */
const PRELOAD_HELPER = '\0vite/preload-helper.js';
const withoutPreloadHelper = {
  name: 'cst-size-without-preload-helper',
  enforce: 'pre',
  load: (id) => (id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : null),
};

const entries = readdirSync(join(WIDGETS, 'src')).filter((name) => /^cst-.+\.ts$/.test(name));
const out = mkdtempSync(join(tmpdir(), 'cst-size-'));
const rows = [];
try {
  for (const entry of entries) {
    const name = entry.replace(/\.ts$/, '.js');
    const [{ output }] = [
      await build({
        root: WIDGETS,
        logLevel: 'silent',
        configFile: false,
        resolve: { conditions: ['source'] },
        plugins: [minifyLiterals(), withoutPreloadHelper],
        build: {
          ...bundleOptions,
          outDir: out,
          emptyOutDir: false,
          rollupOptions: {
            input: join(WIDGETS, 'src', entry),
            // What the entry shares with a lazy chunk stays in the entry, which then exports it.
            preserveEntrySignatures: 'allow-extension',
            output: {
              format: 'es',
              entryFileNames: name,
              chunkFileNames: `${name.replace(/\.js$/, '')}.later-[hash].js`,
              codeSplitting: name !== 'cst-widgets.js',
              postBanner: COMPILE_HINT,
            },
          },
        },
      }),
    ].flat();
    // The entry counts with every chunk it imports statically; the chunks only imported by `import()` come later.
    const chunks = new Map(
      output.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]),
    );
    const eager = new Set([name]);
    for (const file of eager) for (const imported of chunks.get(file).imports) eager.add(imported);
    const gzip = (file) => gzipSync(readFileSync(join(out, file)), { level: 9 }).length;
    const sum = (files) => files.reduce((total, file) => total + gzip(file), 0);
    const bytes = sum([...eager]);
    const later = sum([...chunks.keys()].filter((file) => !eager.has(file)));
    const target = TARGETS[name] ?? TARGETS.element;
    const ceiling = (ceilings[name] ?? target) + SLACK;
    rows.push({
      file: name,
      gzip: bytes,
      later,
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
console.log(
  'bundle'.padEnd(28),
  'gzip'.padStart(9),
  'later'.padStart(9),
  'target'.padStart(9),
  'ceiling'.padStart(9),
);
for (const row of rows) {
  const verdict = !row.ok ? 'GREW PAST CEILING' : row.onTarget ? 'ok' : 'over target';
  console.log(
    row.file.padEnd(28),
    kb(row.gzip).padStart(9),
    (row.later ? kb(row.later) : '-').padStart(9),
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
