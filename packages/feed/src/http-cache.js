import { createHash } from 'node:crypto';

/** A strong ETag for a body: the same bytes always give the same tag, across restarts. */
export function etagFor(body) {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** An HTTP date for a time, to the second (the precision of Last-Modified). */
export function httpDate(ms) {
  return new Date(Math.floor(ms / 1000) * 1000).toUTCString();
}

/** The tags an If-None-Match header lists, weak or strong, without quotes' W/ prefix. */
function listedTags(header) {
  return header.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
}

/**
 * True when the request's validators say the client already has this version (answer 304).
 * If-None-Match wins over If-Modified-Since when both are sent (RFC 9110, 13.2.2).
 * @param {Record<string, string | string[] | undefined>} headers the request's headers (lower-case names)
 * @param {{ etag: string, lastModified: number }} version
 */
export function isNotModified(headers, { etag, lastModified }) {
  const noneMatch = headers['if-none-match'];
  if (typeof noneMatch === 'string') {
    const tags = listedTags(noneMatch);
    return tags.includes('*') || tags.includes(etag.replace(/^W\//, ''));
  }
  const since = headers['if-modified-since'];
  if (typeof since === 'string') {
    const time = Date.parse(since);
    return Number.isFinite(time) && Math.floor(lastModified / 1000) * 1000 <= time;
  }
  return false;
}

/** CORS for public, cookie-less data: any origin may read it and our validators. */
export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified',
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
