import { CORS_HEADERS, DOCUMENT_CACHE_CONTROL, httpDate, isNotModified } from './http-cache.js';
import { negotiateEncoding, variantEtag, variantEtags } from './compress.js';

/** Bodies smaller than this gain less from compression than the headers cost. */
const MIN_COMPRESSED = 1024;

/**
 * `GET|HEAD /data/<name>.json`: the current version, with its validators, in the encoding the
 * client takes; 304 when the client holds it; 404 when there is no such document (any more).
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {import('./version.js').Version | undefined} version
 * @param {string} name
 */
export async function serveDocument(request, response, version, name) {
  if (!version) {
    response.writeHead(404, { ...CORS_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
    response.end(request.method === 'HEAD' ? undefined : JSON.stringify({ error: `no document "${name}"` }));
    return;
  }
  // Each encoding is its own representation with its own strong ETag; any of them names this version.
  const encoding =
    version.body.length >= MIN_COMPRESSED ? negotiateEncoding(request.headers['accept-encoding']) : undefined;
  const headers = {
    ...CORS_HEADERS,
    ETag: variantEtag(version.etag, encoding),
    'Last-Modified': httpDate(version.lastModified),
    'Cache-Control': DOCUMENT_CACHE_CONTROL,
    Vary: 'Accept-Encoding',
    ...(version.brokenDatasets.length > 0
      ? { 'Cst-Invalid-Datasets': version.brokenDatasets.join(', ') }
      : {}),
  };
  const { etag, lastModified } = version;
  if (isNotModified(request.headers, { etag, lastModified, etags: variantEtags(etag) })) {
    response.writeHead(304, headers).end();
    return;
  }
  // Compressed in the worker right after the version was made; a client may wait for it, the server does not.
  const body = encoding ? ((await version.encoded).get(encoding) ?? version.body) : version.body;
  const encoded = body !== version.body;
  response.writeHead(200, {
    ...headers,
    ETag: encoded ? headers.ETag : version.etag,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(body.length),
    ...(encoded ? { 'Content-Encoding': encoding } : {}),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}
