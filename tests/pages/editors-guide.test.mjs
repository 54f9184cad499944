// The editors' guides (docs/guida-redazioni.md, docs/editors-guide.md) cannot rot: every HTML example
// in them is mounted in Chromium, as an editor would paste it into a page that loads the bundle, with
// the project's example data at the addresses the guide names (/dati/… for files, /data/… and
// /stream/… for the feed), and must reach its intended state: ready, or the error a ```html error
// block shows on purpose. The ```json document is valid, and the ```sh commands,
// run in that order on that document, print what the guide shows. Both guides also explain every
// error code there is.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { validateReport } from '../../packages/schema/dist/index.js';
import { ITALIAN } from '../../packages/schema/dist/messages/it.js';
import { ERROR_CODES } from '../../packages/widgets/dist/source/problems.js';
import { startFeed } from '../../packages/feed/src/index.js';
import { launchBrowser } from '../support/browser.mjs';

const root = new URL('../../', import.meta.url).pathname;
const GUIDES = [
  { file: 'docs/guida-redazioni.md', lang: 'it' },
  { file: 'docs/editors-guide.md', lang: 'en' },
];

/** Every ```html block of a guide: its code, and the words after `html` on its fence. */
function htmlExamples(text) {
  return [...text.matchAll(/^```html([^\n]*)\n([\s\S]*?)^```/gm)].map(([, info, code]) => ({
    marks: info.trim().split(/\s+/).filter(Boolean),
    code,
  }));
}

/** The code of every ```<lang> block of a guide. */
const blocks = (text, lang) =>
  [...text.matchAll(new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\``, 'gm'))].map(([, code]) => code);

/** A command line's words, with "quoted words" kept whole. */
const words = (line) => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map(([, quoted, plain]) => quoted ?? plain);

let feed;
let browser;
let site;

before(async () => {
  // /dati/: the example documents, and CSV files as the elements' own downloads make them.
  site = mkdtempSync(join(tmpdir(), 'cst-guide-'));
  const fixtures = `${root}packages/schema/fixtures/`;
  mkdirSync(join(site, 'dati'));
  for (const [dir, ext] of [
    [fixtures, '.json'],
    [`${root}packages/schema/test/widgets-csv/`, '.csv'],
  ])
    for (const name of readdirSync(dir).filter((f) => f.endsWith(ext)))
      copyFileSync(join(dir, name), join(site, 'dati', name));
  feed = await startFeed({
    port: 0,
    dataDir: fixtures,
    staticDirs: [site, `${root}packages/widgets/dist`],
    simulate: false,
    // An editor's page has its own policy, not the feed's.
    contentSecurityPolicy: false,
    log: { info() {}, warn() {} },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await feed?.close();
  rmSync(site, { recursive: true, force: true });
});

let pages = 0;

/**
 * One example as an editor publishes it: pasted into a page in `lang` that loads the bundle (the
 * example's own script tag, its CDN address pointed at the local build, or the site's template's).
 */
function publish(code, lang) {
  const cdn = /https:\/\/cdn\.jsdelivr\.net\/npm\/@cst\/widgets@[^/]+\/dist\/cst-widgets\.js/g;
  const script = /<script\b[^>]*\bsrc=/.test(code)
    ? ''
    : '<script type="module" src="/cst-widgets.js"></script>';
  const path = `/example-${(pages += 1)}.html`;
  writeFileSync(
    join(site, path),
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>esempio</title>` +
      `<link rel="icon" href="data:,">${script}</head><body>${code.replace(cdn, '/cst-widgets.js')}</body></html>`,
  );
  return path;
}

/** Opens one example in a page in `lang` and answers every element's state and the console errors. */
async function mount(code, lang) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(`${feed.url}${publish(code, lang)}`, { waitUntil: 'load' });
    // In the page: every cst element but cst-report (which only provides data) with its state.
    const states = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('*')]
          .filter((el) => el.localName.startsWith('cst-') && el.localName !== 'cst-report')
          .map((el) => ({
            tag: el.localName,
            status: el.status,
            // The reason, below the title («Dati non disponibili»).
            message: [...(el.shadowRoot?.querySelector('[part="error"]')?.childNodes ?? [])]
              .filter(
                (node) =>
                  node.nodeType === Node.TEXT_NODE ||
                  (node.nodeType === Node.ELEMENT_NODE && node.localName !== 'strong'),
              )
              .map((node) => node.textContent)
              .join(' ')
              .replace(/\s+/g, ' ')
              .trim(),
          })),
      );
    const deadline = Date.now() + 10_000;
    let now = await states();
    while (
      Date.now() < deadline &&
      (now.length === 0 || now.some((el) => !el.status || el.status === 'loading'))
    ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      now = await states();
    }
    return { states: now, errors };
  } finally {
    await page.close();
  }
}

for (const { file, lang } of GUIDES) {
  describe(file, () => {
    const text = readFileSync(`${root}${file}`, 'utf8');
    const examples = htmlExamples(text);

    it('has examples to check', () => assert.ok(examples.length >= 15, `${examples.length} examples`));

    examples.forEach(({ marks, code }, i) => {
      const wanted = marks.includes('error') ? 'error' : 'ready';
      const first =
        code
          .split('\n')
          .find((line) => line.includes('<cst-'))
          ?.trim() ?? '';
      it(`example ${i + 1} is ${wanted}: ${first.slice(0, 90)}`, async () => {
        const { states, errors } = await mount(code, lang);
        assert.ok(states.length > 0, 'no cst element in the example');
        assert.deepEqual(
          states.map((s) => `${s.tag}: ${s.status}`),
          states.map((s) => `${s.tag}: ${wanted}`),
        );
        const unexpected = errors.filter((e) => !(wanted === 'error' && /status of 404/.test(e)));
        assert.deepEqual(unexpected, []);
        // What an error example shows is what the guide says it shows, word for word.
        const prose = text.replace(/\s+/g, ' ');
        for (const { message } of states.filter((s) => s.status === 'error'))
          assert.ok(message && prose.includes(message), `the guide quotes «${message}»`);
      });
    });

    it('shows a valid document, and commands that print what it says', () => {
      const [json, ...more] = blocks(text, 'json');
      assert.equal(more.length, 0, 'one document');
      assert.deepEqual(validateReport(JSON.parse(json)).errors, []);
      const dir = mkdtempSync(join(tmpdir(), 'cst-guide-sh-'));
      try {
        const commands = blocks(text, 'sh').flatMap((code) =>
          code.split(/^(?=npx )/m).map((part) => {
            const [line, ...output] = part.trimEnd().split('\n');
            return { line, output };
          }),
        );
        assert.ok(commands.length >= 2, `${commands.length} commands`);
        // The spreadsheet the import reads, saved as Excel does in Italian, and the document it goes into.
        const [csv] = words(commands[0].line).filter((word) => word.endsWith('.csv'));
        writeFileSync(join(dir, csv), 'Servizio;Pratiche\r\nSUAP;1.284\r\nEdilizia privata;956\r\n');
        const into = words(commands[0].line).at(words(commands[0].line).indexOf('--into') + 1);
        writeFileSync(join(dir, into), json);
        for (const { line, output } of commands) {
          const [npx, tool, ...args] = words(line);
          assert.equal(npx, 'npx');
          const printed = execFileSync(process.execPath, [`${root}packages/schema/bin/${tool}.js`, ...args], {
            cwd: dir,
            env: { ...process.env, LANG: lang === 'it' ? 'it_IT.UTF-8' : 'en_GB.UTF-8', LC_ALL: '' },
            encoding: 'utf8',
          });
          assert.deepEqual(printed.trimEnd().split('\n'), output, line);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('explains every error code an editor can meet: the elements’ and the schema’s', () => {
      const codes = [...ERROR_CODES, ...Object.keys(ITALIAN)];
      const missing = codes.filter((code) => !text.includes(`\`${code}\``));
      assert.deepEqual(missing, []);
    });
  });
}
