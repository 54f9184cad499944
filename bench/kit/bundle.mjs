// One benchmark page: a generated entry built into one minified classic script (file:// pages
// cannot load modules) next to the index.html that loads it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/**
 * Writes `source` to `entry` (where its imports resolve), builds it into `outDir`/`script`, removes
 * the entry, writes `outDir`/index.html from `html(script)`. Each bench keeps its own resolve
 * conditions, target and global name, so its bundles stay byte for byte what they were.
 * Returns the page's file URL and the script's size, raw and gzip -9.
 */
export async function bundlePage({
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
      plugins,
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
  const code = readFileSync(join(outDir, script));
  return {
    url: pathToFileURL(page).href,
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
  };
}
