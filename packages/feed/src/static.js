import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import compression from 'compression';
import serveStatic from 'serve-static';
import { dropInvalidConditionals } from './http-cache.js';

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

const inside = (path, root) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/**
 * The file a URL path names in a mount, when it is a regular file (or a folder with an
 * index.html) whose real path, links followed, stays inside the mount's real folder. Dotfiles,
 * `node_modules` and `..` are never served.
 * @returns {Promise<{ path: string, real: string } | undefined>} the path to give serve-static,
 *   relative to the mount, and the file's real path
 */
async function locate(mount, pathname) {
  if (!pathname.startsWith(mount.prefix) && `${pathname}/` !== mount.prefix) return undefined;
  const encoded = pathname.slice(mount.prefix.length);
  let rest;
  try {
    rest = decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
  const parts = rest.split(/[/\\]/);
  if (rest.includes('\0') || parts.some((p) => p === 'node_modules' || p.startsWith('.'))) return undefined;
  const real = await realpath(join(mount.real, rest)).catch(() => undefined);
  if (!real || !inside(real, mount.real)) return undefined;
  const info = await stat(real).catch(() => undefined);
  if (info?.isDirectory()) {
    const index = await realpath(join(real, 'index.html')).catch(() => undefined);
    const indexInfo =
      index && inside(index, mount.real) ? await stat(index).catch(() => undefined) : undefined;
    return indexInfo?.isFile() && index ? { path: `/${encoded}`, real: index } : undefined;
  }
  return info?.isFile() ? { path: `/${encoded}`, real } : undefined;
}

/** What a failed file answers: the process stays up, descriptors are closed by `send`. */
function failed(response, error, log) {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const busy = error.code === 'EMFILE' || error.code === 'ENFILE';
  const status = busy ? 503 : (error.statusCode ?? 500);
  if (status >= 500) log.warn(`cst-feed: could not send a static file: ${error.code ?? error.message}`);
  for (const name of response.getHeaderNames())
    if (
      !['x-content-type-options', 'access-control-allow-origin', 'cross-origin-resource-policy'].includes(
        name,
      )
    )
      response.removeHeader(name);
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    ...(busy ? { 'Retry-After': '5' } : {}),
    ...(error.headers ?? {}),
  });
  response.end(
    status === 416 ? '' : `${busy ? 'Busy' : status >= 500 ? 'Cannot send this file' : 'Not served'}\n`,
  );
}

/**
 * The static folders, served by serve-static (ranges, conditional requests, content types, no
 * dotfiles, descriptors closed on aborted downloads) behind `compression`, with CORS (a CMS page on
 * another origin loads the bundle as a module script) and, on HTML, the feed's CSP.
 * @param {Array<string | { prefix: string, dir: string }>} specs
 * @param {{ contentSecurityPolicy: string | false, log: { warn: (...a: unknown[]) => void } }} options
 * @returns {Promise<((request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse, pathname: string) => Promise<boolean>) & { locate: (pathname: string) => Promise<string | undefined> }>}
 */
export async function createStatic(specs, { contentSecurityPolicy, log }) {
  const mounts = [];
  for (const mount of specs.map(parseMount)) {
    const real = await realpath(mount.dir).catch(() => undefined);
    if (real) mounts.push({ ...mount, real });
    else log.warn(`cst-feed: static folder ${mount.dir} does not exist; not served`);
  }
  const compress = compression({
    // A range of a file cannot be compressed on the fly.
    filter: (request, response) =>
      !request.headers.range && response.statusCode === 200 && compression.filter(request, response),
  });
  const serve = mounts.map(({ real }) =>
    serveStatic(real, {
      dotfiles: 'ignore',
      cacheControl: false,
      setHeaders(response, path) {
        response.setHeader('Cache-Control', cacheControlOf(path));
        if (contentSecurityPolicy && /\.html?$/i.test(path))
          response.setHeader('Content-Security-Policy', contentSecurityPolicy);
      },
    }),
  );

  async function serveFile(request, response, pathname) {
    for (const [i, mount] of mounts.entries()) {
      const path = (await locate(mount, pathname))?.path;
      if (!path) continue;
      const original = request.url ?? '/';
      const query = original.includes('?') ? original.slice(original.indexOf('?')) : '';
      Object.assign(request, { originalUrl: original, url: path + query });
      dropInvalidConditionals(request);
      response.setHeader('Access-Control-Allow-Origin', '*');
      response.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
      return new Promise((done) => {
        compress(request, response, () =>
          serve[i](request, response, (error) => {
            if (error) failed(response, error, log);
            else failed(response, { statusCode: 404 }, log);
            done(true);
          }),
        );
        response.on('close', () => done(true));
        response.on('finish', () => done(true));
      });
    }
    return false;
  }
  /** The real path of the file a URL path names (first mount that has it), as serveFile would send. */
  serveFile.locate = async (/** @type {string} */ pathname) => {
    for (const mount of mounts) {
      const found = await locate(mount, pathname);
      if (found) return found.real;
    }
    return undefined;
  };
  return serveFile;
}
