// What npm users get: the per-element modules in packages/widgets/dist (after `pnpm build`) carry
// minified templates, as the CDN bundle does, and their source maps still lead to the TypeScript.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { build } from 'vite';
import { distModules } from '../../packages/widgets/build/minify-dist.mjs';
import {
  bundleOptions,
  minifyLiterals,
  minifyTemplates,
} from '../../packages/widgets/build/minify-literals.mjs';

const widgets = fileURLToPath(new URL('../../packages/widgets/', import.meta.url));
const dist = join(widgets, 'dist');

test('every module in dist has its templates minified already', async () => {
  const modules = distModules(dist);
  assert.ok(modules.length > 40, `${modules.length} modules: is dist built?`);
  const left = [];
  for (const file of modules) if (await minifyTemplates(readFileSync(file, 'utf8'), file)) left.push(file);
  assert.deepEqual(left, []);
});

test("a dist module's source map leads to the line of the TypeScript source", () => {
  const cases = [
    ['kpi-tile/kpi-tile', 'change.amount'],
    ['trend-line/plot', 'seriesClass(l.index)'],
    ['deployment-matrix/deployment-matrix.rows', 'ctx.noStatus'],
  ];
  for (const [path, needle] of cases) {
    const lines = readFileSync(join(dist, `${path}.js`), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes(needle));
    assert.ok(line >= 0, `${needle} in dist/${path}.js`);
    const map = new TraceMap(readFileSync(join(dist, `${path}.js.map`), 'utf8'));
    const found = originalPositionFor(map, { line: line + 1, column: lines[line].indexOf(needle) });
    assert.equal(found.source, `${'../'.repeat(path.split('/').length)}src/${path}.ts`);
    const source = readFileSync(join(widgets, 'src', `${path}.ts`), 'utf8').split('\n');
    assert.ok(source[found.line - 1]?.includes(needle), `${path}.ts:${found.line} holds ${needle}`);
  }
});

/** One entry bundled as the size budget bundles (minified), gzip bytes. */
async function bundled(input, plugins) {
  const out = mkdtempSync(join(tmpdir(), 'cst-dist-'));
  try {
    await build({
      root: widgets,
      logLevel: 'silent',
      configFile: false,
      plugins,
      build: {
        ...bundleOptions,
        outDir: out,
        rollupOptions: { input, output: { format: 'es', entryFileNames: 'entry.js', codeSplitting: false } },
      },
    });
    return gzipSync(readFileSync(join(out, 'entry.js')), { level: 9 }).length;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

test("an npm user's bundle of an element is the size the budget measures from the sources", async () => {
  // The matrix has the most template text: without minified templates in dist, +4 %.
  const fromDist = await bundled(join(dist, 'cst-deployment-matrix.js'), []);
  const fromSource = await bundled(join(widgets, 'src/cst-deployment-matrix.ts'), [minifyLiterals()]);
  assert.ok(
    Math.abs(fromDist - fromSource) / fromSource < 0.01,
    `from dist ${fromDist} B, from the sources ${fromSource} B (gzip)`,
  );
});
