import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeed } from '../src/index.js';
import { negotiateEncoding } from '../src/compress.js';
import { cacheControlOf } from '../src/static.js';

const focusText = readFileSync(new URL('../../schema/fixtures/focus-2016.json', import.meta.url), 'utf8');
const css = `.a { color: red; }\n`.repeat(500);

/** A raw GET (fetch would decode the body and hide Content-Encoding). */
function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: Buffer;
  }>((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

function decode(body: Buffer, encoding: unknown): string {
  if (encoding === 'br') return brotliDecompressSync(body).toString();
  if (encoding === 'gzip') return gunzipSync(body).toString();
  return body.toString();
}

describe('negotiateEncoding', () => {
  it('prefers brotli, then gzip, honouring q-values and *', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(negotiateEncoding('gzip, deflate')).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip')).toBe('gzip');
    expect(negotiateEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('identity')).toBeUndefined();
    expect(negotiateEncoding('*;q=0')).toBeUndefined();
    expect(negotiateEncoding(undefined)).toBeUndefined();
  });
});

describe('compression and cache headers (on loopback)', () => {
  let feed: Awaited<ReturnType<typeof startFeed>>;

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cst-feed-data-'));
    const staticDir = mkdtempSync(join(tmpdir(), 'cst-feed-static-'));
    writeFileSync(join(dataDir, 'focus-2016.json'), focusText);
    writeFileSync(join(staticDir, 'style.css'), css);
    writeFileSync(join(staticDir, 'font.woff2'), Buffer.alloc(4096, 7));
    writeFileSync(join(staticDir, 'index.html'), `<!doctype html><title>x</title>${'<p>x</p>'.repeat(400)}`);
    feed = await startFeed({ port: 0, dataDir, staticDirs: [staticDir], log: { info() {}, warn() {} } });
  });

  afterAll(() => feed.close());

  for (const encoding of ['br', 'gzip']) {
    it(`sends a document ${encoding}-encoded, decoding to the original, with its own ETag`, async () => {
      const plain = await get(`${feed.url}/data/focus-2016.json`);
      const packed = await get(`${feed.url}/data/focus-2016.json`, { 'Accept-Encoding': encoding });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(packed.headers['content-encoding']).toBe(encoding);
      expect(packed.headers.vary).toBe('Accept-Encoding');
      expect(Number(packed.headers['content-length'])).toBe(packed.body.length);
      expect(packed.body.length).toBeLessThan(plain.body.length / 3);
      expect(decode(packed.body, encoding)).toBe(plain.body.toString());
      expect(JSON.parse(decode(packed.body, encoding))).toEqual(JSON.parse(focusText));
      // Another representation, another strong tag.
      expect(packed.headers.etag).toMatch(/^"[\w-]+"$/);
      expect(packed.headers.etag).not.toBe(plain.headers.etag);
    });
  }

  it('answers 304 to the ETag of any encoding of the current version, and 200 to an old one', async () => {
    const plain = await get(`${feed.url}/data/focus-2016.json`);
    const packed = await get(`${feed.url}/data/focus-2016.json`, { 'Accept-Encoding': 'gzip' });
    const again = await get(`${feed.url}/data/focus-2016.json`, {
      'Accept-Encoding': 'gzip',
      'If-None-Match': String(packed.headers.etag),
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(packed.headers.etag);
    const crossed = await get(`${feed.url}/data/focus-2016.json`, {
      'Accept-Encoding': 'br',
      'If-None-Match': String(plain.headers.etag),
    });
    expect(crossed.status).toBe(304);
    const stale = await get(`${feed.url}/data/focus-2016.json`, {
      'Accept-Encoding': 'br',
      'If-None-Match': '"old-br"',
    });
    expect(stale.status).toBe(200);
    expect(stale.headers['content-encoding']).toBe('br');
  });

  it('compresses text static files, decoding to the file, and keeps 304 on Last-Modified', async () => {
    for (const encoding of ['br', 'gzip']) {
      const response = await get(`${feed.url}/style.css`, { 'Accept-Encoding': `${encoding}, deflate` });
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe(encoding);
      expect(response.headers.vary).toBe('Accept-Encoding');
      expect(response.headers['content-type']).toBe('text/css; charset=utf-8');
      expect(decode(response.body, encoding)).toBe(css);
      const again = await get(`${feed.url}/style.css`, {
        'Accept-Encoding': encoding,
        'If-Modified-Since': String(response.headers['last-modified']),
      });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
    }
    const identity = await get(`${feed.url}/style.css`);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.toString()).toBe(css);
  });

  it('leaves fonts as they are (already compressed)', async () => {
    const font = await get(`${feed.url}/font.woff2`, { 'Accept-Encoding': 'br, gzip' });
    expect(font.headers['content-encoding']).toBeUndefined();
    expect(font.headers.vary).toBeUndefined();
    expect(font.body.length).toBe(4096);
  });

  it('lets browsers keep fonts a week and scripts and styles ten minutes; pages and data always ask', async () => {
    expect((await get(`${feed.url}/font.woff2`)).headers['cache-control']).toBe('public, max-age=604800');
    expect((await get(`${feed.url}/style.css`)).headers['cache-control']).toBe('public, max-age=600');
    expect((await get(`${feed.url}/`)).headers['cache-control']).toBe('no-cache');
    expect((await get(`${feed.url}/data/focus-2016.json`)).headers['cache-control']).toBe('no-cache');
    expect(cacheControlOf('/x/cst-widgets.js')).toBe('public, max-age=600');
    expect(cacheControlOf('/x/cst-widgets.js.map')).toBe('no-cache');
    expect(cacheControlOf('/x/report.json')).toBe('no-cache');
  });
});
