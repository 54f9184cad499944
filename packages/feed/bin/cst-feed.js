#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { LIVE_DOCUMENT, startFeed } from '../src/index.js';

const usage = `Usage: cst-feed [--port 8080] [--host 127.0.0.1] --data <folder> [--static <folder> ...] [options]

Serves the report documents of <folder> at /data/<name>.json (validated, with ETag,
Last-Modified, Cache-Control and CORS) and their updates at /stream/<name> (Server-Sent
Events); --static folders are served as they are ("/prefix=folder" mounts one under a prefix).

Options:
  --redis <url>               share documents with other instances (redis://host:6379, or a socket path);
                              with --redis, --data is optional: the instance serves what the others publish
  --redis-prefix <name>       key and channel prefix in Redis (default cst-feed)
  --max-document-mb <n>       refuse larger documents (default 10)
  --max-unsent-kb <n>         disconnect a stream client with more unsent data than this (default 1024)
  --max-stream-clients <n>    answer 503 to more stream clients than this (default 20000)
  --public-url <url>          where readers reach the feed, e.g. https://dati.comune.it/feed/ behind a
                              proxy: oEmbed answers and discovery links name it (default: its own address)
  --embed-page <path>         the iframe embed page, served with its oEmbed discovery link
                              (default /embed/embed.html); GET /oembed?url=… answers for it
  --frame-ancestors <sources> who may frame the pages served, in the CSP (default 'self'); a portal
                              that embeds the iframe page names its origin here
  --csp <policy>              the whole Content-Security-Policy of HTML pages ("" sends none)
  --simulate                  evolve centro-servizi-oggi.json live (the demo's simulator; default on)
  --no-simulate               serve the documents as they are`;

const numberOption = (value, name, min) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) fail(`invalid ${name}: ${value}`);
  return n;
};

function fail(message) {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

/** @type {Record<string, any>} */
let values = {};
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string' },
      static: { type: 'string', multiple: true, default: [] },
      redis: { type: 'string' },
      'redis-prefix': { type: 'string', default: 'cst-feed' },
      'max-document-mb': { type: 'string', default: '10' },
      'max-unsent-kb': { type: 'string', default: '1024' },
      'max-stream-clients': { type: 'string', default: '20000' },
      'frame-ancestors': { type: 'string', default: "'self'" },
      'public-url': { type: 'string' },
      'embed-page': { type: 'string', default: '/embed/embed.html' },
      csp: { type: 'string' },
      simulate: { type: 'boolean', default: true },
      'no-simulate': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  fail(error.message);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`invalid port: ${values.port}`);
if (values['public-url'] && !/^https?:\/\//.test(values['public-url']))
  fail(`invalid --public-url: ${values['public-url']}`);
if (!values.data && !values.redis) fail('missing --data <folder> (or --redis <url>)');

const simulate = values.simulate && !values['no-simulate'] && Boolean(values.data);
try {
  const feed = await startFeed({
    port,
    host: values.host,
    dataDir: values.data,
    staticDirs: values.static,
    simulate,
    redis: values.redis,
    redisPrefix: values['redis-prefix'],
    maxDocumentBytes: numberOption(values['max-document-mb'], '--max-document-mb', 0) * 1024 * 1024,
    maxUnsentBytes: numberOption(values['max-unsent-kb'], '--max-unsent-kb', 0) * 1024,
    maxStreamClients: numberOption(values['max-stream-clients'], '--max-stream-clients', 1),
    publicUrl: values['public-url'],
    embedPage: values['embed-page'],
    frameAncestors: values['frame-ancestors'],
    ...(values.csp !== undefined ? { contentSecurityPolicy: values.csp || false } : {}),
  });
  const names = [...feed.store.entries.keys()];
  console.log(`cst-feed: serving on ${feed.url}/`);
  for (const name of names)
    console.log(`  ${feed.url}/data/${name}.json  (stream: ${feed.url}/stream/${name})`);
  if (simulate) console.log(`  simulator: on (${LIVE_DOCUMENT} evolves every 3 s, if it is in --data)`);
  const stop = () => feed.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`cst-feed: ${error.code === 'EADDRINUSE' ? `port ${port} is in use` : error.message}`);
  process.exit(1);
}
