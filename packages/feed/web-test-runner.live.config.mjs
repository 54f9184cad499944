// Live-data browser tests: the root config plus a real feed server on a free loopback port.
// Run: npx web-test-runner --config packages/feed/web-test-runner.live.config.mjs
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import base from '../../web-test-runner.config.mjs';
import { startFeed } from './src/index.js';

const dataDir = mkdtempSync(join(tmpdir(), 'cst-feed-live-'));
/** The bundle a CMS page on another origin loads from the feed (built before the browser tests run). */
const widgetsDist = fileURLToPath(new URL('../widgets/dist', import.meta.url));
/** Faults to play, per path: the next requests answer these instead of the document. */
const faults = new Map();
/** What the feed saw, per path: statuses of document requests, Last-Event-IDs of stream requests. */
const seen = new Map();
let feed;
let port = 0;

function record(path, entry) {
  if (!seen.has(path)) seen.set(path, []);
  seen.get(path).push(entry);
}

/** Runs before the feed's own routes: records requests and plays queued faults. */
function harness(request, response) {
  const url = new URL(request.url, 'http://feed.invalid');
  if (request.method === 'OPTIONS') return false;
  if (url.pathname.startsWith('/stream/')) {
    record(url.pathname, {
      lastEventId: request.headers['last-event-id'] ?? url.searchParams.get('lastEventId') ?? '',
    });
    return false;
  }
  response.on('finish', () => record(url.pathname, { status: response.statusCode }));
  const fault = faults.get(url.pathname)?.shift();
  if (!fault) return false;
  response.writeHead(fault.status, {
    'Access-Control-Allow-Origin': '*',
    'Content-Type': 'application/json',
    ...(fault.etag ? { ETag: fault.etag, 'Access-Control-Expose-Headers': 'ETag' } : {}),
  });
  response.end(fault.body ?? 'error');
  return true;
}

async function start() {
  feed = await startFeed({
    port,
    dataDir,
    staticDirs: [widgetsDist],
    retryMs: 300,
    heartbeatMs: 5_000,
    log: { info() {}, warn() {} },
    middleware: harness,
  });
  port = feed.port;
}

async function body(ctx) {
  let text = '';
  for await (const chunk of ctx.req) text += chunk;
  return text;
}

/** Test routes on the test server (same origin as the tests): /__feed/... */
async function control(ctx, next) {
  const match = ctx.path.match(/^\/__feed(?:\/([a-z-]+)(?:\/([\w.-]+))?)?$/);
  if (!match) return next();
  const [, action, name] = match;
  ctx.type = 'application/json';
  if (!action) ctx.body = { url: feed.url };
  else if (action === 'doc') {
    const text = await body(ctx);
    writeFileSync(join(dataDir, `${name}.json`), text);
    const datasets = ctx.query.datasets ? String(ctx.query.datasets).split(',') : undefined;
    const result = await feed.store.set(name, JSON.parse(text), { datasets });
    ctx.body = { ok: result.ok };
  } else if (action === 'fault') {
    const path = `/data/${name}.json`;
    const text = await body(ctx);
    const list = faults.get(path) ?? [];
    for (let i = 0; i < Number(ctx.query.times ?? 1); i++) {
      list.push({ status: Number(ctx.query.status ?? 500), body: text || undefined, etag: ctx.query.etag });
    }
    faults.set(path, list);
    ctx.body = { queued: list.length };
  } else if (action === 'raw') {
    feed.broadcastRaw(name, await body(ctx));
    ctx.body = { ok: true };
  } else if (action === 'seen') {
    ctx.body = { data: seen.get(`/data/${name}.json`) ?? [], stream: seen.get(`/stream/${name}`) ?? [] };
  } else if (action === 'restart') {
    await feed.close();
    await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.downMs ?? 300)));
    await start();
    ctx.body = { url: feed.url };
  } else return next();
  return undefined;
}

export default {
  ...base,
  files: ['packages/feed/test/**/*.browser.test.ts'],
  concurrency: 1,
  middleware: [...(base.middleware ?? []), control],
  plugins: [
    ...base.plugins,
    {
      name: 'cst-feed',
      async serverStart() {
        await start();
      },
      async serverStop() {
        await feed?.close();
      },
    },
  ],
};
