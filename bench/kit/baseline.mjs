// BASELINE=<rev>: an element's own files as they were at a git revision, to measure both versions
// interleaved in one run.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Copies `own` (paths from the repository root, files or folders) as they were at `rev` out of git
 * into `dir`, and returns a Vite plugin that gives every import resolving to one of them the copy
 * instead. The copies' own imports resolve as from their real place, so shared code (core, Lit, the
 * rest of the schema) is today's and only the element's files differ.
 */
export function baselinePlugin(rev, own, dir) {
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-x', '-C', dir], {
    input: execFileSync('git', ['archive', rev, ...own], { cwd: root }),
  });
  // The project's compiler settings (legacy decorators, no define semantics for class fields).
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ extends: join(root, 'tsconfig.base.json'), include: ['packages'] }),
  );
  const copied = (file) => {
    const rel = relative(root, file);
    return own.some((o) => rel === o || rel.startsWith(`${o}/`)) ? join(dir, rel) : undefined;
  };
  return {
    name: 'cst-baseline',
    enforce: 'pre',
    async resolveId(source, importer) {
      const from = importer?.startsWith(dir) ? join(root, relative(dir, importer)) : importer;
      const resolved = await this.resolve(source, from, { skipSelf: true });
      const copy = resolved && copied(resolved.id);
      return copy ? { ...resolved, id: copy } : resolved;
    },
  };
}
