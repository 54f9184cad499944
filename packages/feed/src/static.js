import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
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
    const headers = {
      'Content-Type': contentTypeOf(file),
      'Content-Length': String(info.size),
      'Last-Modified': lastModified,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    };
    const since = Date.parse(request.headers['if-modified-since'] ?? '');
    if (Number.isFinite(since) && Math.floor(info.mtimeMs / 1000) * 1000 <= since) {
      response.writeHead(304, { 'Last-Modified': lastModified, 'Cache-Control': 'no-cache' }).end();
      return true;
    }
    response.writeHead(200, headers);
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
    return true;
  }
  return false;
}
