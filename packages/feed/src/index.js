import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { PREFLIGHT_HEADERS } from './http-cache.js';
import { formatEvent, lastEventIdOf } from './sse.js';
import { createStatic } from './static.js';
import { DEFAULT_MAX_DOCUMENT_BYTES, DocumentStore } from './store.js';
import { StreamHub } from './streams.js';
import { serveDocument } from './documents.js';
import { connectRedis } from './redis.js';
import { startSimulator } from './simulator.js';
import { defaultContentSecurityPolicy } from './csp.js';
import { createEmbedRoutes } from './embed.js';

export { DocumentStore } from './store.js';
export { LIVE_DOCUMENT, evolve, rebase, startSimulator } from './simulator.js';
export { formatEvent } from './sse.js';
export { etagFor, isNotModified } from './http-cache.js';

/**
 * @typedef {object} FeedOptions
 * @property {number} [port] 0 picks a free port (default 8080)
 * @property {string} [host] default 127.0.0.1
 * @property {string} [dataDir] folder of report documents (`<name>.json`); optional with `redis`
 * @property {Array<string | { prefix: string, dir: string }>} [staticDirs] folders served as they are, first match wins
 * @property {boolean | Parameters<typeof startSimulator>[1]} [simulate] evolve the live demo's dashboard
 *   (centro-servizi-oggi, or `name`) every `everyMs`; the Focus 2016 report is never touched
 * @property {number} [heartbeatMs] SSE comment every so often, so proxies keep the connection (default 15 s)
 * @property {number} [retryMs] the reconnect delay suggested to SSE clients (default 2 s)
 * @property {number} [maxDocumentBytes] larger documents are refused (default 10 MB)
 * @property {number} [maxUnsentBytes] a stream client with more unsent messages than this is disconnected (default 1 MB)
 * @property {number} [maxStreamClients] more stream clients than this on one instance get 503 (default 20.000)
 * @property {string} [redis] `redis://…` (or a unix socket path): share documents with other instances
 * @property {string} [redisPrefix] key and channel prefix in Redis (default `cst-feed`)
 * @property {string | false} [contentSecurityPolicy] sent with HTML the feed serves (default: strict, see csp.js)
 * @property {string} [publicUrl] where readers reach the feed (e.g. `https://dati.comune.it/feed/` behind a
 *   proxy); oEmbed answers and discovery links name it (default: the feed's own address)
 * @property {string} [embedPage] URL path of the iframe embed page, served with its oEmbed discovery link
 *   (default `/embed/embed.html`)
 * @property {string} [frameAncestors] who may frame the feed's pages, in the default policy (default `'self'`)
 * @property {{ info: (...a: unknown[]) => void, warn: (...a: unknown[]) => void } | ((...a: unknown[]) => void)} [log]
 * @property {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean | Promise<boolean>} [middleware]
 *   runs first; return true when it answered (tests use it to inject faults)
 */

const DOCUMENT = /^\/data\/([\w.-]+)\.json$/;
const STREAM = /^\/stream\/([\w.-]+)$/;

/**
 * Starts the feed:
 * - `GET /data/<name>.json`: a validated document, with ETag, Last-Modified, Cache-Control, CORS; 304 when unchanged;
 * - `GET /stream/<name>`: Server-Sent Events; each message is the whole document or `{ datasets, updatedAt }`;
 * - `GET /oembed?url=…`: oEmbed for the iframe embed page, which is served with its discovery link;
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
  maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES,
  maxUnsentBytes = 1024 * 1024,
  maxStreamClients = 20_000,
  redis,
  redisPrefix = 'cst-feed',
  publicUrl,
  embedPage = '/embed/embed.html',
  frameAncestors = "'self'",
  contentSecurityPolicy = defaultContentSecurityPolicy(frameAncestors),
  log: logOption = console,
  middleware,
}) {
  const log = typeof logOption === 'function' ? { info: logOption, warn: logOption } : logOption;
  if (!dataDir && !redis) throw new Error('startFeed needs a dataDir, or redis to take documents from');
  const store = new DocumentStore(dataDir && resolve(dataDir), log, { maxDocumentBytes });
  const hub = new StreamHub({ retryMs, heartbeatMs, maxUnsentBytes, maxClients: maxStreamClients, log });
  store.on('change', (version) => hub.broadcast(version.name, version.message));
  store.on('remove', (name) => hub.gone(name));
  await store.load();
  const bridge = redis ? await connectRedis({ url: redis, prefix: redisPrefix, store, log }) : undefined;
  // Before the first request: the live document is served as today's from the start, never as the file's day.
  const simulator = simulate
    ? startSimulator(store, typeof simulate === 'object' ? simulate : {})
    : undefined;
  await simulator?.ready;
  const serveFile = await createStatic(staticDirs, { contentSecurityPolicy, log });
  /** @type {ReturnType<typeof createEmbedRoutes>} */
  let embed;

  const server = createServer(async (request, response) => {
    try {
      response.setHeader('X-Content-Type-Options', 'nosniff');
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
      const data = url.pathname.match(DOCUMENT);
      if (data) return await serveDocument(request, response, store.get(String(data[1])), String(data[1]));
      const stream = url.pathname.match(STREAM);
      if (stream) {
        const version = store.get(String(stream[1]));
        if (version) return hub.attach(request, response, version, lastEventIdOf(request, url));
        return void serveDocument(request, response, undefined, String(stream[1]));
      }
      if (url.pathname === '/oembed') return embed.answerOembed(request, response, url);
      if (await embed.servePage(request, response, url)) return;
      if (await serveFile(request, response, url.pathname)) return;
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    } catch (error) {
      log.warn('cst-feed: request failed:', error);
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
    }
  });
  // Out of descriptors, the server's accept fails: say so and keep serving the connections it has.
  server.on('error', (error) => log.warn('cst-feed: server error:', /** @type {Error} */ (error).message));

  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListen(undefined);
    });
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  embed = createEmbedRoutes({
    publicUrl: publicUrl ?? url,
    embedPath: embedPage,
    contentSecurityPolicy,
    locate: serveFile.locate,
  });
  return {
    url,
    port: address.port,
    server,
    store,
    hub,
    /** Sends raw text as one SSE message to a document's listeners (for tests of malformed messages). */
    broadcastRaw: (name, text, id) => hub.broadcast(name, Buffer.from(formatEvent({ id, data: text }))),
    /** Stops everything: the simulator, the watcher, Redis, every stream, the server. */
    async close() {
      simulator?.stop();
      store.close();
      await bridge?.close();
      hub.close();
      server.closeAllConnections();
      await new Promise((done) => server.close(() => done(undefined)));
    },
  };
}
