// Subresource Integrity for the CDN file: after the build, its sha384 goes into a file beside it
// (`sha384-…`, as the `integrity` attribute takes it), so each published version carries the
// hash a page pins: <script type="module" src=".../cst-widgets.js" integrity="sha384-…"
// crossorigin="anonymous">. Computed from the bytes written, after the banner.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const integrityOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** A Vite plugin: writes `<file>.integrity.txt` beside each entry file of the bundle. */
export function integrityFile() {
  return {
    name: 'cst-integrity-file',
    writeBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const file = join(options.dir, chunk.fileName);
        writeFileSync(`${file}.integrity.txt`, `${integrityOf(readFileSync(file))}\n`);
      }
    },
  };
}
