// The plugin as files, without a WordPress: the zip holds what WordPress needs, the PHP parses and
// guards direct access, every string has its Italian translation, the readme has WordPress's
// headers, and the attributes the plugin lets through are the elements' own (custom-elements.json).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { extractStrings, readPo } from '../../packages/wordpress/build/i18n.mjs';

const root = new URL('../../', import.meta.url).pathname;
// fflate is the plugin package's own dependency (it writes the zip), so it is resolved from there.
const { unzipSync } = createRequire(`${root}packages/wordpress/package.json`)('fflate');
const plugin = `${root}packages/wordpress/plugin`;
const zipPath = `${root}packages/wordpress/dist/cst-widgets-wp.zip`;
const hasPhp = existsSync('/usr/bin/php');

describe('the plugin zip', () => {
  let files;
  before(() => {
    files = unzipSync(readFileSync(zipPath));
  });
  after(() => (files = undefined));

  it('holds one folder, cst-widgets/, with the main file, the block, the bundle and the translations', () => {
    const names = Object.keys(files);
    assert.ok(
      names.every((name) => name.startsWith('cst-widgets/')),
      names.join('\n'),
    );
    for (const name of [
      'cst-widgets.php',
      'readme.txt',
      'readme-en.txt',
      'uninstall.php',
      'block/block.json',
      'block/editor.js',
      'assets/cst-widgets.js',
      'assets/embed-host.js',
      'languages/cst-widgets.pot',
      'languages/cst-widgets-it_IT.mo',
      'languages/cst-widgets-it_IT-cst-widgets-editor.json',
    ]) {
      assert.ok(files[`cst-widgets/${name}`], `${name} is in the zip`);
    }
    assert.ok(!names.some((name) => name.endsWith('.po')), 'sources of translations stay out');
  });

  it('ships the bundle as built, and its licence notices when the build has them', () => {
    const dist = `${root}packages/widgets/dist/cst-widgets.js`;
    assert.deepEqual(Buffer.from(files['cst-widgets/assets/cst-widgets.js']), readFileSync(dist));
    if (existsSync(`${dist}.LICENSE.txt`)) assert.ok(files['cst-widgets/assets/cst-widgets.js.LICENSE.txt']);
  });

  it("has the Italian strings of the editor script in WordPress's JSON format", () => {
    const json = JSON.parse(
      Buffer.from(files['cst-widgets/languages/cst-widgets-it_IT-cst-widgets-editor.json']),
    );
    const messages = json.locale_data.messages;
    assert.equal(messages[''].lang, 'it_IT');
    assert.deepEqual(messages['Data address'], ['Indirizzo dei dati']);
    assert.equal(messages['Download the data'], undefined, 'only the strings of the script');
  });
});

describe('the plugin sources', () => {
  it('translate every string into Italian, with no stale entry', () => {
    const po = readPo(`${plugin}/languages/cst-widgets-it_IT.po`);
    const strings = extractStrings(plugin);
    assert.deepEqual(
      strings.filter(({ domain }) => domain !== 'cst-widgets').map(({ msgid }) => msgid),
      [],
      'one text domain',
    );
    const missing = strings.filter(
      ({ msgid, msgctxt }) => !po.translations[msgctxt ?? '']?.[msgid]?.msgstr[0],
    );
    assert.deepEqual(
      missing.map(({ msgid }) => msgid),
      [],
    );
    const known = new Set(strings.map(({ msgid, msgctxt }) => `${msgctxt ?? ''}|${msgid}`));
    const stale = Object.entries(po.translations).flatMap(([context, entries]) =>
      Object.keys(entries).filter((msgid) => msgid && !known.has(`${context}|${msgid}`)),
    );
    assert.deepEqual(stale, []);
  });

  it("have WordPress's readme headers, in Italian and in English", () => {
    for (const name of ['readme.txt', 'readme-en.txt']) {
      const readme = readFileSync(`${plugin}/${name}`, 'utf8');
      assert.match(readme, /^=== CST Widgets ===\n/);
      for (const header of [
        'Requires at least: 6.1',
        'Tested up to: 6.1',
        'Stable tag: 0.1.0',
        'License: EUPL-1.2',
      ]) {
        assert.ok(readme.includes(`\n${header}\n`), `${name}: ${header}`);
      }
      for (const section of ['Description', 'Installation', 'Frequently Asked Questions', 'Changelog']) {
        assert.ok(readme.includes(`\n== ${section} ==\n`), `${name}: ${section}`);
      }
    }
    const main = readFileSync(`${plugin}/cst-widgets.php`, 'utf8');
    assert.match(main, /Version: +0\.1\.0/);
    assert.match(main, /define\( 'CST_WIDGETS_VERSION', '0\.1\.0' \)/);
  });

  it('parse, and refuse to run outside WordPress', { skip: !hasPhp && 'php is not installed' }, () => {
    const php = readdirSync(plugin, { recursive: true }).filter((name) => name.endsWith('.php'));
    for (const name of php) {
      execFileSync('php', ['-l', `${plugin}/${name}`], { stdio: 'pipe' });
      const guard =
        name === 'uninstall.php'
          ? "defined( 'WP_UNINSTALL_PLUGIN' ) || exit;"
          : "defined( 'ABSPATH' ) || exit;";
      assert.ok(
        readFileSync(`${plugin}/${name}`, 'utf8').includes(`\n${guard}\n`),
        `${name} guards direct access`,
      );
    }
  });

  it("let through only the elements' own attributes", { skip: !hasPhp && 'php is not installed' }, () => {
    const allowed = JSON.parse(
      execFileSync(
        'php',
        [
          '-r',
          `define('ABSPATH', '/'); function __($s) { return $s; } require '${plugin}/includes/elements.php'; echo json_encode(cst_widgets_elements());`,
        ],
        { encoding: 'utf8' },
      ),
    );
    const manifest = JSON.parse(readFileSync(`${root}packages/widgets/custom-elements.json`, 'utf8'));
    const tagOf = (declaration) =>
      declaration.tagName ??
      `cst-${declaration.name
        .replace(/^Cst/, '')
        .replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
        .slice(1)}`;
    const manifestAttributes = new Map(
      manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.attributes && declaration.name !== 'CstElement')
        .map((declaration) => [
          tagOf(declaration),
          declaration.attributes.map((attribute) => attribute.name).sort(),
        ]),
    );
    const globalAttributes = ['class', 'id', 'lang', 'title'];
    for (const [tag, rules] of Object.entries(allowed)) {
      const own = Object.keys(rules)
        .filter((name) => !globalAttributes.includes(name))
        .sort();
      assert.deepEqual(own, manifestAttributes.get(tag), tag);
    }
    assert.deepEqual(
      Object.keys(allowed).sort(),
      [...manifestAttributes.keys()].sort(),
      'every element, no other tag',
    );
  });
});
