import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

function find(mounts, path) {
  for (const [prefix, root] of mounts) {
    if (!path.startsWith(prefix)) continue;
    const base = resolve(root);
    let file = normalize(join(base, path.slice(prefix.length)));
    if (!file.startsWith(base)) continue;
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
      return file;
    } catch {
      /* try the next mount */
    }
  }
  return undefined;
}

/**
 * A static file server on loopback for tests: `root` is a folder or `{ '/prefix/': folder }`.
 * Resolves to { url, close, requests } (requests: every path asked for, in order).
 */
export function serveStatic(root, { headers = {} } = {}) {
  const mounts = Object.entries(typeof root === 'string' ? { '/': root } : root).sort(
    ([a], [b]) => b.length - a.length,
  );
  const requests = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    const file = find(mounts, path);
    if (!file) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      done({ url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((r) => server.close(r)) });
    }),
  );
}
