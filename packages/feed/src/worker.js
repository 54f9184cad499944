import { parentPort } from 'node:worker_threads';
import { compress } from './compress.js';
import { prepareBytes, prepareDocument, prepareFile } from './prepare.js';

/**
 * The feed's worker thread: every step whose time grows with a document's size runs here, so a
 * large document never holds up the requests the main thread answers. Two answers per job: the
 * prepared version first (so stream clients get it at once), then its compressed bodies.
 */
const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);

port.on('message', (job) => {
  /** @type {any} the prepared version, or why it is refused (see prepare.js) */
  let prepared;
  try {
    if (job.path) prepared = prepareFile(job);
    else if (job.bytes) prepared = prepareBytes(job);
    else prepared = prepareDocument(job);
  } catch (error) {
    const { code, message } = /** @type {NodeJS.ErrnoException} */ (error);
    port.postMessage({ id: job.id, result: { ok: false, reason: 'unreadable', code, message } });
    return;
  }
  const transfer = prepared.ok
    ? [prepared.frame.buffer, ...(prepared.update ? [prepared.update.buffer] : [])]
    : [];
  const body = prepared.ok ? prepared.frame.slice(prepared.bodyStart, -2) : undefined;
  port.postMessage({ id: job.id, result: prepared }, transfer);
  if (!body) return;
  const br = compress(body, 'br');
  const gzip = compress(body, 'gzip');
  port.postMessage({ id: job.id, encoded: { br, gzip } }, [
    /** @type {ArrayBuffer} */ (br.buffer),
    /** @type {ArrayBuffer} */ (gzip.buffer),
  ]);
});
