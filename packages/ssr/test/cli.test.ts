import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../bin/cst-render.js', import.meta.url).pathname;
const fixtures = new URL('../../schema/fixtures/', import.meta.url).pathname;
const cstRender = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

describe('cst-render', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cst-render-'));
  const page = join(dir, 'page.html');
  writeFileSync(
    page,
    '<!doctype html><html lang="it"><body><cst-report src="/data/focus-2016.json">' +
      '<cst-kpi-tile dataset="active-credentials"></cst-kpi-tile></cst-report>' +
      '<cst-kpi-tile stream="/stream/x" dataset="x"></cst-kpi-tile></body></html>',
  );

  it('writes the rendered page to --out, and says what it rendered and what it left to the browser', () => {
    const out = join(dir, 'out.html');
    const run = cstRender(page, '--data', `/data=${fixtures}`, '--out', out, '--csp');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('55.211');
    expect(run.stderr).toMatch(/1 elements rendered in \d+ ms, 1 left to the browser/);
    expect(run.stderr).toContain(
      '<cst-kpi-tile dataset="x"> left to the browser: its data comes only from a stream',
    );
    expect(run.stderr).toMatch(/style-src 'self' 'unsafe-hashes' 'sha256-/);
  });

  it('writes to standard output without --out; --strict fails when an element is left to the browser', () => {
    const run = cstRender(page, '--data', `/data=${fixtures}`, '--strict');
    expect(run.stdout).toContain('shadowrootmode="open"');
    expect(run.status).toBe(1);
  });

  it('answers a wrong call with its usage and exit code 2', () => {
    for (const args of [
      [],
      [page],
      [page, '--data', 'nofolder'],
      [page, '--data', `/d=${join(dir, 'none')}`],
      ['missing.html', '--data', `/d=${fixtures}`],
    ]) {
      const run = cstRender(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^cst-render: .+\n\nUsage: cst-render/);
    }
  });
});
