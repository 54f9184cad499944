import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFeed } from '../src/index.js';
import { withRows, minimal } from './support/documents.js';
import { eventually, quiet, readStream, send, stalledGet } from './support/http.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

describe('streams (on loopback)', () => {
  let dir: string;
  let feed: Awaited<ReturnType<typeof startFeed>>;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cst-feed-streams-'));
    writeFileSync(join(dir, 'minimal.json'), JSON.stringify(minimal));
    feed = await startFeed({
      port: 0,
      dataDir: dir,
      log: quiet,
      heartbeatMs: 100,
      maxUnsentBytes: 64 * 1024,
    });
  });
  afterEach(async () => {
    await feed.close();
    rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  it('answers 404 to a stream of no document, and keeps nothing for it (memory back to its baseline)', async () => {
    const probe = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const response = await fetch(`${feed.url}/stream/made-up-${i}-${Math.random()}`);
        expect(response.status).toBe(404);
        await response.arrayBuffer();
      }
    };
    await probe(200); // warm up: code paths compiled, pools filled
    gc();
    const before = process.memoryUsage().heapUsed;
    await probe(4000);
    gc();
    expect([...feed.hub.streams.keys()]).toEqual(['minimal']);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(2 * 1024 * 1024);
  }, 30_000);

  it('accepts every form of the current ETag as Last-Event-ID or lastEventId: no whole document then', async () => {
    const { etag, id } = feed.store.get('minimal')!;
    const forms = [id, etag, `W/${etag}`, `"${id}-br"`, `"${id}-gzip"`, `W/"${id}-gzip"`];
    for (const form of forms) {
      const viaHeader = await readStream(`${feed.url}/stream/minimal`, { 'Last-Event-ID': form }, (t) =>
        t.includes(': heartbeat'),
      );
      expect(viaHeader.text, form).not.toContain('data:');
      const viaQuery = await readStream(
        `${feed.url}/stream/minimal?lastEventId=${encodeURIComponent(form)}`,
        {},
        (t) => t.includes(': heartbeat'),
      );
      expect(viaQuery.text, form).not.toContain('data:');
    }
    for (const other of ['old', `"${id}x"`, `${id}-deflate`, '']) {
      const behind = await readStream(`${feed.url}/stream/minimal`, { 'Last-Event-ID': other }, (t) =>
        t.includes('data:'),
      );
      expect(behind.text, other).toContain(`id: ${id}\ndata: {`);
    }
    // EventSource reconnects to the same URL with its own header: the header wins over the query.
    const reconnect = await readStream(
      `${feed.url}/stream/minimal?lastEventId=${id}`,
      { 'Last-Event-ID': 'old' },
      (t) => t.includes('data:'),
    );
    expect(reconnect.text).toContain('data: {');
  }, 30_000);

  it('ends a HEAD of a stream at once, and answers 404 to HEAD of a missing one', async () => {
    const head = await send(`${feed.url}/stream/minimal`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(head.headers['x-content-type-options']).toBe('nosniff');
    expect((await send(`${feed.url}/stream/none`, { method: 'HEAD' })).status).toBe(404);
    expect(feed.hub.clients).toBe(0);
  }, 30_000);

  it('unpublishes a deleted document: its clients get "gone" and their responses end; then 404', async () => {
    const reading = readStream(`${feed.url}/stream/minimal`, {}, () => false);
    await eventually(() => feed.hub.clients === 1, 'no client');
    rmSync(join(dir, 'minimal.json'));
    const { text, ended } = await reading;
    expect(ended).toBe(true);
    expect(text).toMatch(/event: gone\ndata: \{"reason":"deleted"\}\n\n$/);
    expect((await send(`${feed.url}/data/minimal.json`)).status).toBe(404);
    expect((await send(`${feed.url}/stream/minimal`)).status).toBe(404);
    expect(feed.hub.streams.size).toBe(0);
  }, 30_000);

  it('unpublishes a renamed document and publishes it under its new name', async () => {
    const reading = readStream(`${feed.url}/stream/minimal`, {}, () => false);
    await eventually(() => feed.hub.clients === 1, 'no client');
    renameSync(join(dir, 'minimal.json'), join(dir, 'renamed.json'));
    expect((await reading).text).toContain('event: gone');
    await eventually(
      async () => (await send(`${feed.url}/data/renamed.json`)).status === 200,
      'never published',
    );
    expect((await send(`${feed.url}/data/minimal.json`)).status).toBe(404);
  }, 30_000);

  it('shares one frame per message: stalled clients pin no copies, and are dropped past the bound', async () => {
    const big = withRows(2 * 1024 * 1024);
    await feed.store.set('big', big);
    const listener = readStream(`${feed.url}/stream/big`, {}, (t) => (t.match(/^id: /gm) ?? []).length >= 4);
    const stalled = await Promise.all(Array.from({ length: 20 }, () => stalledGet(`${feed.url}/stream/big`)));
    await eventually(() => feed.hub.clients === 21, `clients: ${feed.hub.clients}`);
    gc();
    const before = process.memoryUsage().arrayBuffers;
    for (let step = 1; step <= 3; step++)
      await feed.store.set('big', withRows(2 * 1024 * 1024, `riga ${step}`));
    // Healthy clients get every version; the stalled ones pass the bound (64 KB) and are disconnected.
    await listener;
    await eventually(() => feed.hub.clients === 0 && feed.hub.dropped === 20, `dropped: ${feed.hub.dropped}`);
    gc();
    // Their unsent data was the shared frames: a few versions at most, never 20 copies.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(4 * big.datasets.rows.rows.length * 60);
    for (const socket of stalled) socket.destroy();
  }, 30_000);
});
