// Packing the published packages as a release would (pnpm pack, with each package's prepack),
// and installing the tarballs into scratch projects.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('../../../', import.meta.url).pathname;
/** The published packages, by folder under packages/. */
export const PUBLISHED = ['schema', 'widgets', 'feed', 'ssr'];

/** The pnpm the test command runs with (scripts/pnpm.sh exports it: `npx --yes pnpm@…` when none is installed). */
const PNPM = (process.env.PNPM ?? 'pnpm').split(' ');

/** Runs pnpm with `args` in `cwd`. */
export const pnpm = (args, cwd) => run(PNPM[0], [...PNPM.slice(1), ...args], cwd);

/** Runs a command, its output kept for the error if it fails. */
export function run(command, args, cwd, { timeout = 180_000, env = {} } = {}) {
  try {
    return execFileSync(command, args, {
      cwd,
      encoding: 'utf8',
      timeout,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
  } catch (error) {
    throw new Error(
      `${command} ${args.join(' ')} in ${cwd} failed:\n${error.stdout ?? ''}\n${error.stderr ?? ''}`,
      {
        cause: error,
      },
    );
  }
}

/** Packs every published package into `dir`; returns { name: tarball path }. */
export function packAll(dir) {
  const tarballs = {};
  for (const folder of PUBLISHED) {
    const cwd = join(ROOT, 'packages', folder);
    const { name } = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
    const before = new Set(readdirSync(dir));
    pnpm(['pack', '--pack-destination', dir], cwd);
    const made = readdirSync(dir).filter((file) => !before.has(file) && file.endsWith('.tgz'));
    if (made.length !== 1) throw new Error(`pnpm pack of ${name} made ${made.join(', ') || 'nothing'}`);
    tarballs[name] = join(dir, made[0]);
  }
  return tarballs;
}

/** Unpacks a tarball into `dir`/<folder> and returns that folder (the package root). */
export function unpack(tarball, dir, folder) {
  const target = join(dir, folder);
  mkdirSync(target, { recursive: true });
  run('tar', ['xzf', tarball, '-C', target, '--strip-components=1'], dir);
  return target;
}

/**
 * Copies a consumer project (tests/package/consumers/<name>) into `dir` and makes it depend on the
 * tarballs. Overrides pin @cst/* to the tarballs too, so no @cst package comes from a registry.
 */
export function consumer(name, dir, tarballs) {
  const target = join(dir, name);
  cpSync(join(ROOT, 'tests/package/consumers', name), target, { recursive: true });
  const file = join(target, 'package.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  const files = Object.fromEntries(
    Object.entries(tarballs).map(([pkgName, path]) => [pkgName, `file:${path}`]),
  );
  pkg.dependencies = { ...pkg.dependencies, ...files };
  pkg.overrides = Object.fromEntries(Object.keys(files).map((pkgName) => [pkgName, `$${pkgName}`]));
  pkg.pnpm = { overrides: files };
  writeFileSync(file, JSON.stringify(pkg, null, 2));
  return target;
}
