import { EventEmitter } from 'node:events';
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DocumentWorker } from './document-worker.js';
import { watchFolder } from './folder.js';
import { brokenLine, refusalLine } from './problems.js';
import { Version } from './version.js';

export const DEFAULT_MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** Documents past this size are prepared by a worker of their own, so they never hold up small ones. */
const LARGE_BYTES = 1024 * 1024;

/**
 * @typedef {{ ok: boolean, changed: boolean, errors: { path: string, message: string }[],
 *   invalidDatasets?: string[] }} SetResult
 * @typedef {{ mtimeMs?: number, datasets?: string[], base?: string, origin?: Version['origin'] }} SetOptions
 *   `datasets`: which ones changed, so clients holding version `base` (default: the current one) get only those
 */

/**
 * The report documents the feed serves, each checked in the worker before it is served; the last
 * valid version stays when a new one is refused. Emits `change` (version), `remove` (name,
 * origin) and `refused` (name, problems).
 */
export class DocumentStore extends EventEmitter {
  /** @type {Map<string, Version>} */
  entries = new Map();
  /** Jobs given per document, and the last one applied: an older answer that comes later is dropped. */
  /** @type {Map<string, number>} */
  given = new Map();
  /** @type {Map<string, number>} */
  applied = new Map();
  /** @type {{ close(): void } | undefined} */
  watcher;

  /**
   * @param {string | undefined} dataDir the folder of `<name>.json` files (none: documents come from Redis or `set`)
   * @param {{ warn: (...args: unknown[]) => void, info: (...args: unknown[]) => void }} log
   * @param {{ maxDocumentBytes?: number }} [options]
   */
  constructor(dataDir, log = console, { maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES } = {}) {
    super();
    this.dataDir = dataDir;
    this.log = log;
    this.maxDocumentBytes = maxDocumentBytes;
    this.small = new DocumentWorker({ maxDocumentBytes });
    this.large = new DocumentWorker({ maxDocumentBytes, recycle: true });
  }

  /** Reads every `*.json` of the folder. */
  async load() {
    if (this.dataDir) this.watcher ??= await watchFolder(this);
    return this;
  }

  /** Kept for callers of the first API: the folder is watched from `load()` on. */
  watch() {
    return this;
  }

  close() {
    this.watcher?.close();
    void this.small.close();
    void this.large.close();
  }

  /** Reads a file of the folder (in the worker) and serves it, unless refused. */
  readFile(file) {
    const name = basename(file, '.json');
    return this.#apply(name, { path: join(/** @type {string} */ (this.dataDir), file) }, { origin: 'file' });
  }

  /**
   * Offers a document's text; resolves with the problems when it is refused.
   * @param {string} name
   * @param {string} text
   * @param {number | SetOptions} [options]
   */
  setText(name, text, options = {}) {
    const { datasets, ...opts } = typeof options === 'number' ? { mtimeMs: options } : options;
    const bytes = new TextEncoder().encode(text);
    return this.#apply(name, { bytes, datasets }, { origin: 'api', ...opts }, [bytes.buffer]);
  }

  /**
   * Offers a document's bytes (its JSON in UTF-8).
   * @param {string} name
   * @param {Uint8Array} bytes
   * @param {SetOptions} [options]
   */
  setBytes(name, bytes, { datasets, ...options } = {}) {
    const own = new Uint8Array(bytes); // a copy of its own, moved to the worker: the caller keeps theirs
    return this.#apply(name, { bytes: own, datasets }, { origin: 'api', ...options }, [own.buffer]);
  }

  /**
   * Offers a new version of a document. Invalid: refused and logged, the previous one stays.
   * @param {string} name
   * @param {unknown} doc
   * @param {SetOptions} [options]
   * @returns {Promise<SetResult>}
   */
  set(name, doc, { datasets, ...options } = {}) {
    return this.#apply(name, { doc, datasets }, { origin: 'api', ...options });
  }

  /**
   * Unpublishes a document: its data and stream answer 404 from now on.
   * @param {string} name
   * @param {Version['origin']} [origin]
   */
  delete(name, origin = 'api') {
    this.applied.set(name, this.given.get(name) ?? 0);
    if (!this.entries.delete(name)) return false;
    this.log.info(`cst-feed: ${name}.json is gone: unpublished`);
    this.emit('remove', name, origin);
    return true;
  }

  get(name) {
    return this.entries.get(name);
  }

  /**
   * @param {string} name
   * @param {object} job
   * @param {SetOptions} options
   * @param {ArrayBuffer[]} [transfer]
   * @returns {Promise<SetResult>}
   */
  async #apply(name, job, { mtimeMs, base = this.entries.get(name)?.etag, origin = 'api' }, transfer) {
    const turn = (this.given.get(name) ?? 0) + 1;
    this.given.set(name, turn);
    const size =
      job.bytes?.length ??
      (job.path
        ? await stat(job.path).then(
            (s) => s.size,
            () => 0,
          )
        : 0);
    let outcome;
    try {
      outcome = await (size > LARGE_BYTES ? this.large : this.small).run(job, transfer);
    } catch (error) {
      this.log.warn(`cst-feed: refused ${name}.json: ${/** @type {Error} */ (error).message}`);
      return { ok: false, changed: false, errors: [] };
    }
    const { result, encoded } = outcome;
    if (turn <= (this.applied.get(name) ?? 0)) return { ok: false, changed: false, errors: [] };
    const previous = this.entries.get(name);
    if (!result.ok) return this.#refuse(name, result, Boolean(previous));
    if (previous?.etag === result.etag) return { ok: true, changed: false, errors: [] };
    // Never go back in time: a client holding the previous version must see this one as newer.
    const lastModified = Math.max(
      mtimeMs ?? result.mtimeMs ?? Date.now(),
      previous ? Math.floor(previous.lastModified / 1000) * 1000 + 1000 : 0,
    );
    const partialOf =
      previous !== undefined && base === previous.etag && job.datasets
        ? { datasets: job.datasets, base }
        : undefined;
    const version = new Version({ name, prepared: result, lastModified, encoded, origin, partialOf });
    if (result.broken.length > 0) this.log.warn(brokenLine(`${name}.json`, result.broken));
    this.entries.set(name, version);
    this.applied.set(name, turn);
    this.emit('change', version);
    return { ok: true, changed: true, errors: [], invalidDatasets: version.brokenDatasets };
  }

  #refuse(name, refusal, kept) {
    if (refusal.reason === 'missing') return { ok: false, changed: false, errors: [], missing: true };
    this.log.warn(refusalLine(`${name}.json`, refusal, { kept, maxBytes: this.maxDocumentBytes }));
    const errors = refusal.problems ?? [];
    this.emit('refused', name, errors);
    return { ok: false, changed: false, errors };
  }
}
