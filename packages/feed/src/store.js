import { EventEmitter } from 'node:events';
import { watch } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { validateReport } from '@cst/schema';
import { etagFor } from './http-cache.js';

/**
 * @typedef {object} Entry One served version of a document.
 * @property {string} name the file name without `.json`: the id in /data/<name>.json and /stream/<name>
 * @property {unknown} doc the validated document
 * @property {Buffer} body the JSON served
 * @property {string} etag strong, from the body
 * @property {number} lastModified ms since the epoch
 */

/** The report documents of a folder, each validated before it is served; the last valid one stays. */
export class DocumentStore extends EventEmitter {
  /** @type {Map<string, Entry>} */
  entries = new Map();
  /** @type {import('node:fs').FSWatcher | undefined} */
  watcher;
  /** @type {Map<string, NodeJS.Timeout>} */
  pending = new Map();

  /**
   * @param {string} dataDir
   * @param {{ warn: (...args: unknown[]) => void, info: (...args: unknown[]) => void }} log
   */
  constructor(dataDir, log = console) {
    super();
    this.dataDir = dataDir;
    this.log = log;
  }

  /** Reads every `*.json` of the folder. */
  async load() {
    const files = (await readdir(this.dataDir)).filter((file) => file.endsWith('.json')).sort();
    await Promise.all(files.map((file) => this.readFile(file)));
    return this;
  }

  /** Re-reads a file when it changes (editors and jobs write in bursts: wait for quiet). */
  watch() {
    this.watcher = watch(this.dataDir, (_event, file) => {
      if (!file || !file.endsWith('.json')) return;
      clearTimeout(this.pending.get(file));
      this.pending.set(
        file,
        setTimeout(() => {
          this.pending.delete(file);
          void this.readFile(file);
        }, 50),
      );
    });
    return this;
  }

  close() {
    this.watcher?.close();
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }

  async readFile(file) {
    const path = join(this.dataDir, file);
    try {
      const [text, info] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
      this.setText(basename(file, '.json'), text, info.mtimeMs);
    } catch (error) {
      // A file deleted mid-burst, or unreadable: keep serving what we had.
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT')
        this.log.warn(`cst-feed: cannot read ${path}:`, error);
    }
  }

  /** Parses and offers a document's text; returns the problems when it is refused. */
  setText(name, text, mtimeMs = Date.now()) {
    let doc;
    try {
      doc = JSON.parse(text);
    } catch (error) {
      return this.refuse(name, [{ path: '$', message: `not JSON: ${/** @type {Error} */ (error).message}` }]);
    }
    return this.set(name, doc, { mtimeMs });
  }

  /**
   * Offers a new version of a document. Invalid: refused and logged, the previous one stays.
   * @param {string} name
   * @param {unknown} doc
   * @param {{ mtimeMs?: number, datasets?: string[] }} [options] `datasets`: which ones changed (for partial pushes)
   */
  set(name, doc, { mtimeMs = Date.now(), datasets } = {}) {
    const { valid, errors } = validateReport(doc);
    if (!valid) return this.refuse(name, errors);
    const body = Buffer.from(JSON.stringify(doc));
    const etag = etagFor(body);
    const previous = this.entries.get(name);
    if (previous?.etag === etag) return { ok: true, changed: false, errors: [] };
    // Never go back in time: a client holding the previous version must see this one as newer.
    const lastModified = Math.max(
      mtimeMs,
      previous ? Math.floor(previous.lastModified / 1000) * 1000 + 1000 : 0,
    );
    /** @type {Entry} */
    const entry = { name, doc, body, etag, lastModified };
    this.entries.set(name, entry);
    this.emit('change', entry, previous ? datasets : undefined);
    return { ok: true, changed: true, errors: [] };
  }

  refuse(name, errors) {
    const kept = this.entries.has(name) ? 'the previous valid version stays served' : 'nothing is served';
    const first = errors
      .slice(0, 5)
      .map((e) => `\n  ${e.path}: ${e.message}`)
      .join('');
    this.log.warn(`cst-feed: refused ${name}.json (${errors.length} problems; ${kept}):${first}`);
    this.emit('refused', name, errors);
    return { ok: false, changed: false, errors };
  }

  get(name) {
    return this.entries.get(name);
  }
}
