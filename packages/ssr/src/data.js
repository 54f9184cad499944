import { realpathSync, statSync, readFileSync } from 'node:fs';
import { extname, join, sep } from 'node:path';

/** Content types by extension, as a static server sends them: the browser parses by this type too. @type {Record<string, string>} */
const TYPES = { '.json': 'application/json', '.csv': 'text/csv' };

/** The origin a path-only page URL or prefix is resolved against (it never leaves the process). */
export const LOCAL_ORIGIN = 'http://cst-render.invalid';

/**
 * What a mapped URL holds: its text, or that there is no such file (a server would answer 404).
 * @typedef {{ text: string, contentType: string, lastModified: string } | { missing: true }} Read
 */

/**
 * The documents a page names, read from folders: each URL prefix (`/data`, or a whole
 * `https://dati.comune.example.it/data`) maps to a folder, and a URL under it to a file inside that
 * folder, never outside (no `..`, no encoded slash, no link that leads out), as a static server
 * would serve it.
 */
export class DataMap {
  /** @param {Iterable<[string, string]> | Record<string, string>} mappings prefix → folder */
  constructor(mappings) {
    const entries = Symbol.iterator in mappings ? [...mappings] : Object.entries(mappings);
    /** @type {Array<{ prefix: URL, folder: string }>} */
    this.mounts = entries
      .map(([prefix, folder]) => {
        const url = new URL(prefix.endsWith('/') ? prefix : `${prefix}/`, LOCAL_ORIGIN);
        return { prefix: url, folder: realpathSync(folder) };
      })
      // The longest prefix wins, as with nested mounts on a server.
      .sort((a, b) => b.prefix.href.length - a.prefix.href.length);
  }

  /**
   * The file behind a URL: undefined when no prefix maps it, `{ missing: true }` when the mapped
   * file does not exist (or would lie outside its folder), else its text and validators.
   * @param {URL} url
   * @returns {Read | undefined}
   */
  read(url) {
    const mount = this.mounts.find(
      ({ prefix }) => url.origin === prefix.origin && url.pathname.startsWith(prefix.pathname),
    );
    if (!mount) return undefined;
    const file = this.#file(mount.folder, url.pathname.slice(mount.prefix.pathname.length));
    if (!file) return { missing: true };
    return {
      text: readFileSync(file, 'utf8'),
      contentType: TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      // To the second, as Last-Modified is sent: a static server answers 304 to it while the file is unchanged.
      lastModified: new Date(Math.floor(statSync(file).mtimeMs / 1000) * 1000).toUTCString(),
    };
  }

  /** @param {string} folder @param {string} rest the URL's path below the prefix, still encoded */
  #file(folder, rest) {
    let segments;
    try {
      segments = rest.split('/').map(decodeURIComponent);
    } catch {
      return undefined; // malformed percent-encoding: no file has that name
    }
    if (segments.some((s) => s === '..' || s.includes('/') || s.includes('\\') || s.includes('\0')))
      return undefined;
    try {
      const file = realpathSync(join(folder, ...segments));
      return file.startsWith(folder + sep) && statSync(file).isFile() ? file : undefined;
    } catch {
      return undefined;
    }
  }
}
