// Test-only routes on the browser tests' server (same origin as the tests, so no CORS):
//   /__test/status/<code>, /__test/not-json, /__test/slow/<ms>   fixed faults
//   PUT /__test/doc/<key>?validators=etag|last-modified|both&type=<media type>
//                                stores a document (the body) as a new version, served as that type (JSON by default)
//   GET /__test/doc/<key>        serves it with those validators only, 304 to a request that names them
//   PUT /__test/sse/<key>?fail=N stores SSE frames (a JSON list of { id?, event?, data }) sent to each new
//                                client at once; the next N connections are refused with a 503
//   POST /__test/sse/<key>?end=1 sends frames to the clients connected now (and ends their responses)
//   GET /__test/sse/<key>        the stream
//   GET /__test/seen/<key>       what the server saw: document requests' conditional headers and statuses, streams' lastEventId
const docs = new Map();
const streams = new Map();
const seen = new Map();

function record(key, entry) {
  if (!seen.has(key)) seen.set(key, { data: [], stream: [] });
  seen.get(key)[entry.lastEventId === undefined ? 'data' : 'stream'].push(entry);
}

async function body(ctx) {
  let text = '';
  for await (const chunk of ctx.req) text += chunk;
  return text;
}

function frame({ id, event, data }) {
  let out = '';
  if (id !== undefined) out += `id: ${id}\n`;
  if (event !== undefined) out += `event: ${event}\n`;
  for (const line of String(data).split('\n')) out += `data: ${line}\n`;
  return `${out}\n`;
}

async function doc(ctx, key) {
  if (ctx.method === 'PUT') {
    const previous = docs.get(key);
    const version = (previous?.version ?? 0) + 1;
    const validators = String(ctx.query.validators ?? 'both');
    const type = String(ctx.query.type ?? 'application/json');
    docs.set(key, { text: await body(ctx), version, validators, type });
    ctx.body = { version };
    return;
  }
  const entry = docs.get(key);
  const ifNoneMatch = ctx.get('If-None-Match');
  const ifModifiedSince = ctx.get('If-Modified-Since');
  if (!entry) {
    ctx.status = 404;
    ctx.body = 'no document';
  } else {
    const etag = `"${key}-${entry.version}"`;
    const lastModified = new Date(Date.UTC(2017, 0, 1, 0, 0, entry.version)).toUTCString();
    const useEtag = entry.validators === 'etag' || entry.validators === 'both';
    const useDate = entry.validators === 'last-modified' || entry.validators === 'both';
    if (useEtag) ctx.set('ETag', etag);
    if (useDate) ctx.set('Last-Modified', lastModified);
    ctx.set('Cache-Control', 'no-cache');
    const fresh =
      (useEtag && ifNoneMatch === etag) || (useDate && !ifNoneMatch && ifModifiedSince === lastModified);
    if (fresh) ctx.status = 304;
    else {
      ctx.set('Content-Type', entry.type);
      ctx.body = entry.text;
    }
  }
  record(key, { ifNoneMatch, ifModifiedSince, status: ctx.status });
}

async function sse(ctx, key) {
  const entry = streams.get(key) ?? { frames: [], clients: new Set(), fail: 0 };
  streams.set(key, entry);
  if (ctx.method === 'PUT') {
    entry.frames = JSON.parse(await body(ctx));
    entry.fail = Number(ctx.query.fail ?? 0);
    ctx.body = { ok: true };
    return;
  }
  if (ctx.method === 'POST') {
    const text = JSON.parse(await body(ctx))
      .map(frame)
      .join('');
    const clients = [...entry.clients];
    for (const client of clients) {
      client.write(text);
      if (ctx.query.end) client.end();
    }
    ctx.body = { clients: clients.length };
    return;
  }
  record(key, { lastEventId: ctx.get('Last-Event-ID') || (ctx.query.lastEventId ?? '') });
  if (entry.fail > 0) {
    entry.fail--;
    ctx.status = 503;
    ctx.body = 'unavailable';
    return;
  }
  ctx.respond = false;
  const res = ctx.res;
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
  // All the stored frames in one write: they reach the page together, as a burst.
  res.write(`retry: 200\n\n${entry.frames.map(frame).join('')}`);
  entry.clients.add(res);
  ctx.req.on('close', () => entry.clients.delete(res));
}

export async function testRoutes(ctx, next) {
  const status = ctx.path.match(/^\/__test\/status\/(\d{3})$/);
  if (status) {
    ctx.status = Number(status[1]);
    ctx.body = 'error';
    return undefined;
  }
  if (ctx.path === '/__test/not-json') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Not found</title><p>Pagina non trovata</p>';
    return undefined;
  }
  const slow = ctx.path.match(/^\/__test\/slow\/(\d+)$/);
  if (slow) {
    await new Promise((resolve) => setTimeout(resolve, Number(slow[1])));
    ctx.status = 503;
    ctx.body = 'late';
    return undefined;
  }
  const route = ctx.path.match(/^\/__test\/(doc|sse|seen)\/([\w.-]+)$/);
  if (!route) return next();
  const [, kind, key] = route;
  if (kind === 'doc') return doc(ctx, key);
  if (kind === 'sse') return sse(ctx, key);
  ctx.body = seen.get(key) ?? { data: [], stream: [] };
  return undefined;
}
