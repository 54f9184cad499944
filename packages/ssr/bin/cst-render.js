#!/usr/bin/env node
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const usage = `Usage: cst-render <page.html> --data <url-prefix>=<folder> [--data …] [--url <page-url>] [--out <file>]

Renders the cst-* elements of a page on the server, into declarative shadow DOM (Lit SSR): each
element whose data it can reach (its src, or its cst-report's src, under a mapped prefix; or its
inline JSON child) is drawn as the browser would draw it, and the data it was drawn from is written
into the page for the browser to start from. The rest of the page is left as it is, byte for byte.

Options:
  --data <prefix>=<folder>  documents under the URL prefix are read from the folder (repeatable):
                            --data /data=public/data, or --data https://dati.comune.example.it/d=data
  --url <page-url>          where the page is served: relative URLs resolve against it and its
                            <base>, as in a browser (default /)
  --out <file>              write the page there (default: standard output)
  --csp                     print the style-src a strict Content-Security-Policy needs for the page
  --strict                  exit with 1 when an element shows an error or is left to the browser

Dates and times are written in the time zone of the process: set TZ (TZ=Europe/Rome).`;

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`cst-render: ${message}\n\n${usage}`);
  process.exit(2);
}

/** @type {Record<string, any>} */
let values = {};
/** @type {string[]} */
let positionals = [];
try {
  ({ values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      data: { type: 'string', multiple: true, default: [] },
      url: { type: 'string', default: '/' },
      out: { type: 'string' },
      csp: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  fail(/** @type {Error} */ (error).message);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (positionals.length !== 1) fail('name one page');
if (values.data.length === 0) fail('missing --data <url-prefix>=<folder>');
/** @type {Array<[string, string]>} */
const mappings = values.data.map((/** @type {string} */ pair) => {
  const at = pair.indexOf('=');
  if (at <= 0 || at === pair.length - 1) fail(`--data wants <url-prefix>=<folder>, not ${pair}`);
  return [pair.slice(0, at), pair.slice(at + 1)];
});

// Loaded once the arguments are checked: the elements take a moment to load.
const { DataMap, renderPage, styleSrc } = await import('../src/index.js');
const [file] = /** @type {[string]} */ (positionals);
let data;
try {
  data = new DataMap(mappings);
} catch (error) {
  fail(`cannot read a --data folder: ${/** @type {Error} */ (error).message}`);
}
let page;
try {
  page = readFileSync(file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${/** @type {Error} */ (error).message}`);
}

const started = performance.now();
const result = await renderPage(page, { data, url: values.url });
const ms = Math.round(performance.now() - started);
if (values.out) writeFileSync(values.out, result.html);
else process.stdout.write(result.html);

const name = (/** @type {{ tag: string, dataset?: string }} */ e) =>
  `<${e.tag}${e.dataset ? ` dataset="${e.dataset}"` : ''}>`;
const errors = result.rendered.filter((e) => e.state === 'error');
console.error(
  `cst-render: ${result.rendered.length} elements rendered in ${ms} ms` +
    `${errors.length ? `, ${errors.length} showing an error` : ''}` +
    `${result.skipped.length ? `, ${result.skipped.length} left to the browser` : ''}`,
);
for (const element of result.rendered)
  for (const problem of element.problems) console.error(`  ${name(element)}: ${problem.message}`);
for (const element of result.skipped)
  console.error(`  ${name(element)} left to the browser: ${element.reason}`);
if (values.csp)
  console.error(`Content-Security-Policy, for the inline styles: ${styleSrc(result.styleHashes)}`);
if (values.strict && (errors.length > 0 || result.skipped.length > 0)) process.exit(1);
