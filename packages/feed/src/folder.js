import { watch } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';

/** Editors and jobs write in bursts: wait for quiet before reading. */
const QUIET_MS = 50;
/** Some editors save by deleting and writing again: a file must stay missing this long to count as deleted. */
const GONE_AFTER_MS = 250;

/**
 * Loads every `*.json` of the store's folder, then keeps the store in step with it: a written
 * file is read again, a deleted or renamed one is unpublished.
 * @param {import('./store.js').DocumentStore} store
 */
export async function watchFolder(store) {
  const dir = /** @type {string} */ (store.dataDir);
  /** @type {Map<string, NodeJS.Timeout>} */
  const pending = new Map();
  const later = (file, ms, task) => {
    clearTimeout(pending.get(file));
    pending.set(
      file,
      setTimeout(() => {
        pending.delete(file);
        void task();
      }, ms),
    );
  };
  const gone = async (file) => {
    const missing = await stat(join(dir, file)).then(
      () => false,
      (error) => error.code === 'ENOENT',
    );
    if (missing) store.delete(basename(file, '.json'), 'file');
  };
  const read = async (file) => {
    const result = await store.readFile(file);
    if (/** @type {{ missing?: boolean }} */ (result).missing) later(file, GONE_AFTER_MS, () => gone(file));
  };

  const watcher = watch(dir, (_event, file) => {
    if (file && file.endsWith('.json')) later(file, QUIET_MS, () => read(file));
  });
  watcher.on('error', (error) => store.log.warn(`cst-feed: stopped watching ${dir}:`, error.message));
  const files = (await readdir(dir)).filter((file) => file.endsWith('.json')).sort();
  await Promise.all(files.map((file) => store.readFile(file)));
  return {
    close() {
      watcher.close();
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
    },
  };
}
