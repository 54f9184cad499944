import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatError, problemCount } from '../src/index.js';
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

/** The locale variables a shell may set; each test says which it has (Vitest itself runs in Italian). */
const NO_LOCALE = { LC_ALL: '', LC_MESSAGES: '', LANG: 'C' };

function runIn(locale: Record<string, string>, ...args: string[]) {
  const env = { ...process.env, ...NO_LOCALE, ...locale };
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: PACKAGE, encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const run = (...args: string[]) => runIn({}, ...args);
const ITALIAN = { LANG: 'it_IT.UTF-8' };

// Each test spawns Node several times: seconds on a loaded machine.
describe('cst-validate', { timeout: 60_000 }, () => {
  it('reports valid documents with their dataset count and exits 0', () => {
    expect(run('fixtures/focus-2016.json', 'fixtures/minimal.json')).toEqual({
      code: 0,
      stdout: 'fixtures/focus-2016.json: valid (22 datasets)\nfixtures/minimal.json: valid (6 datasets)\n',
      stderr: '',
    });
  });

  it('prints each invalid file with its count, then every problem as file: path: message, and exits 1', () => {
    const { code, stdout } = run(...INVALID_FIXTURES.map((f) => `fixtures/${f}`));
    const expected = INVALID_FIXTURES.flatMap((f) => [
      `fixtures/${f}: invalid (${problemCount(EXPECTED[f]!.length, 'en')})`,
      ...EXPECTED[f]!.map((e) => `fixtures/${f}: ${e.path}: ${formatError(e, 'en')}`),
    ]);
    expect(code).toBe(1);
    expect(stdout.trimEnd().split('\n')).toEqual(expected);
    expect(stdout).toContain('fixtures/invalid/missing-field.json: invalid (2 problems)');
    expect(stdout).toContain('fixtures/invalid/newer-version.json: invalid (1 problem)');
    expect(stdout).toContain(
      'fixtures/invalid/wrong-type.json: $.datasets.sla.items[0].measured.value: must be a number, not the text "99,92"; write 99.92, not "99,92"',
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
    const env = { ...process.env, ...NO_LOCALE };
    const result = spawnSync(BIN, ['fixtures/minimal.json'], { cwd: PACKAGE, encoding: 'utf8', env });
    expect(result.stdout).toBe('fixtures/minimal.json: valid (6 datasets)\n');
  });

  it('speaks Italian under an Italian locale, with the same hints, places and exit codes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cst-validate-'));
    const broken = join(dir, 'virgola.json');
    writeFileSync(broken, '\uFEFF{\r\n  "id": "x",\r\n  "valore": 98,5\r\n}\r\n');
    const files = [
      'fixtures/minimal.json',
      'fixtures/invalid/newer-version.json',
      'fixtures/invalid/wrong-type.json',
    ];
    expect(runIn(ITALIAN, ...files, broken)).toEqual({
      code: 2,
      stdout: [
        'fixtures/minimal.json: valido (6 dataset)',
        'fixtures/invalid/newer-version.json: non valido (1 problema)',
        'fixtures/invalid/newer-version.json: $.schemaVersion: schemaVersion 2.0 è più recente di quanto questa libreria conosca (1.x): aggiorna @cst/schema e @cst/widgets',
        'fixtures/invalid/wrong-type.json: non valido (2 problemi)',
        'fixtures/invalid/wrong-type.json: $.datasets.sla.items[0].measured.value: deve essere un numero, non il testo "99,92"; scrivi 99.92, non "99,92"',
        'fixtures/invalid/wrong-type.json: $.datasets.sla.items[2].target.value: deve essere un numero, non il testo "x"',
        `${broken}: non è JSON: carattere inatteso "5" alla riga 3, colonna 16 (atteso: un nome di campo tra virgolette doppie); in JSON i decimali si scrivono con il punto: 98.5, non 98,5`,
        '',
      ].join('\n'),
      stderr: '',
    });
    expect(runIn(ITALIAN, 'fixtures/nope.json').stdout).toBe(
      'fixtures/nope.json: impossibile leggere il file (ENOENT: no such file or directory)\n',
    );
    expect(runIn(ITALIAN, 'fixtures/invalid/unknown-kind.json').code).toBe(1);
    expect(runIn(ITALIAN).stderr).toContain('uso: cst-validate');
    expect(runIn(ITALIAN, '--strict', 'x.json').stderr).toContain('opzione sconosciuta --strict');
  });

  it('reads the locale as POSIX does (LC_ALL, then LC_MESSAGES, then LANG), and --lang overrides it', () => {
    const file = 'fixtures/minimal.json';
    expect(runIn({ LC_MESSAGES: 'it_IT.UTF-8' }, file).stdout).toContain('valido (6 dataset)');
    expect(runIn({ LC_ALL: 'it_IT.UTF-8', LANG: 'en_GB.UTF-8' }, file).stdout).toContain('valido');
    expect(runIn({ LC_ALL: 'en_GB.UTF-8', LANG: 'it_IT.UTF-8' }, file).stdout).toContain(
      'valid (6 datasets)',
    );
    expect(runIn(ITALIAN, '--lang', 'en', file).stdout).toBe(`${file}: valid (6 datasets)\n`);
    expect(runIn({}, '--lang=it', file).stdout).toBe(`${file}: valido (6 dataset)\n`);
    expect(runIn(ITALIAN, '--lang', 'fr', file)).toMatchObject({ code: 2, stdout: '' });
    expect(runIn(ITALIAN, '--lang', 'fr', file).stderr).toContain('--lang vuole it o en, non "fr"');
  });

  it('ships cst-import as an executable too, in the user’s language', () => {
    const bin = join(PACKAGE, 'bin', 'cst-import.js');
    expect(statSync(bin).mode & 0o111).not.toBe(0);
    const env = { ...process.env, ...NO_LOCALE, ...ITALIAN };
    const result = spawnSync(bin, ['--help'], { cwd: PACKAGE, encoding: 'utf8', env });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('uso: cst-import file.csv --kind <tipo> --id <id-dataset>');
  });
});
