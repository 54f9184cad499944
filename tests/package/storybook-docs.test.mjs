// Storybook's docs page of every element (built storybook-static, after `pnpm build-storybook`)
// lists what custom-elements.json says about it: each attribute, event, CSS part and CSS custom
// property (the global --cst-* tokens too) in its section of the table, and never "Component not
// found in custom-elements.json". Without tag names in the manifest the table had two rows.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchBrowser } from '../support/browser.mjs';
import { serveStatic } from '../support/static-server.mjs';

const root = new URL('../../', import.meta.url);
const STATIC = new URL('storybook-static/', root);
const index = JSON.parse(readFileSync(new URL('index.json', STATIC), 'utf8'));
const manifest = JSON.parse(readFileSync(new URL('packages/widgets/custom-elements.json', root), 'utf8'));
const elements = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.customElement);

/** Docs pages of story files, with the tag their meta names as `component`. */
const pages = Object.values(index.entries)
  .filter((entry) => entry.type === 'docs' && entry.importPath?.endsWith('.stories.ts'))
  .map((entry) => {
    const source = readFileSync(new URL(entry.importPath, root), 'utf8');
    return { ...entry, tag: /component:\s*'(cst-[a-z-]+)'/.exec(source)?.[1] };
  });

let server;
let browser;
before(async () => {
  server = await serveStatic(STATIC.pathname);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The docs page's args table as { section: [row names] }, and the page's console messages. */
async function argsTable(id) {
  const page = await browser.newPage();
  const messages = [];
  page.on('console', (message) => messages.push(message.text()));
  try {
    await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=docs`, { waitUntil: 'load' });
    await page.waitForSelector('.docblock-argstable tbody tr', { timeout: 20_000 });
    const sections = await page.$$eval('.docblock-argstable tbody tr', (rows) => {
      const table = {};
      let current = '';
      for (const row of rows) {
        const heading = /^Hide (.+) items$/.exec(row.getAttribute('title') ?? '');
        if (heading) table[(current = heading[1])] = [];
        else if (current) table[current].push(row.querySelector('td span')?.textContent.trim());
      }
      return table;
    });
    return { sections, messages };
  } finally {
    await page.close();
  }
}

describe("Storybook's editors' guide", () => {
  const guides = [
    ['docs-guida-per-le-redazioni--docs', 'Guida per le redazioni', 'docs/guida-redazioni.md'],
    ['docs-editors-guide--docs', "Editors' guide", 'docs/editors-guide.md'],
  ];

  it('comes first among the docs, in Italian, then in English', () => {
    const docs = Object.values(index.entries).filter((entry) => entry.type === 'docs');
    assert.deepEqual(
      docs.slice(0, 2).map((entry) => entry.id),
      guides.map(([id]) => id),
    );
  });

  for (const [id, heading, file] of guides) {
    it(`${heading}: shows ${file} whole, with links that lead somewhere from Storybook`, async () => {
      const page = await browser.newPage();
      try {
        await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=docs`, { waitUntil: 'load' });
        await page.waitForSelector('#storybook-docs h1', { timeout: 20_000 });
        const source = readFileSync(new URL(file, root), 'utf8');
        const blocks = source.match(/^```[a-z]/gm).length;
        // On a loaded machine the page was once caught while React swapped its content (each block
        // twice): the count is read once it has settled, and a lasting difference still fails below.
        await page
          .waitForFunction(
            (n) => document.querySelectorAll('#storybook-docs pre').length === n,
            { timeout: 10_000 },
            blocks,
          )
          .catch(() => {});
        const shown = await page.evaluate(() => {
          const docs = document.querySelector('#storybook-docs');
          return {
            h1: docs.querySelector('h1').textContent,
            blocks: docs.querySelectorAll('pre').length,
            links: [...docs.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
          };
        });
        assert.equal(shown.h1, heading);
        assert.equal(shown.blocks, blocks, 'every code block');
        const nowhere = shown.links.filter((href) => !/^(https?:|#|\?path=)/.test(href));
        assert.deepEqual(nowhere, [], 'links to files that Storybook does not serve');
      } finally {
        await page.close();
      }
    });
  }
});

describe("Storybook's docs pages", () => {
  it('exist for every element', () => {
    const tags = new Set(pages.map((page) => page.tag));
    assert.deepEqual([...tags].sort(), elements.map((e) => e.tagName).sort());
  });

  for (const page of pages) {
    it(`${page.title}: lists the attributes, events, parts and CSS properties of <${page.tag}>`, async () => {
      const element = elements.find((e) => e.tagName === page.tag);
      const { sections, messages } = await argsTable(page.id);
      assert.deepEqual(
        messages.filter((text) => /custom-elements\.json/i.test(text)),
        [],
        'Storybook found the element in the manifest',
      );
      // cst-report draws nothing: attributes and a data property, no events, parts or CSS properties.
      const drawsNothing = page.tag === 'cst-report';
      const expected = drawsNothing
        ? { attributes: element.attributes }
        : {
            attributes: element.attributes,
            events: element.events,
            'css shadow parts': element.cssParts,
            'css custom properties': element.cssProperties,
          };
      for (const [section, items] of Object.entries(expected)) {
        assert.ok(items.length > 0, `${page.tag} has ${section} in the manifest`);
        const missing = items.map((item) => item.name).filter((name) => !sections[section]?.includes(name));
        assert.deepEqual(missing, [], `${page.tag}: ${section} missing from the docs table`);
      }
      const property = drawsNothing ? 'data' : 'datasetId';
      assert.ok(sections.properties?.includes(property), `${page.tag}: the ${property} property`);
    });
  }
});
