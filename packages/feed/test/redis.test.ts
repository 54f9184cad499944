import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChildFeed, type ChildFeed } from './support/child-feed.js';
import { eventually, readStream, send } from './support/http.js';
import { startRedis } from './support/redis-server.js';

const minimal = JSON.parse(
  readFileSync(new URL('../../schema/fixtures/minimal.json', import.meta.url), 'utf8'),
);
const titled = (title: string) => JSON.stringify({ ...minimal, title });

/** The bare id of the version an instance serves now. */
async function currentId(feed: ChildFeed, name: string) {
  return String((await send(`${feed.url}/data/${name}.json`)).headers.etag).slice(1, -1);
}

describe('two feed processes sharing documents through a real Redis', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let dir: string;
  let writer: ChildFeed;
  let reader: ChildFeed;

  beforeAll(async () => {
    redis = await startRedis();
    dir = mkdtempSync(join(tmpdir(), 'cst-feed-shared-'));
    writeFileSync(join(dir, 'report.json'), titled('Prima'));
    // One instance watches the folder and publishes; the other has no folder: it serves what Redis brings.
    writer = await startChildFeed(['--port', '0', '--no-simulate', '--data', dir, '--redis', redis.socket]);
    reader = await startChildFeed(['--port', '0', '--redis', redis.socket]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([writer?.stop(), reader?.stop()]);
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the same version, with the same ETag, from either instance', async () => {
    const fromReader = await eventually(async () => {
      const response = await send(`${reader.url}/data/report.json`);
      return response.status === 200 ? response : undefined;
    }, 'the reader never got the document');
    const fromWriter = await send(`${writer.url}/data/report.json`);
    expect(fromReader.headers.etag).toBe(fromWriter.headers.etag);
    expect(fromReader.body.toString()).toBe(fromWriter.body.toString());
  }, 30_000);

  it('pushes a change of the folder to the stream clients of the other instance', async () => {
    const id = await currentId(reader, 'report');
    const reading = readStream(`${reader.url}/stream/report`, { 'Last-Event-ID': id }, (t) =>
      t.includes('Seconda'),
    );
    await eventually(
      async () => (await send(`${reader.url}/stream/report`, { method: 'HEAD' })).status === 200,
      'no stream',
    );
    await new Promise((r) => setTimeout(r, 200));
    writeFileSync(join(dir, 'report.json'), titled('Seconda'));
    const { text } = await reading;
    expect(text).toContain('"title":"Seconda"');
    expect(await currentId(reader, 'report')).toBe(await currentId(writer, 'report'));
  }, 30_000);

  it('resumes a client on the other instance with its Last-Event-ID: no whole document again', async () => {
    await eventually(
      async () => (await currentId(reader, 'report')) === (await currentId(writer, 'report')),
      'not in step',
    );
    const id = await currentId(writer, 'report');
    const onWriter = await readStream(`${writer.url}/stream/report`, {}, (t) =>
      t.includes(`id: ${id}\ndata: {`),
    );
    expect(onWriter.text).toContain('"title":"Seconda"');
    // The load balancer sends the reconnect elsewhere: the same id is current there.
    const onReader = await readStream(
      `${reader.url}/stream/report`,
      { 'Last-Event-ID': id },
      (t) => t.includes('data:'),
      1000,
    );
    expect(onReader.text).toContain('retry: 2000');
    expect(onReader.text).not.toContain('data:');
  }, 30_000);

  it('unpublishes a deleted document everywhere: "gone" to the other instance\'s clients, then 404', async () => {
    const reading = readStream(`${reader.url}/stream/report`, {}, () => false);
    await new Promise((r) => setTimeout(r, 300));
    rmSync(join(dir, 'report.json'));
    const { text, ended } = await reading;
    expect(ended).toBe(true);
    expect(text).toContain('event: gone\ndata: {"reason":"deleted"}');
    expect((await send(`${reader.url}/data/report.json`)).status).toBe(404);
    expect((await send(`${writer.url}/stream/report`)).status).toBe(404);
  }, 30_000);

  it('an instance started later gets every current document from Redis', async () => {
    writeFileSync(join(dir, 'later.json'), titled('Tardi'));
    await eventually(
      async () => (await send(`${writer.url}/data/later.json`)).status === 200,
      'writer never served it',
    );
    const late = await startChildFeed(['--port', '0', '--redis', redis.socket]);
    try {
      const response = await eventually(async () => {
        const r = await send(`${late.url}/data/later.json`);
        return r.status === 200 ? r : undefined;
      }, 'the late instance never got it');
      expect(JSON.parse(response.body.toString()).title).toBe('Tardi');
    } finally {
      await late.stop();
    }
  }, 30_000);
});
