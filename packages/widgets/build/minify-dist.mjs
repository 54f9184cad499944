// After tsc: the per-element modules npm users bundle (dist/**/*.js) get the same template
// minification as the CDN bundle. No JS minifier touches the text inside template literals, so
// without this step an npm user's bundle carries the templates' indentation: +3,2 KB gzip for
// all seven elements, +0,2 to +1,1 KB per element. Each file's source map is composed with the
// change, so it still leads to the TypeScript source.
// Usage: node build/minify-dist.mjs [dist folder]   (the build script runs it)
import remapping from '@jridgewell/remapping';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyTemplates } from './minify-literals.mjs';

/** The modules tsc wrote: every .js below `dir`, the CDN bundle (built later, by Vite) aside. */
export function distModules(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.js') && f.name !== 'cst-widgets.js')
    .map((f) => join(f.parentPath, f.name));
}

/** Minifies the templates of one module in place, and its map; true if the file changed. */
export async function minifyModule(file) {
  const code = readFileSync(file, 'utf8');
  const result = await minifyTemplates(code, file);
  if (!result) return false;
  writeFileSync(file, result.code);
  const mapFile = `${file}.map`;
  const tscMap = JSON.parse(readFileSync(mapFile, 'utf8'));
  // The change's map reads the tsc output; tsc's map leads on from there to the source.
  const composed = remapping([result.map.toString(), tscMap], () => null);
  const { version, sources, sourcesContent, names, mappings } = composed;
  const { file: name, sourceRoot } = tscMap;
  const map = { version, file: name, sourceRoot, sources, sourcesContent, names, mappings };
  writeFileSync(mapFile, JSON.stringify(map));
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? join(fileURLToPath(new URL('..', import.meta.url)), 'dist'));
  let changed = 0;
  for (const file of distModules(dir)) if (await minifyModule(file)) changed++;
  console.log(`minify-dist: templates minified in ${changed} modules of ${dir}`);
}
