// One benchmark page: a generated entry built into one minified classic script (file:// pages
// cannot load modules) next to the index.html that loads it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { COMPILE_HINT, minifyLiterals } from '../../packages/widgets/build/minify-literals.mjs';

/**
 * V8's compile hint (COMPILE_HINT, as the shipped cst-widgets.js carries it) at the top of a
 * script: env COMPILE_HINT=cst gives it to the cst element only, as shipped; =all to every library
 * alike; unset, none.
 */
const hinted = (name) =>
  process.env.COMPILE_HINT === 'all' || (process.env.COMPILE_HINT === 'cst' && name.startsWith('cst-'));

/**
 * Writes `source` to `entry` (where its imports resolve), builds it into `outDir`/`script`, removes
 * the entry, writes `outDir`/index.html from `html(script)`. Each bench keeps its own resolve
 * conditions, target and global name, so its bundles stay byte for byte what they were.
 * `name` is the library's (see COMPILE_HINT). Returns the page's file URL and the script's size,
 * raw and gzip -9.
 */
export async function bundlePage({
  name = '',
  source,
  entry,
  outDir,
  root,
  plugins = [],
  conditions,
  target,
  globalName,
  script,
  html,
}) {
  writeFileSync(entry, source);
  try {
    await build({
      configFile: false,
      logLevel: 'error',
      root,
      // Our templates minified as in both shipped forms (the CDN bundle, the npm modules); peers untouched.
      plugins: [...plugins, minifyLiterals()],
      resolve: { conditions },
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        outDir,
        emptyOutDir: true,
        minify: true,
        // Only when given: an explicit undefined would replace Vite's default target.
        ...(target ? { target } : {}),
        lib: { entry, name: globalName, formats: ['iife'], fileName: () => script },
      },
    });
  } finally {
    rmSync(entry, { force: true });
  }
  const page = join(outDir, 'index.html');
  writeFileSync(page, html(script));
  if (hinted(name))
    writeFileSync(join(outDir, script), `${COMPILE_HINT}\n${readFileSync(join(outDir, script), 'utf8')}`);
  const code = readFileSync(join(outDir, script));
  return {
    url: pathToFileURL(page).href,
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
  };
}
