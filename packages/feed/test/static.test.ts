import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeed } from '../src/index.js';
import { startChildFeed } from './support/child-feed.js';
import { eventually, openDescriptors, quiet, send } from './support/http.js';

const minimal = readFileSync(new URL('../../schema/fixtures/minimal.json', import.meta.url), 'utf8');
const MB = 1024 * 1024;

/** A data folder and a static folder a hostile client would try: links out, dotfiles, node_modules. */
function folders() {
  const root = mkdtempSync(join(tmpdir(), 'cst-feed-static-'));
  chmodSync(root, 0o755);
  const data = join(root, 'data');
  const site = join(root, 'site');
  mkdirSync(data);
  mkdirSync(join(site, '.git'), { recursive: true });
  mkdirSync(join(site, 'node_modules', 'pkg'), { recursive: true });
  mkdirSync(join(site, 'page'));
  writeFileSync(join(data, 'minimal.json'), minimal);
  writeFileSync(join(site, 'app.js'), 'export const x = 1;\n'.repeat(100));
  writeFileSync(join(site, 'page', 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(join(site, '.env'), 'SECRET=1');
  writeFileSync(join(site, '.git', 'config'), '[core]');
  writeFileSync(join(site, 'node_modules', 'pkg', 'index.js'), 'x');
  writeFileSync(join(site, 'big.bin'), Buffer.alloc(24 * MB, 7));
  symlinkSync('/etc/passwd', join(site, 'passwd'));
  symlinkSync('/etc', join(site, 'etc'));
  symlinkSync('app.js', join(site, 'alias.js'));
  return { root, data, site };
}

describe('static files (on loopback)', () => {
  let dirs: ReturnType<typeof folders>;
  let feed: Awaited<ReturnType<typeof startFeed>>;

  beforeAll(async () => {
    dirs = folders();
    feed = await startFeed({
      port: 0,
      dataDir: dirs.data,
      staticDirs: [dirs.site],
      log: quiet,
      frameAncestors: 'https://comune.example',
    });
  });
  afterAll(async () => {
    await feed.close();
    rmSync(dirs.root, { recursive: true, force: true });
  }, 30_000);

  it('follows no link out of its folder, but serves a link that stays inside', async () => {
    for (const path of ['/passwd', '/etc/passwd', '/etc/hostname']) {
      const response = await send(`${feed.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.body.toString()).not.toContain('root:');
    }
    expect((await send(`${feed.url}/alias.js`)).status).toBe(200);
  }, 30_000);

  it('serves no dotfile, nothing under node_modules, and nothing by climbing out', async () => {
    for (const path of [
      '/.env',
      '/.git/config',
      '/%2eenv',
      '/node_modules/pkg/index.js',
      '/..%2f..%2fetc%2fpasswd',
      '/page/%2e%2e/.env',
    ]) {
      const response = await send(`${feed.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.body.toString()).not.toMatch(/SECRET|core/);
    }
  }, 30_000);

  it('gives the content type, nosniff and CORS to every file, and the CSP to pages', async () => {
    const script = await send(`${feed.url}/app.js`);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['x-content-type-options']).toBe('nosniff');
    expect(script.headers['access-control-allow-origin']).toBe('*');
    expect(script.headers['content-security-policy']).toBeUndefined();
    const page = await send(`${feed.url}/page/`);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain('frame-ancestors https://comune.example');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await send(`${feed.url}/big.bin`, { method: 'HEAD' })).headers['content-type']).toBe(
      'application/octet-stream',
    );
  }, 30_000);

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await send(`${feed.url}/app.js`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(2000));
    expect(head.body.length).toBe(0);
  }, 30_000);

  it('closes the file of every aborted download (descriptors back to where they were)', async () => {
    const before = openDescriptors();
    const sockets: Socket[] = [];
    for (let i = 0; i < 150; i++) {
      const socket = connect(feed.port, '127.0.0.1');
      sockets.push(socket);
      await new Promise<void>((resolve) => {
        socket.write(`GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\n`);
        socket.once('data', () => resolve());
      });
      socket.destroy();
    }
    const after = await eventually(
      () => (openDescriptors() <= before + 2 ? openDescriptors() : 0),
      `descriptors stay open: ${openDescriptors()} against ${before} before`,
    );
    expect(after).toBeLessThanOrEqual(before + 2);
    expect((await send(`${feed.url}/app.js`)).status).toBe(200);
  }, 30_000);

  it('stays up when a file is deleted and created again while it is being requested', async () => {
    const file = join(dirs.site, 'flicker.js');
    // Replaced whole (written aside, then renamed) or deleted: what a deploy or a job does.
    let flickering = true;
    const flicker = (async () => {
      for (let i = 0; flickering; i++) {
        if (i % 2) rmSync(file, { force: true });
        else {
          writeFileSync(`${file}.tmp`, 'export {};\n'.repeat(300));
          renameSync(`${file}.tmp`, file);
        }
        await new Promise((r) => setImmediate(r));
      }
    })();
    const statuses = new Set<number>();
    const end = Date.now() + 10_000;
    try {
      for (let i = 0; i < 300 && Date.now() < end; i++) {
        const response = await send(`${feed.url}/flicker.js`).catch(() => ({ status: 0 }));
        statuses.add(response.status);
      }
    } finally {
      flickering = false;
      await flicker;
    }
    expect(
      [...statuses].every((status) => [200, 404].includes(status)),
      [...statuses].join(),
    ).toBe(true);
    expect((await send(`${feed.url}/data/minimal.json`)).status).toBe(200);
  }, 30_000);
});

describe('static files the feed cannot open (a process of its own)', () => {
  it('answers a file it may not read with an error and keeps serving', async () => {
    const dirs = folders();
    const secret = join(dirs.site, 'secret.js');
    writeFileSync(secret, 'export {};');
    chmodSync(secret, 0o000);
    // Root reads anything: the feed runs as "nobody" there, as it should in production.
    const uid = process.getuid?.() === 0 ? 65534 : undefined;
    const feed = await startChildFeed(
      ['--port', '0', '--no-simulate', '--data', dirs.data, '--static', dirs.site],
      { uid },
    );
    try {
      const response = await send(`${feed.url}/secret.js`);
      expect(response.status).toBe(500);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(feed.output()).toContain('could not send a static file: EACCES');
      expect((await send(`${feed.url}/app.js`)).status).toBe(200);
      expect(feed.exited()).toBe(false);
    } finally {
      await feed.stop();
      rmSync(dirs.root, { recursive: true, force: true });
    }
  }, 30_000);

  it('answers 503 when it runs out of descriptors, and serves again once they are free', async () => {
    const dirs = folders();
    const feed = await startChildFeed(
      ['--port', '0', '--no-simulate', '--data', dirs.data, '--static', dirs.site],
      { nofile: 64 },
    );
    const { hostname, port } = new URL(feed.url);
    const open = () =>
      new Promise<Socket>((resolve, reject) => {
        const socket = connect(Number(port), hostname, () => resolve(socket)).on('error', reject);
      });
    const fillers: Socket[] = [];
    try {
      const asker = await open();
      // Every descriptor taken by an idle connection: the next ones are accepted and dropped.
      for (let i = 0; i < 80; i++) {
        const socket = await open().catch(() => undefined);
        if (!socket) break;
        fillers.push(socket);
      }
      await new Promise((r) => setTimeout(r, 300));
      const answer = await new Promise<string>((resolve) => {
        let text = '';
        asker.on('data', (chunk) => {
          text += chunk;
          if (text.includes('\r\n\r\n')) resolve(text);
        });
        asker.on('close', () => resolve(text));
        asker.write('GET /app.js HTTP/1.1\r\nHost: x\r\n\r\n');
      });
      expect(answer).toMatch(/^HTTP\/1\.1 503/);
      expect(answer).toMatch(/retry-after: 5/i);
      for (const socket of fillers) socket.destroy();
      asker.destroy();
      await eventually(
        async () => (await send(`${feed.url}/app.js`).catch(() => undefined))?.status === 200,
        'never served again',
      );
      expect(feed.exited()).toBe(false);
    } finally {
      for (const socket of fillers) socket.destroy();
      await feed.stop();
      rmSync(dirs.root, { recursive: true, force: true });
    }
  }, 30_000);
});
