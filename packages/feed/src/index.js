import { createServer } from 'node:http';
import { resolve } from 'node:path';
import {
  CORS_HEADERS,
  DOCUMENT_CACHE_CONTROL,
  PREFLIGHT_HEADERS,
  httpDate,
  isNotModified,
} from './http-cache.js';
import { compress, negotiateEncoding, variantEtag, variantEtags } from './compress.js';
import { SSE_HEADERS, formatEvent, lastEventIdOf } from './sse.js';
import { parseMount, serveStatic } from './static.js';
import { DocumentStore } from './store.js';
import { startSimulator } from './simulator.js';

export { DocumentStore } from './store.js';
export { evolve, startSimulator } from './simulator.js';
export { formatEvent } from './sse.js';
export { etagFor, isNotModified } from './http-cache.js';

/** The SSE event id of a version: its ETag without quotes, so a reconnect after a restart with the same data sends nothing. */
const eventIdOf = (entry) => entry.etag.slice(1, -1);

/**
 * @typedef {object} FeedOptions
 * @property {number} [port] 0 picks a free port (default 8080)
 * @property {string} [host] default 127.0.0.1
 * @property {string} dataDir folder of report documents (`<name>.json`)
 * @property {Array<string | { prefix: string, dir: string }>} [staticDirs] folders served as they are, first match wins
 * @property {boolean | { name?: string, everyMs?: number }} [simulate] evolve the Focus 2016 report live
 * @property {number} [heartbeatMs] SSE comment every so often, so proxies keep the connection (default 15 s)
 * @property {number} [retryMs] the reconnect delay suggested to SSE clients (default 2 s)
 * @property {{ info: (...a: unknown[]) => void, warn: (...a: unknown[]) => void }} [log]
 * @property {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean | Promise<boolean>} [middleware]
 *   runs first; return true when it answered (tests use it to inject faults)
 */

/**
 * Starts the feed:
 * - `GET /data/<name>.json`: a validated document, with ETag, Last-Modified, Cache-Control, CORS; 304 when unchanged;
 * - `GET /stream/<name>`: Server-Sent Events; each message is the whole document or `{ datasets, updatedAt }`;
 * - anything else: the static folders.
 * @param {FeedOptions} options
 */
export async function startFeed({
  port = 8080,
  host = '127.0.0.1',
  dataDir,
  staticDirs = [],
  simulate = false,
  heartbeatMs = 15_000,
  retryMs = 2_000,
  log = console,
  middleware,
}) {
  const store = await new DocumentStore(resolve(dataDir), log).load();
  store.watch();
  const mounts = staticDirs.map(parseMount);
  /** @type {Map<string, Set<import('node:http').ServerResponse>>} */
  const streams = new Map();

  /** Compressed bodies per served version, made on first request: the simulator replaces versions often. */
  /** @type {WeakMap<object, Map<string, Buffer>>} */
  const encoded = new WeakMap();
  const encodedBody = (entry, encoding) => {
    let variants = encoded.get(entry);
    if (!variants) encoded.set(entry, (variants = new Map()));
    let body = variants.get(encoding);
    if (!body) variants.set(encoding, (body = compress(entry.body, encoding)));
    return body;
  };

  const send = (name, frame) => {
    for (const response of streams.get(name) ?? []) response.write(frame);
  };
  store.on('change', (entry, datasets) => {
    const data = datasets
      ? {
          datasets: Object.fromEntries(datasets.map((id) => [id, entry.doc.datasets[id]])),
          updatedAt: entry.doc.updatedAt,
        }
      : entry.doc;
    send(entry.name, formatEvent({ id: eventIdOf(entry), data: JSON.stringify(data) }));
  });

  function serveDocument(request, response, name) {
    const entry = store.get(name);
    if (!entry) {
      response.writeHead(404, { ...CORS_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify({ error: `no valid document "${name}"` }));
      return;
    }
    // Each encoding is its own representation with its own strong ETag; any of them names this version.
    const encoding =
      entry.body.length >= 1024 ? negotiateEncoding(request.headers['accept-encoding']) : undefined;
    const headers = {
      ...CORS_HEADERS,
      ETag: variantEtag(entry.etag, encoding),
      'Last-Modified': httpDate(entry.lastModified),
      'Cache-Control': DOCUMENT_CACHE_CONTROL,
      Vary: 'Accept-Encoding',
    };
    const { lastModified } = entry;
    if (variantEtags(entry.etag).some((etag) => isNotModified(request.headers, { etag, lastModified }))) {
      response.writeHead(304, headers).end();
      return;
    }
    const body = encoding ? encodedBody(entry, encoding) : entry.body;
    response.writeHead(200, {
      ...headers,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(body.length),
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  function serveStream(request, response, url, name) {
    response.writeHead(200, SSE_HEADERS);
    response.write(formatEvent({ retry: retryMs, comment: `cst-feed stream ${name}` }));
    const entry = store.get(name);
    // Catch up: a client that missed versions (or never had one) gets the whole document.
    if (entry && lastEventIdOf(request, url) !== eventIdOf(entry)) {
      response.write(formatEvent({ id: eventIdOf(entry), data: entry.body.toString() }));
    }
    let clients = streams.get(name);
    if (!clients) streams.set(name, (clients = new Set()));
    clients.add(response);
    const heartbeat = setInterval(() => response.write(formatEvent({ comment: 'heartbeat' })), heartbeatMs);
    request.on('close', () => {
      clearInterval(heartbeat);
      clients.delete(response);
    });
  }

  const server = createServer(async (request, response) => {
    try {
      if (middleware && (await middleware(request, response))) return;
      const url = new URL(request.url ?? '/', 'http://feed.invalid');
      if (request.method === 'OPTIONS') {
        response.writeHead(204, PREFLIGHT_HEADERS).end();
        return;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD, OPTIONS' }).end();
        return;
      }
      const data = url.pathname.match(/^\/data\/([\w.-]+)\.json$/);
      if (data) return serveDocument(request, response, data[1]);
      const stream = url.pathname.match(/^\/stream\/([\w.-]+)$/);
      if (stream) return serveStream(request, response, url, stream[1]);
      if (await serveStatic(mounts, request, response, url.pathname)) return;
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    } catch (error) {
      log.warn('cst-feed: request failed:', error);
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
    }
  });

  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveListen(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  const simulator = simulate
    ? startSimulator(store, typeof simulate === 'object' ? simulate : {})
    : undefined;

  return {
    url,
    port: address.port,
    server,
    store,
    /** Sends raw text as one SSE message to a document's listeners (for tests of malformed messages). */
    broadcastRaw: (name, text, id) => send(name, formatEvent({ id, data: text })),
    /** Stops everything: the simulator, the watcher, every stream, the server. */
    async close() {
      simulator?.stop();
      store.close();
      for (const clients of streams.values()) for (const response of clients) response.end();
      server.closeAllConnections();
      await new Promise((done) => server.close(() => done(undefined)));
    },
  };
}
