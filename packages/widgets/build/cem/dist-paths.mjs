// Module paths into the published files: the analyzer reads src/*.ts, but a tool that follows a
// path (an import in generated JSX types, a "go to source" in an editor) needs dist/*.js, which is
// what the package ships. Also normalises the relative paths of re-exports (`./core/x.js` in
// src/index.ts) and the analyzer's `/src/…` superclass paths.
import { dirname, join, normalize } from 'node:path';

function toDist(path, from) {
  const resolved = path.startsWith('.') ? join(dirname(from), path) : path.replace(/^\//, '');
  return normalize(resolved)
    .replace(/^src\//, 'dist/')
    .replace(/\.ts$/, '.js');
}

/** Rewrites every `module` field below `node` (declarations, references, inheritedFrom, exports). */
function rewrite(node, from) {
  if (Array.isArray(node)) return node.forEach((item) => rewrite(item, from));
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'module' && typeof value === 'string' && !node.package) node.module = toDist(value, from);
    else rewrite(value, from);
  }
}

export function distPathsPlugin() {
  return {
    name: 'cst-dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        rewrite(mod.declarations, mod.path);
        rewrite(mod.exports, mod.path);
        mod.path = toDist(mod.path, mod.path);
      }
    },
  };
}
