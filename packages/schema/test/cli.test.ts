import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED } from './expected-errors.js';
import { INVALID_FIXTURES } from './load.js';

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(PACKAGE, 'bin', 'cst-validate.js');

function newestSource(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    }),
  );
}

/** The CLI runs the built library: build it when dist is missing or older than src. */
beforeAll(() => {
  const dist = join(PACKAGE, 'dist', 'index.js');
  if (existsSync(dist) && statSync(dist).mtimeMs >= newestSource(join(PACKAGE, 'src'))) return;
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: PACKAGE, stdio: 'inherit' });
}, 120_000);

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: PACKAGE, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cst-validate', () => {
  it('reports valid documents with their dataset count and exits 0', () => {
    expect(run('fixtures/focus-2016.json', 'fixtures/minimal.json')).toEqual({
      code: 0,
      stdout: 'fixtures/focus-2016.json: valid (22 datasets)\nfixtures/minimal.json: valid (6 datasets)\n',
      stderr: '',
    });
  });

  it('prints every problem as file: path: message and exits 1', () => {
    const { code, stdout } = run(...INVALID_FIXTURES.map((f) => `fixtures/${f}`));
    const expected = INVALID_FIXTURES.flatMap((f) =>
      EXPECTED[f]!.map((e) => `fixtures/${f}: ${e.path}: ${e.message}`),
    );
    expect(code).toBe(1);
    expect(stdout.trimEnd().split('\n')).toEqual(expected);
    expect(stdout).toContain(
      'fixtures/invalid/wrong-type.json: $.datasets.sla.items[2].target.value: must be a number, not the text "x"',
    );
  });

  it('exits 2 for a missing file and for text that is not JSON, saying where it breaks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cst-validate-'));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{\n  "schemaVersion": "1.0",\n  "id": }\n');
    const { code, stdout } = run(broken, 'fixtures/minimal.json', 'fixtures/nope.json');
    expect(code).toBe(2);
    expect(stdout.split('\n')).toEqual([
      `${broken}: not JSON: unexpected character "}" at line 3, column 9 (expected a value)`,
      'fixtures/minimal.json: valid (6 datasets)',
      'fixtures/nope.json: cannot read the file (ENOENT: no such file or directory)',
      '',
    ]);
  });

  it('prints machine-readable results with --json', () => {
    const { code, stdout } = run('--json', 'fixtures/minimal.json', 'fixtures/invalid/unknown-kind.json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      valid: false,
      files: [
        { file: 'fixtures/minimal.json', status: 'valid', datasets: 6, errors: [] },
        {
          file: 'fixtures/invalid/unknown-kind.json',
          status: 'invalid',
          errors: EXPECTED['invalid/unknown-kind.json'],
        },
      ],
    });
  });

  it('checks a bare dataset too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cst-validate-'));
    const file = join(dir, 'kpi.json');
    writeFileSync(file, JSON.stringify({ kind: 'kpi', title: 'Servizi attivi', value: 356 }));
    expect(run(file)).toMatchObject({ code: 0, stdout: `${file}: valid (one kpi dataset)\n` });
  });

  it('explains its usage and exits 2 without files or with an unknown option', () => {
    expect(run()).toMatchObject({ code: 2, stdout: '' });
    expect(run().stderr).toContain('usage: cst-validate');
    expect(run('--strict', 'fixtures/minimal.json').stderr).toContain('unknown option --strict');
    expect(run('--help')).toMatchObject({ code: 0 });
  });

  it('is an executable with a node shebang', () => {
    expect(statSync(BIN).mode & 0o111).not.toBe(0);
    const result = spawnSync(BIN, ['fixtures/minimal.json'], { cwd: PACKAGE, encoding: 'utf8' });
    expect(result.stdout).toBe('fixtures/minimal.json: valid (6 datasets)\n');
  });
});
