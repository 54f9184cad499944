// What the end-to-end test reads in a page, as a reader would: console errors, dialogs,
// the elements' visible text (inside their shadow roots), axe's findings.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Opens a page and records what goes wrong in it.
 * @param {import('puppeteer-core').Browser | import('puppeteer-core').BrowserContext} browser
 * @param {string} url
 * @param {{ blockBundle?: boolean }} [options] blockBundle: the elements' script fails to load
 */
export async function openPage(browser, url, { blockBundle = false } = {}) {
  const page = await browser.newPage();
  const errors = [];
  const dialogs = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  if (blockBundle) {
    await page.setRequestInterception(true);
    page.on('request', (request) =>
      request.url().includes('/cst-widgets.js') ? request.abort() : request.continue(),
    );
  }
  await page.setViewport({ width: 1100, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors, dialogs };
}

/** Waits until every element matching `selector` shows its data. */
export async function waitReady(page, selector, timeout = 30_000) {
  try {
    await page.waitForFunction(
      (s) => {
        const elements = [...document.querySelectorAll(s)];
        return elements.length > 0 && elements.every((el) => el.status === 'ready');
      },
      { timeout },
      selector,
    );
  } catch (error) {
    const states = await page.$$eval(selector, (els) =>
      els.map((el) => `${el.outerHTML.slice(0, 160)}: ${el.status}`),
    );
    throw new Error(`${selector} not ready after ${timeout} ms:\n${states.join('\n')}`, { cause: error });
  }
}

/**
 * Waits until the first element matching `selector` shows its data, and returns its text in the
 * same step (the block editor may replace its preview in between).
 */
export async function readyText(page, selector, timeout = 30_000) {
  const handle = await page.waitForFunction(
    (s) => {
      const el = document.querySelector(s);
      // ready is set in the update that renders the data: read the text once that has committed.
      const shown = el?.status === 'ready' && !el.isUpdatePending;
      return shown && el.shadowRoot.textContent.replace(/\s+/g, ' ');
    },
    { timeout },
    selector,
  );
  return handle.jsonValue();
}

/** The text a reader sees in the first element matching `selector`, spaces collapsed. */
export function shadowText(page, selector) {
  return page.$eval(selector, (el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
}

/** axe's violations on the whole page, one line each. */
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // WordPress's skip link for block themes sits outside every landmark (core's markup, not the plugin's).
    const context = { exclude: [['.skip-link']] };
    const result = await window.axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  });
}

/** With SCREENSHOTS=<folder>, saves the page there for a person to look at. */
export async function screenshot(page, name) {
  if (!process.env.SCREENSHOTS) return;
  await page.screenshot({ path: join(process.env.SCREENSHOTS, `${name}.png`), fullPage: true });
}
