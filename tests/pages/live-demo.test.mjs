// The demo as `npm start` serves it, with its simulator on (every 200 ms here, 3 s in the demo):
// the Focus 2016 page keeps the seed's figures, open and reloaded, however many steps the simulator
// takes; the live dashboard, which the simulator evolves, changes its figures by itself. Both pages
// are console- and axe-clean.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { LIVE_DOCUMENT } from '../../packages/feed/src/index.js';
import { launchBrowser } from '../support/browser.mjs';
import { startDemoFeed } from '../support/demo-feed.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const STEP_MS = 200;

/** Figures the Focus page quotes from the seed, which a simulator step would move. */
const SEED = ['99,92%', '99,75%', '2.687', '2.101', '4.788', '4.422', '16 su 28', '100%'];

let feed;
let browser;

before(async () => {
  feed = await startDemoFeed({ simulate: { everyMs: STEP_MS } });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await feed?.close();
});

/** A page with its console errors collected, at `path`, once every element has left loading. */
async function open(path) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} ${m.location()?.url ?? ''}`));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${feed.url}${path}`, { waitUntil: 'load' });
  await settled(page);
  return { page, errors };
}

function settled(page) {
  return page.waitForFunction(
    () =>
      [...document.querySelectorAll('cst-report *')]
        .filter((el) => el.localName.startsWith('cst-'))
        .every((el) => el.status && el.status !== 'loading'),
    { timeout: 15_000 },
  );
}

/** The text a reader sees in main, shadow roots included, spaces normalised. */
function mainText(page) {
  return page.evaluate(() => {
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent;
      if (node.localName === 'script' || node.localName === 'style') return '';
      let text = node.shadowRoot ? walk(node.shadowRoot) : '';
      for (const child of node.childNodes) text += ` ${walk(child)}`;
      return text;
    };
    return walk(document.querySelector('main'))
      .replace(/\u00a0|\u202f/g, ' ')
      .replace(/\s+/g, ' ');
  });
}

/** Every element's state: none may be in error or stale. */
const states = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('cst-report *')]
      .filter((el) => el.localName.startsWith('cst-'))
      .map((el) => `${el.localName}[${el.getAttribute('dataset')}]: ${el.status}`)
      .filter((line) => !line.endsWith(': ready')),
  );

/** Waits until the simulator has made `steps` more versions of the live document. */
async function simulatorSteps(steps) {
  const etags = new Set([feed.store.get(LIVE_DOCUMENT).etag]);
  const deadline = Date.now() + 20 * steps * STEP_MS;
  while (etags.size <= steps) {
    assert.ok(Date.now() < deadline, `the simulator made ${etags.size - 1} of ${steps} steps`);
    await new Promise((resolve) => setTimeout(resolve, STEP_MS / 2));
    etags.add(feed.store.get(LIVE_DOCUMENT).etag);
  }
}

async function axeViolations(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(' ')})`);
  });
}

const missing = (text, figures) => figures.filter((figure) => !text.includes(figure));

describe('the demo with its simulator on', () => {
  it('keeps the Focus 2016 page exact: the seed’s figures, open and reloaded, after simulator steps', async () => {
    const { page, errors } = await open('/focus-2016/');
    try {
      assert.deepEqual(missing(await mainText(page), SEED), [], 'at load');
      await simulatorSteps(8);
      assert.deepEqual(missing(await mainText(page), SEED), [], 'open while the simulator ran');
      await page.reload({ waitUntil: 'load' });
      await settled(page);
      assert.deepEqual(missing(await mainText(page), SEED), [], 'reloaded after the simulator ran');
      assert.deepEqual(await states(page), []);
      assert.ok((await mainText(page)).includes('Centro Servizi oggi'), 'links the live page');
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it('changes the live dashboard’s figures by themselves, from its own document', async () => {
    const { page, errors } = await open('/live/');
    try {
      /** The tiles' values, and what the trend line says (its summary and axes). */
      const figures = () =>
        page.evaluate(() => {
          const el = (dataset) => document.querySelector(`[dataset="${dataset}"]`);
          const text = (node) => node?.textContent.replace(/\s+/g, ' ').trim() ?? '';
          const tiles = ['availability', 'open-tickets', 'response-time'].map((id) =>
            text(el(id).shadowRoot.querySelector('[part="value"]')),
          );
          return [...tiles, text(el('response-time-trend').shadowRoot)];
        });
      const before = await figures();
      assert.ok(before.every(Boolean), `every figure is shown: ${JSON.stringify(before)}`);
      assert.ok((await mainText(page)).includes('SLA.3'), 'the SLA table of the period');
      const shown = await page.evaluate(() => {
        const inside = (dataset, selector) =>
          document
            .querySelector(`[dataset="${dataset}"]`)
            .shadowRoot.querySelector(selector)
            .textContent.replace(/\s+/g, ' ')
            .trim();
        return {
          threshold: inside('response-time-trend', '[part="threshold"]'),
          sla: inside('sla-period', '[part~="caption"]'),
        };
      });
      assert.equal(shown.threshold, 'Soglia SLA.3: 7 ms', 'the threshold names its value once');
      const now = new Date();
      const quarter = `${Math.floor(now.getUTCMonth() / 3) + 1}° trimestre ${now.getUTCFullYear()}`;
      assert.ok(shown.sla.includes(`Periodo: ${quarter}`), `the SLA table is this quarter's: ${shown.sla}`);
      await simulatorSteps(5);
      await page.waitForFunction(
        (was) => {
          const trend = document.querySelector('[dataset="response-time-trend"]');
          return trend.shadowRoot.textContent.replace(/\s+/g, ' ').trim() !== was;
        },
        { timeout: 10_000 },
        before[3],
      );
      assert.notDeepEqual(await figures(), before);
      assert.deepEqual(await states(page), []);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
});
