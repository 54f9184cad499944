// Tables written in the page are the elements' data (progressive enhancement): with JavaScript off
// a reader reads every table, with it each element draws the same figures in place of its table.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { launchBrowser } from '../support/browser.mjs';
import { serveStatic } from '../support/static-server.mjs';

const root = new URL('../../', import.meta.url).pathname;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ELEMENTS = [
  'cst-kpi-tile',
  'cst-trend-line',
  'cst-share',
  'cst-bar-chart',
  'cst-data-table',
  'cst-sla-table',
];

let server;
let browser;
before(async () => {
  server = await serveStatic({
    '/': `${root}tests/pages/tables`,
    '/cst-widgets.js': `${root}packages/widgets/dist/cst-widgets.js`,
  });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** In the page: each element's table as a reader sees it (caption and cells), and whether it is on screen. */
function tables(tags) {
  const squash = (s) => s.replace(/\s+/g, ' ').trim();
  return tags.map((tag) => {
    const table = document.querySelector(`${tag} > table`);
    return {
      tag,
      visible: table.checkVisibility(),
      caption: squash(table.caption.textContent),
      cells: [...table.querySelectorAll('td')]
        .map((cell) => squash(cell.textContent))
        .filter((t) => t !== '–'),
    };
  });
}

async function axe(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  });
}

describe('tables inside the elements, in Chromium', () => {
  it('without the script, every table is there to read, with its caption and figures, and the page is accessible', async () => {
    const page = await browser.newPage();
    try {
      // As with JavaScript off or the script blocked: the elements are never defined. (Turning
      // JavaScript off in the page would also stop the checks below, which run in the page.)
      await page.setRequestInterception(true);
      page.on('request', (request) =>
        request.url().endsWith('/cst-widgets.js') ? request.abort() : request.continue(),
      );
      await page.goto(`${server.url}/`, { waitUntil: 'networkidle0' });
      // What a screen reader is given: each table by its caption, its figures in its cells.
      const snapshot = await page.accessibility.snapshot({ interestingOnly: false });
      const named = [];
      const walk = (node) => {
        if (node.role === 'table') named.push(node.name);
        node.children?.forEach(walk);
      };
      walk(snapshot);
      assert.deepEqual(named, [
        'Utenti attivi del Centro Servizi',
        'Credenziali attive per anno',
        'Accessi per dispositivo',
        'Accessi ai servizi on line',
        'Pagamenti on line per ente',
        'Livelli di servizio 2016',
      ]);
      const shown = await page.evaluate(tables, ELEMENTS);
      assert.deepEqual(
        shown.filter((t) => !t.visible).map((t) => t.tag),
        [],
        'every table is on screen',
      );
      assert.ok(shown.find((t) => t.tag === 'cst-data-table').cells.includes('8.876.647,56 €'));
      assert.deepEqual(await axe(page), []);
    } finally {
      await page.close();
    }
  });

  it('with JavaScript, each element draws its table’s figures and hides the table; axe clean', async () => {
    const page = await browser.newPage();
    try {
      await page.bringToFront();
      await page.goto(`${server.url}/`, { waitUntil: 'networkidle0' });
      await page.waitForFunction(
        (tags) => tags.every((tag) => document.querySelector(tag).status === 'ready'),
        { timeout: 10_000 },
        ELEMENTS,
      );
      const written = await page.evaluate(tables, ELEMENTS);
      // A chart shows a few figures in its drawing and words; all of them once its data table is open.
      await page.evaluate((tags) => {
        for (const tag of tags)
          document.querySelector(tag).shadowRoot.querySelector('button[aria-controls="data"]')?.click();
      }, ELEMENTS);
      await page.waitForFunction(
        (tags) =>
          tags.every(
            (tag) => document.querySelector(tag).shadowRoot.querySelector('[aria-expanded="false"]') === null,
          ),
        { timeout: 10_000, polling: 100 },
        ELEMENTS,
      );
      const drawn = await page.evaluate(
        (tags) =>
          tags.map((tag) => {
            const el = document.querySelector(tag);
            return { route: el.route, text: el.shadowRoot.textContent.replace(/\s+/g, ' ') };
          }),
        ELEMENTS,
      );
      written.forEach((table, i) => {
        assert.equal(table.visible, false, `${table.tag}: the drawing takes the table's place`);
        assert.equal(drawn[i].route, 'table', table.tag);
        assert.ok(drawn[i].text.includes(table.caption), `${table.tag} shows "${table.caption}"`);
        for (const figure of table.cells.filter((text) => /\d/.test(text)))
          assert.ok(drawn[i].text.includes(figure), `${table.tag} shows ${figure}: ${drawn[i].text}`);
      });
      assert.deepEqual(await axe(page), []);
    } finally {
      await page.close();
    }
  });
});
