// Builds the installable plugin: dist/cst-widgets/ (the plugin folder as WordPress installs it)
// and dist/cst-widgets-wp.zip (what a site manager uploads in Plugins > Add New > Upload).
// Inside: the plugin's sources, the elements' bundle and its licence notices from @cst/widgets,
// the translations compiled from languages/*.po, and a .pot for translators.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { DOMAIN, EDITOR_HANDLE, extractStrings, moFile, potFile, readPo, scriptJson } from './i18n.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, '..');
const repo = join(pkg, '../..');
const source = join(pkg, 'plugin');
const dist = join(pkg, 'dist');
const folder = join(dist, DOMAIN);
const ZIP = join(dist, 'cst-widgets-wp.zip');

const bundle = join(repo, 'packages/widgets/dist/cst-widgets.js');
if (!existsSync(bundle)) {
  console.error(
    `${relative(repo, bundle)} is missing: build @cst/widgets first (pnpm run build builds both in order).`,
  );
  process.exit(1);
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
cpSync(source, folder, { recursive: true, filter: (path) => !path.endsWith('.po') });

// The bundle, and whatever licence texts sit beside it and at the root (present once the release lands).
cpSync(bundle, join(folder, 'assets/cst-widgets.js'));
for (const notice of [`${bundle}.LICENSE.txt`, join(repo, 'LICENSE')]) {
  if (existsSync(notice))
    cpSync(notice, join(folder, basename(notice) === 'LICENSE' ? 'LICENSE' : 'assets/' + basename(notice)));
}

const strings = extractStrings(source);
writeFileSync(join(folder, `languages/${DOMAIN}.pot`), potFile(strings));
for (const name of readdirSync(join(source, 'languages')).filter((file) => file.endsWith('.po'))) {
  const po = readPo(join(source, 'languages', name));
  const locale = po.headers.Language;
  writeFileSync(join(folder, `languages/${DOMAIN}-${locale}.mo`), moFile(po));
  writeFileSync(
    join(folder, `languages/${DOMAIN}-${locale}-${EDITOR_HANDLE}.json`),
    scriptJson(po, strings, 'block/editor.js'),
  );
}

// Fixed dates: the same sources give the same zip.
const files = {};
const paths = readdirSync(folder, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
  .sort();
for (const path of paths) {
  files[`${DOMAIN}/${path}`] = [
    readFileSync(join(folder, path)),
    { mtime: new Date('2020-01-01T00:00:00Z') },
  ];
}
writeFileSync(ZIP, zipSync(files, { level: 9 }));
console.log(`${relative(repo, ZIP)}: ${Object.keys(files).length} files, ${readFileSync(ZIP).length} bytes`);
