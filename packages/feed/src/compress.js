import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * The encoding to answer with, from the request's Accept-Encoding: brotli, then gzip, else none.
 * Honours q-values (`gzip;q=0` refuses gzip) and `*`.
 * @param {string | string[] | undefined} header
 * @returns {'br' | 'gzip' | undefined}
 */
export function negotiateEncoding(header) {
  if (typeof header !== 'string') return undefined;
  /** @type {Map<string, number>} */
  const weights = new Map();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim().match(/^q=([\d.]+)$/)).find(Boolean);
    weights.set(name.trim(), q ? Number(q[1]) : 1);
  }
  const weightOf = (name) => weights.get(name) ?? weights.get('*') ?? 0;
  const best = /** @type {const} */ (['br', 'gzip'])
    .filter((name) => weightOf(name) > 0)
    .sort((a, b) => weightOf(b) - weightOf(a));
  return best[0];
}

/** Past this size a document is compressed at a lower level: the time grows faster than the gain. */
const LARGE = 1024 * 1024;

/**
 * Compresses a document body (in the worker). Brotli 9 (gzip 9) up to 1 MB, brotli 5 (gzip 6)
 * beyond, so a 10 MB document is ready in about a second rather than several.
 * @param {Uint8Array} body
 * @param {'br' | 'gzip'} encoding
 * @returns {Uint8Array} on a buffer of its own (transferable)
 */
export function compress(body, encoding) {
  const large = body.length > LARGE;
  const out =
    encoding === 'br'
      ? brotliCompressSync(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: large ? 5 : 9,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        })
      : gzipSync(body, { level: large ? 6 : 9 });
  return new Uint8Array(out);
}

/** The strong ETag of an encoded variant: the identity tag with the encoding appended (Apache's way). */
export function variantEtag(etag, encoding) {
  return encoding ? `${etag.slice(0, -1)}-${encoding}"` : etag;
}

/** Every tag a version goes by, for If-None-Match: any encoding of the same bytes is the same version. */
export function variantEtags(etag) {
  return [etag, variantEtag(etag, 'gzip'), variantEtag(etag, 'br')];
}
