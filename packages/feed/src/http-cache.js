import { createHash } from 'node:crypto';
import { parseHttpDate } from './http-date.js';

/** A strong ETag for a body: the same bytes always give the same tag, across restarts and instances. */
export function etagFor(body) {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** An HTTP date for a time, to the second (the precision of Last-Modified). */
export function httpDate(ms) {
  return new Date(Math.floor(ms / 1000) * 1000).toUTCString();
}

const LIST_ITEM = /[ \t]*(?:((?:W\/)?"[\x21\x23-\x7e\x80-\xff]*")[ \t]*)?(,|$)/y;

/**
 * The entity tags an If-None-Match lists (weak ones without their `W/`), `'*'` for any, or
 * undefined when the field is not valid (RFC 9110, 8.8.3 and 13.1.2): `W/*`, a bare word, an
 * unclosed quote. Empty list items are ignored, as the list syntax asks.
 * @param {string} value
 * @returns {string[] | '*' | undefined}
 */
export function parseIfNoneMatch(value) {
  if (value.trim() === '*') return '*';
  const tags = [];
  LIST_ITEM.lastIndex = 0;
  while (LIST_ITEM.lastIndex < value.length) {
    const at = LIST_ITEM.lastIndex;
    const match = LIST_ITEM.exec(value);
    if (!match || LIST_ITEM.lastIndex === at) return undefined;
    if (match[1]) tags.push(match[1].replace(/^W\//, ''));
  }
  return tags;
}

/**
 * True when the request's validators say the client already has this version (answer 304),
 * following RFC 9110, 13.1.2, 13.1.3 and 13.2.2:
 * - If-None-Match, when present, decides alone (If-Modified-Since is then ignored); weak
 *   comparison; `*` matches; an invalid field never matches.
 * - If-Modified-Since counts only when it is one valid HTTP-date, not in the future.
 * @param {Record<string, string | string[] | undefined>} headers the request's headers (lower-case names)
 * @param {{ etag: string, lastModified: number, etags?: string[] }} version `etags`: every tag it goes by
 * @param {number} [now]
 */
export function isNotModified(headers, { etag, lastModified, etags = [etag] }, now = Date.now()) {
  const noneMatch = headers['if-none-match'];
  if (typeof noneMatch === 'string') {
    const listed = parseIfNoneMatch(noneMatch);
    if (listed === '*') return true;
    const mine = etags.map((tag) => tag.replace(/^W\//, ''));
    return listed !== undefined && listed.some((tag) => mine.includes(tag));
  }
  const since = headers['if-modified-since'];
  if (typeof since !== 'string') return false;
  const time = parseHttpDate(since);
  if (time === undefined || time > now) return false;
  return Math.floor(lastModified / 1000) * 1000 <= time;
}

/**
 * Removes the conditional headers that RFC 9110 says to ignore (invalid ones, and If-Modified-Since
 * beside If-None-Match), so a library that parses them leniently sees only what counts.
 * @param {import('node:http').IncomingMessage} request
 */
export function dropInvalidConditionals(request, now = Date.now()) {
  const { headers } = request;
  if (typeof headers['if-none-match'] === 'string') {
    if (parseIfNoneMatch(headers['if-none-match']) === undefined) headers['if-none-match'] = '"-"';
    delete headers['if-modified-since'];
  }
  for (const name of ['if-modified-since', 'if-unmodified-since']) {
    const value = headers[name];
    if (typeof value !== 'string') continue;
    const time = parseHttpDate(value);
    if (time === undefined || (name === 'if-modified-since' && time > now)) delete headers[name];
  }
}

/** CORS for public, cookie-less data: any origin may read it, our validators and the broken-dataset list. */
export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified, Cst-Invalid-Datasets',
};

/** The answer to a preflight (If-None-Match and Last-Event-ID are not CORS-safelisted headers). */
export const PREFLIGHT_HEADERS = {
  ...CORS_HEADERS,
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'Accept, If-None-Match, If-Modified-Since, Last-Event-ID, Cache-Control',
  'Access-Control-Max-Age': '600',
};

/** Documents change at any time: caches may keep them but must ask first (cheap, thanks to 304). */
export const DOCUMENT_CACHE_CONTROL = 'no-cache';
