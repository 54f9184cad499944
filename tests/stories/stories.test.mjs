// Opens every built story in Chromium: no console error, no uncaught exception, no axe violation.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { launchBrowser } from '../support/browser.mjs';
import { serveStatic } from '../support/static-server.mjs';

const STATIC = new URL('../../storybook-static/', import.meta.url);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const index = JSON.parse(readFileSync(new URL('index.json', STATIC), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

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

async function check(id) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (message) => {
    const url = message.location()?.url ?? '';
    // Error stories ask for a missing file on purpose; any other failed request is a bug.
    if (message.type() === 'error' && !url.includes('__missing__') && !url.endsWith('/favicon.ico'))
      errors.push(`${message.text()} ${url}`);
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    await page.setViewport({ width: 1024, height: 768 });
    await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=story`, { waitUntil: 'networkidle0' });
    // Wait until every element has left its loading state (loading stories stay loading on purpose).
    await page
      .waitForFunction(
        () =>
          [...document.querySelectorAll('#storybook-root *')]
            .filter((el) => el.localName.startsWith('cst-') && el.localName !== 'cst-report')
            .every((el) => el.status !== 'loading' || (!el.hasAttribute('src') && el.data === undefined)),
        { timeout: 5000 },
      )
      .catch(() => {});
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
      return result.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
    });
    return { errors, violations };
  } finally {
    await page.close();
  }
}

// Four pages at a time: each story mostly waits on the network going idle.
describe('stories', { concurrency: 4 }, () => {
  it('has stories to check', () =>
    assert.ok(stories.length > 0, 'no stories in storybook-static/index.json'));
  for (const story of stories) {
    it(`${story.title} / ${story.name} renders without console errors or axe violations`, async () => {
      const { errors, violations } = await check(story.id);
      assert.deepEqual(errors, [], `console errors in ${story.id}`);
      assert.deepEqual(violations, [], `axe violations in ${story.id}`);
    });
  }
});
