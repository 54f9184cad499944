import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { compress, isCompressible, negotiateEncoding } from './compress.js';
import { httpDate } from './http-cache.js';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The content type for a file name (unknown types are offered as bytes, never sniffed). */
export function contentTypeOf(file) {
  return (
    CONTENT_TYPES[/** @type {keyof typeof CONTENT_TYPES} */ (extname(file).toLowerCase())] ??
    'application/octet-stream'
  );
}

/**
 * How long a browser may reuse a static file without asking. Fonts and images never change in place
 * (they come from packages): a week. Scripts and styles are rebuilt during development and carry no
 * hash in their names: ten minutes, then a cheap 304. Pages, data and source maps: always ask.
 */
export function cacheControlOf(file) {
  const ext = extname(file).toLowerCase();
  if (['.woff2', '.png', '.ico', '.svg'].includes(ext)) return 'public, max-age=604800';
  if (['.js', '.mjs', '.css'].includes(ext)) return 'public, max-age=600';
  return 'no-cache';
}

/** Compressed static files, by path and encoding, while the file keeps its size and time. */
/** @type {Map<string, { mtimeMs: number, size: number, body: Buffer }>} */
const compressed = new Map();
const MAX_CACHED = 200;
/** Larger files are sent as they are (streamed), not held in memory. */
const MAX_COMPRESS_BYTES = 4 * 1024 * 1024;

async function compressedFile(file, info, encoding) {
  const key = `${encoding}:${file}`;
  const hit = compressed.get(key);
  if (hit && hit.mtimeMs === info.mtimeMs && hit.size === info.size) return hit.body;
  const body = compress(await readFile(file), encoding);
  compressed.delete(key);
  if (compressed.size >= MAX_CACHED)
    compressed.delete(/** @type {string} */ (compressed.keys().next().value));
  compressed.set(key, { mtimeMs: info.mtimeMs, size: info.size, body });
  return body;
}

/**
 * A static mount: a folder served at a URL prefix. A plain string is the folder served at `/`;
 * `"/prefix=folder"` serves it under `/prefix/`.
 * @param {string | { prefix: string, dir: string }} spec
 */
export function parseMount(spec) {
  if (typeof spec !== 'string') return { prefix: spec.prefix.replace(/\/?$/, '/'), dir: resolve(spec.dir) };
  const match = spec.match(/^(\/[^=]*)=(.+)$/);
  return match
    ? { prefix: String(match[1]).replace(/\/?$/, '/'), dir: resolve(String(match[2])) }
    : { prefix: '/', dir: resolve(spec) };
}

/** The file a URL path names in a mount, or undefined when it is outside it. */
export function fileFor(mount, pathname) {
  if (!pathname.startsWith(mount.prefix) && `${pathname}/` !== mount.prefix) return undefined;
  let rest;
  try {
    rest = decodeURIComponent(pathname.slice(mount.prefix.length));
  } catch {
    return undefined;
  }
  if (rest.includes('\0')) return undefined;
  const file = resolve(join(mount.dir, rest));
  return file === mount.dir || file.startsWith(mount.dir + sep) ? file : undefined;
}

/** Serves a file from the first mount that has it; false when none does. */
export async function serveStatic(mounts, request, response, pathname) {
  for (const mount of mounts) {
    let file = fileFor(mount, pathname);
    if (!file) continue;
    let info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file).catch(() => undefined);
    }
    if (!info?.isFile()) continue;
    const lastModified = httpDate(info.mtimeMs);
    const contentType = contentTypeOf(file);
    const compressible = isCompressible(contentType, info.size) && info.size <= MAX_COMPRESS_BYTES;
    const encoding = compressible ? negotiateEncoding(request.headers['accept-encoding']) : undefined;
    const cacheControl = cacheControlOf(file);
    // Last-Modified is a weak validator: the same for every encoding of the file.
    const validators = {
      'Last-Modified': lastModified,
      'Cache-Control': cacheControl,
      ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
    };
    const since = Date.parse(request.headers['if-modified-since'] ?? '');
    if (Number.isFinite(since) && Math.floor(info.mtimeMs / 1000) * 1000 <= since) {
      response.writeHead(304, validators).end();
      return true;
    }
    const body = encoding ? await compressedFile(file, info, encoding) : undefined;
    response.writeHead(200, {
      ...validators,
      'Content-Type': contentType,
      'Content-Length': String(body ? body.length : info.size),
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
      'X-Content-Type-Options': 'nosniff',
    });
    if (request.method === 'HEAD') response.end();
    else if (body) response.end(body);
    else createReadStream(file).pipe(response);
    return true;
  }
  return false;
}
