// Releasing with changesets, rehearsed on a copy of the workspace's manifests: a minor changeset
// for @cst/schema, then `changeset version`, must bump it, write its CHANGELOG entry, release the
// packages that depend on it (in 0.x a minor is outside their ^ range), and leave the private
// packages alone.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, it } from 'node:test';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url).pathname;
const copy = mkdtempSync(join(tmpdir(), 'cst-changesets-'));
after(() => rmSync(copy, { recursive: true, force: true }));

const json = (path) => JSON.parse(readFileSync(join(copy, path), 'utf8'));

it('changeset version bumps the package, writes its CHANGELOG, updates its dependants, skips private ones', () => {
  const workspace = parse(readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8'));
  const folders = workspace.packages.flatMap((pattern) =>
    pattern.endsWith('/*') ? ['schema', 'widgets', 'feed'].map((p) => `packages/${p}`) : [pattern],
  );
  for (const file of ['package.json', 'pnpm-workspace.yaml', '.changeset/config.json']) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(root, file), join(copy, file));
  }
  for (const folder of folders) {
    mkdirSync(join(copy, folder), { recursive: true });
    cpSync(join(root, folder, 'package.json'), join(copy, folder, 'package.json'));
  }
  for (const name of ['schema', 'widgets', 'feed']) {
    cpSync(join(root, `packages/${name}/CHANGELOG.md`), join(copy, `packages/${name}/CHANGELOG.md`));
  }
  const before = Object.fromEntries(folders.map((f) => [f, json(`${f}/package.json`).version]));
  writeFileSync(
    join(copy, '.changeset/fix-dates.md'),
    "---\n'@cst/schema': minor\n---\n\nA new dataset kind, map.\n",
  );

  execFileSync(join(root, 'node_modules/.bin/changeset'), ['version'], { cwd: copy, encoding: 'utf8' });

  const bump = (version) => version.replace(/(\d+)\.\d+$/, (_, minor) => `${Number(minor) + 1}.0`);
  assert.equal(json('packages/schema/package.json').version, bump(before['packages/schema']));
  const changelog = readFileSync(join(copy, 'packages/schema/CHANGELOG.md'), 'utf8');
  assert.match(
    changelog,
    new RegExp(
      `## ${bump(before['packages/schema']).replace(/\./g, '\\.')}\\n+### Minor Changes\\n+- A new dataset kind`,
    ),
  );
  for (const dependant of ['widgets', 'feed']) {
    const pkg = json(`packages/${dependant}/package.json`);
    assert.equal(pkg.dependencies['@cst/schema'], 'workspace:^', `${dependant} keeps the workspace protocol`);
    assert.ok(
      readFileSync(join(copy, `packages/${dependant}/CHANGELOG.md`), 'utf8').includes(
        `@cst/schema@${bump(before['packages/schema'])}`,
      ),
      `${dependant}'s CHANGELOG names the new @cst/schema`,
    );
  }
  for (const folder of folders.filter((f) => json(`${f}/package.json`).private)) {
    assert.equal(
      json(`${folder}/package.json`).version,
      before[folder],
      `${folder} is private: not versioned`,
    );
  }
});
