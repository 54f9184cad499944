// The plugin's translatable strings, as WordPress tools would find them (PHP gettext calls,
// the editor script's wp.i18n calls, block.json's fields), and the files WordPress reads:
// a .pot for translators, a .mo per language for PHP, and a JSON per language for the editor script.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import gettext from 'gettext-parser';

export const DOMAIN = 'cst-widgets';
/** The editor script's handle: WordPress looks for languages/<domain>-<locale>-<handle>.json. */
export const EDITOR_HANDLE = 'cst-widgets-editor';

const CALLS =
  /\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*(['"])((?:\\.|(?!\1).)*)\1\s*,\s*(['"])([\w-]+)\3\s*,?\s*\)/g;
const HEADERS = ['Plugin Name', 'Description'];
const BLOCK_FIELDS = { title: 'block title', description: 'block description' };

function files(dir, extension) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name));
}

const unquote = (text, quote) => text.replace(new RegExp(`\\\\([\\\\${quote}])`, 'g'), '$1');

/**
 * Every string of the plugin in `pluginDir`, once each, in the order found.
 * @returns {{ msgid: string, msgctxt?: string, references: string[], domain: string }[]}
 */
export function extractStrings(pluginDir) {
  /** @type {Map<string, { msgid: string, msgctxt?: string, references: string[], domain: string }>} */
  const found = new Map();
  const add = (msgid, reference, { msgctxt, domain = DOMAIN } = {}) => {
    const key = `${msgctxt ?? ''}\u0004${msgid}`;
    const entry = found.get(key) ?? { msgid, msgctxt, references: [], domain };
    entry.references.push(reference);
    found.set(key, entry);
  };
  const sources = [...files(pluginDir, '.php'), ...files(pluginDir, '.js')].sort();
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    const name = relative(pluginDir, file);
    for (const match of text.matchAll(CALLS)) {
      const line = text.slice(0, match.index).split('\n').length;
      add(unquote(match[2], match[1]), `${name}:${line}`, { domain: match[4] });
    }
    for (const header of HEADERS) {
      const value = text.match(new RegExp(`^ \\* ${header}:\\s*(.+)$`, 'm'))?.[1];
      if (value) add(value.trim(), name);
    }
  }
  const block = JSON.parse(readFileSync(join(pluginDir, 'block/block.json'), 'utf8'));
  for (const [field, msgctxt] of Object.entries(BLOCK_FIELDS))
    add(block[field], 'block/block.json', { msgctxt });
  for (const keyword of block.keywords) add(keyword, 'block/block.json', { msgctxt: 'block keyword' });
  return [...found.values()];
}

const HEADER = {
  'Project-Id-Version': 'CST Widgets',
  'Content-Type': 'text/plain; charset=UTF-8',
  'Content-Transfer-Encoding': '8bit',
  'X-Domain': DOMAIN,
};

/** The .pot file: every string with empty translations. */
export function potFile(strings) {
  const translations = { '': { '': { msgid: '', msgstr: [''] } } };
  for (const { msgid, msgctxt, references } of strings) {
    const context = (translations[msgctxt ?? ''] ??= {});
    context[msgid] = { msgid, msgstr: [''], comments: { reference: references.join('\n') } };
    if (msgctxt) context[msgid].msgctxt = msgctxt;
  }
  return gettext.po.compile({ charset: 'utf-8', headers: HEADER, translations });
}

/** Reads a language's .po file. */
export function readPo(file) {
  return gettext.po.parse(readFileSync(file), { validation: true });
}

/** The .mo WordPress's PHP side loads. */
export function moFile(po) {
  return gettext.mo.compile(po);
}

/**
 * The JSON the editor script's translations come from (the format of `wp i18n make-json`):
 * the translations of the strings that `strings` (from extractStrings) found in that script.
 */
export function scriptJson(po, strings, script) {
  const messages = {
    '': { domain: 'messages', lang: po.headers.Language, 'plural-forms': po.headers['Plural-Forms'] },
  };
  for (const { msgid, msgctxt, references } of strings) {
    if (!references.some((reference) => reference.startsWith(`${script}:`))) continue;
    const msgstr = po.translations[msgctxt ?? '']?.[msgid]?.msgstr;
    if (msgstr?.[0]) messages[msgctxt ? `${msgctxt}\u0004${msgid}` : msgid] = msgstr;
  }
  return JSON.stringify({ domain: 'messages', locale_data: { messages } });
}
