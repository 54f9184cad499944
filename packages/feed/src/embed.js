import { readFile } from 'node:fs/promises';
import { CORS_HEADERS } from './http-cache.js';
import { discoveryLink, oembed } from './oembed.js';

/** The embed page is a small hand-written file: anything larger is not it, and is served as it is. */
const MAX_PAGE_BYTES = 256 * 1024;

/**
 * The iframe embed page's oEmbed: `GET /oembed?url=…` answers for the page, and the page itself is
 * served with the discovery `<link>` in its head, so a CMS given the page's address finds the
 * endpoint alone. Addresses are built from `publicUrl` (where readers reach the feed, e.g. behind a
 * proxy under a folder), never from the request's Host header, which a client chooses: a shared
 * cache would otherwise keep answers naming a foreign origin.
 * @param {{ publicUrl: string, embedPath: string, contentSecurityPolicy: string | false,
 *   locate: (pathname: string) => Promise<string | undefined> }} options
 */
export function createEmbedRoutes({ publicUrl, embedPath, contentSecurityPolicy, locate }) {
  const base = publicUrl.replace(/\/?$/, '/');
  const publicOf = (/** @type {URL} */ url) => new URL(url.pathname.slice(1) + url.search, base);
  const endpoint = new URL('oembed', base);
  const page = new URL(embedPath.slice(1), base);

  /** @type {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse, url: URL) => void} */
  function answerOembed(request, response, url) {
    const answer = oembed(publicOf(url), page);
    const body = JSON.stringify(answer.ok ? answer.body : { error: answer.reason });
    response.writeHead(answer.status, {
      ...CORS_HEADERS,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(body)),
      'Cache-Control': answer.ok ? 'public, max-age=3600' : 'no-cache',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  /**
   * Serves the embed page with its discovery link; false when this is not the page (or the file is
   * missing or oversized), so the static folders answer as usual.
   * @type {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse, url: URL) => Promise<boolean>}
   */
  async function servePage(request, response, url) {
    if (url.pathname !== embedPath) return false;
    const file = await locate(url.pathname);
    const html = file ? await readFile(file).catch(() => undefined) : undefined;
    if (!html || html.length > MAX_PAGE_BYTES) return false;
    const link = discoveryLink(publicOf(url), endpoint);
    const text = html.toString('utf8');
    const at = text.search(/<\/head>/i);
    const body = Buffer.from(at < 0 ? text : `${text.slice(0, at)}${link}\n  ${text.slice(at)}`);
    response.writeHead(200, {
      ...CORS_HEADERS,
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': String(body.length),
      'Cache-Control': 'no-cache',
      ...(contentSecurityPolicy ? { 'Content-Security-Policy': contentSecurityPolicy } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
    return true;
  }

  return { answerOembed, servePage };
}
