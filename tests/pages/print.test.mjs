// Printing the Focus 2016 report page on A4, from a phone, a tablet, a laptop and a wide screen:
// the page is loaded at each window width and printed to PDF by Chromium (page.pdf, which runs the
// same print path as the print dialog). While Chromium lays the page out for paper, a probe
// (print/probe.js) measures it: every text node's drawn size (SVG scaling included) is at least
// 8 pt, every column of the deployment matrix is on the paper, no element runs past the paper's
// edge, and no control (button, field, link inside an element) is printed. The PDF itself must hold
// every element's data (poppler's pdftotext reads it) in the same number of pages at every width.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchBrowser } from '../support/browser.mjs';
import { openReportPage, startReportFeed } from '../support/report-page.mjs';

const root = new URL('../../', import.meta.url);
const focus = JSON.parse(readFileSync(new URL('packages/schema/fixtures/focus-2016.json', root), 'utf8'));
const probe = readFileSync(new URL('print/probe.js', import.meta.url), 'utf8');
const WIDTHS = [320, 768, 1280, 1920];
const folder = mkdtempSync(join(tmpdir(), 'cst-print-'));

/** Words of the report's data that paper must keep: every SLA, row, category, entity and service. */
function dataWords() {
  const words = new Set();
  for (const dataset of Object.values(focus.datasets)) {
    if (dataset.kind === 'sla') dataset.items.forEach((item) => words.add(item.code));
    if (dataset.kind === 'table') {
      const first = dataset.columns[0].id;
      dataset.rows.forEach((row) => words.add(String(row.cells[first])));
    }
    if (dataset.kind === 'matrix') [...dataset.rows, ...dataset.columns].forEach((r) => words.add(r.label));
    if (dataset.kind === 'share') dataset.parts.forEach((part) => words.add(part.label));
    if (dataset.kind === 'kpi') words.add(dataset.title);
  }
  // The trend line's figures, in its table on paper.
  words.add('13.584');
  return [...words];
}

/** PDF text as poppler reads it, one string per page, white space squashed. */
function pdfPages(file) {
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  return text
    .split('\f')
    .map((page) => page.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

let feed;
let browser;
const printed = new Map();
let letter;

before(async () => {
  feed = await startReportFeed();
  browser = await launchBrowser();
  for (const width of WIDTHS) {
    const page = await openReportPage(browser, feed.url, width);
    await page.evaluate(probe);
    const file = join(folder, `focus-2016-${width}.pdf`);
    // As a print dialog does: the page's own @page size and margins.
    writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    const results = await page.evaluate(() => window.printProbe.results);
    printed.set(width, { file, paper: results.at(-1), pages: pdfPages(file) });
    await page.close();
  }
  // Another paper (US Letter, 216 mm wide): the charts follow the paper they are printed on. And a
  // tile whose data went stale, at the end of the report: paper says which figures are not current.
  const page = await openReportPage(browser, feed.url, 1920);
  await page.evaluate(probe);
  await page.evaluate(async () => {
    const tile = document.createElement('cst-kpi-tile');
    const data = document.createElement('script');
    data.type = 'application/json';
    // A text node, not textContent: the page enforces Trusted Types on script elements.
    const json = document.createTextNode(
      JSON.stringify({ kind: 'kpi', title: 'Ticket aperti oggi', value: 12 }),
    );
    data.append(json);
    tile.append(data);
    // Listening before the tile is connected: inline data may be read as it connects.
    const ready = new Promise((resolve) => tile.addEventListener('cst-data', resolve, { once: true }));
    const failed = new Promise((resolve) => tile.addEventListener('cst-error', resolve, { once: true }));
    document.querySelector('main section:last-of-type').append(tile);
    await ready;
    json.data = '{ "kind": ';
    await failed;
  });
  await page.evaluate(() => {
    // Through the CSSOM: the feed's Content-Security-Policy refuses a <style> element.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('@media print { @page { size: letter; } }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
  const file = join(folder, 'focus-2016-letter.pdf');
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
  letter = { ...(await page.evaluate(() => window.printProbe.results)).at(-1), pages: pdfPages(file) };
  await page.close();
});

after(async () => {
  await browser?.close();
  await feed?.close();
});

describe('printing the Focus 2016 report on A4', () => {
  for (const width of WIDTHS) {
    describe(`from a window ${width} px wide`, () => {
      it('was measured while laid out for A4 paper', () => {
        const { paper } = printed.get(width);
        assert.ok(paper, 'the print media query never turned on');
        // A4 is 210 mm; the report's @page margins are 12 mm each side: 186 mm, 703 px.
        assert.ok(Math.abs(paper.pageWidth - 703) <= 2, `laid out ${paper.pageWidth} px wide`);
        assert.ok(paper.texts > 500, `only ${paper.texts} text nodes`);
      });

      it('draws every text at 8 pt or more, charts included', () => {
        assert.deepEqual(printed.get(width).paper.small, []);
      });

      it('draws every chart for the width it has on paper, not scaled from the screen', () => {
        assert.deepEqual(printed.get(width).paper.scaled, []);
      });

      it('keeps every column of the deployment matrix on the paper', () => {
        const { headers } = printed.get(width).paper;
        const columns = focus.datasets.deployment.columns.map((c) => c.label);
        for (const label of columns)
          assert.ok(
            headers.some((h) => h.text.includes(label) && h.inside),
            `${label} is not on the paper: ${JSON.stringify(headers)}`,
          );
      });

      it('lets no page break cut a tile, a chart or a row', () => {
        assert.deepEqual(printed.get(width).paper.breakable, []);
      });

      it('repeats the matrix column headers on every page the matrix spans', () => {
        const columns = focus.datasets.deployment.columns.map((column) => column.label);
        // A matrix row ends with its completion, "6 su 8": only the matrix writes that.
        const completion = new RegExp(`\\b\\d+ su ${columns.length}\\b`);
        const pages = printed.get(width).pages.filter((page) => completion.test(page));
        assert.ok(pages.length > 0);
        for (const page of pages)
          assert.deepEqual(
            columns.filter((label) => !page.includes(label)),
            [],
          );
      });

      it('runs no element past the paper and prints no control', () => {
        const { overflowing, controls } = printed.get(width).paper;
        assert.deepEqual(overflowing, []);
        assert.deepEqual(controls, []);
      });

      it("holds every element's data in the PDF", () => {
        const text = printed.get(width).pages.join(' ');
        assert.deepEqual(
          dataWords().filter((word) => !text.includes(word)),
          [],
        );
      });
    });
  }

  it('draws the charts for US Letter paper too, when printed on it', () => {
    assert.ok(letter.pageWidth > 720, `laid out ${letter.pageWidth} px wide`);
    assert.deepEqual(letter.scaled, []);
    assert.deepEqual(letter.small, []);
  });

  it('prints the stale mark of figures that are not current, with the time they are from', () => {
    const text = letter.pages.join(' ');
    // The clock before it is an icon (aria-hidden) that not every machine has a font for.
    assert.match(text, /Ticket aperti oggi 12 (⏱ ?)?Dati del \d\d\/\d\d, \d\d:\d\d, non aggiornati/);
  });

  it('prints the same pages from every window width', () => {
    const counts = WIDTHS.map((width) => printed.get(width).pages.length);
    assert.ok(
      counts.every((count) => count === counts[0]),
      `pages by window width ${WIDTHS.join('/')}: ${counts.join('/')}`,
    );
  });
});
