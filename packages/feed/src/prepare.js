import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { parseJson, toJsonPath, validateDataset, validateEnvelope, validateReport } from '@cst/schema';
import { etagFor } from './http-cache.js';

/**
 * Everything a version of a document is served as, made off the main thread (see worker.js):
 * parse, validate, hash, and the SSE frames every stream client shares.
 *
 * @typedef {{ path: string, message: string }} Problem
 * @typedef {{ id: string, problems: Problem[] }} BrokenDataset
 * @typedef {object} Prepared
 * @property {true} ok
 * @property {string} etag strong, quoted
 * @property {Uint8Array} frame `id: <tag>\ndata: <body>\n\n`: the whole document as one SSE message
 * @property {number} bodyStart where the body starts in `frame` (it ends 2 bytes before the end)
 * @property {Uint8Array} [update] the changed datasets only, as one SSE message (when asked for)
 * @property {BrokenDataset[]} broken datasets served although invalid (their elements show the error)
 * @property {number} [mtimeMs] the file's, when read from one
 * @typedef {{ ok: false, reason: 'missing' | 'too-large' | 'not-json' | 'invalid', size?: number,
 *   line?: number, column?: number, expected?: string, problems?: Problem[] }} Refused
 */

const encoder = new TextEncoder();
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The document read from a file, refused unread when it is over the limit. */
export function prepareFile({ path, maxBytes }) {
  let fd;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT')
      return { ok: false, reason: 'missing' };
    throw error;
  }
  try {
    const { size, mtimeMs } = fstatSync(fd);
    if (size > maxBytes) return { ok: false, reason: 'too-large', size };
    // One byte more than allowed tells a file that grew since fstat.
    const bytes = Buffer.allocUnsafe(Math.min(size + 1, maxBytes + 1));
    let length = 0;
    for (let read = -1; read !== 0 && length < bytes.length; length += read)
      read = readSync(fd, bytes, length, bytes.length - length, null);
    if (length > maxBytes) return { ok: false, reason: 'too-large', size: length };
    return { ...prepareBytes({ bytes: bytes.subarray(0, length), maxBytes, datasets: undefined }), mtimeMs };
  } finally {
    closeSync(fd);
  }
}

/** The document from its bytes (a file's, or a message's from another instance). */
export function prepareBytes({ bytes, maxBytes, datasets }) {
  if (bytes.length > maxBytes) return { ok: false, reason: 'too-large', size: bytes.length };
  let text;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: 'not-json', line: 1, column: 1, expected: 'UTF-8 text' };
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    // Only where and what was expected: the message quotes the document, which stays out of logs.
    const expected = message.match(/\(expected (.*)\)$/)?.[1];
    return { ok: false, reason: 'not-json', line, column, expected };
  }
  return prepareDocument({ doc: parsed.value, maxBytes, datasets });
}

/**
 * A document (parsed) checked and framed. Served when its envelope is valid, even with broken
 * datasets, which are listed; refused when the envelope is invalid.
 */
export function prepareDocument({ doc, maxBytes, datasets }) {
  const broken = brokenDatasets(doc);
  if (!Array.isArray(broken)) return broken;
  const json = JSON.stringify(doc);
  const body = encoder.encode(json);
  if (body.length > maxBytes) return { ok: false, reason: 'too-large', size: body.length };
  const etag = etagFor(body);
  const head = encoder.encode(`id: ${etag.slice(1, -1)}\ndata: `);
  const frame = new Uint8Array(head.length + body.length + 2);
  frame.set(head);
  frame.set(body, head.length);
  frame.set([10, 10], head.length + body.length);
  /** @type {Prepared} */
  const prepared = { ok: true, etag, frame, bodyStart: head.length, broken };
  if (datasets) {
    const changed = Object.fromEntries(
      datasets.filter((id) => id in doc.datasets).map((id) => [id, doc.datasets[id]]),
    );
    const update = JSON.stringify({ datasets: changed, updatedAt: doc.updatedAt });
    prepared.update = encoder.encode(`id: ${etag.slice(1, -1)}\ndata: ${update}\n\n`);
  }
  return prepared;
}

/** The datasets that fail validation, or the refusal when the envelope itself is invalid. */
function brokenDatasets(doc) {
  if (validateReport(doc).valid) return [];
  const envelope = validateEnvelope(doc);
  if (!envelope.valid) return { ok: false, reason: 'invalid', problems: envelope.errors };
  /** @type {Map<string, Problem[]>} */
  const problems = new Map();
  for (const [id, dataset] of Object.entries(doc.datasets)) {
    const { errors } = validateDataset(dataset, toJsonPath(['datasets', id]));
    if (errors.length > 0) problems.set(id, errors);
  }
  // The good ones together again: references between datasets (a KPI's trend) need the document.
  const good = Object.entries(doc.datasets).filter(([id]) => !problems.has(id));
  for (const error of validateReport({ ...doc, datasets: Object.fromEntries(good) }).errors) {
    const owner = good.find(([id]) => isUnder(error.path, toJsonPath(['datasets', id])));
    if (owner) problems.set(owner[0], [...(problems.get(owner[0]) ?? []), error]);
  }
  return [...problems].map(([id, list]) => ({ id, problems: list }));
}

const isUnder = (path, prefix) =>
  path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
