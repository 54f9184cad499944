// Opens every built story in Chromium and checks that it shows what it is meant to show: each
// story declares its intended state in `parameters.expected` (stories/expected.ts), and every cst
// element in it must reach that state with those words and figures visible. Also: no console
// error, no uncaught exception, no axe violation, and console warnings (elements report problems
// with console.warn) exactly in the stories whose state is error or stale.
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
/** How long an element may take to reach its state (live stories fail their second load after ~2-4 s). */
const STATE_TIMEOUT = 15_000;
const WARNING_STATES = new Set(['error', 'stale']);
const manifest = JSON.parse(
  readFileSync(new URL('../../packages/widgets/custom-elements.json', import.meta.url), 'utf8'),
);
const declaredTags = new Set(
  manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : [])),
);

/**
 * Storybook warns about every element the manifest does not name with a tag (its docs table is
 * then empty). That is the manifest's business, not the story's: the warning is left out while it
 * is true, and fails the story again once the manifest names the tag.
 */
const storybookWarning = (text) => {
  const missing = /^Component not found in custom-elements\.json: (cst-[a-z-]+)$/.exec(text);
  return missing !== null && !declaredTags.has(missing[1]);
};

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

/** In the page: every cst element of the story (cst-report only provides data) with its state and visible text. */
function elementsNow() {
  const seen = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && !parent.closest('.visually-hidden') && parent.checkVisibility())
        text += ` ${node.textContent}`;
    }
    return text.replace(/\s+/g, ' ').trim();
  };
  return [...document.querySelectorAll('#storybook-root *')]
    .filter((el) => el.localName.startsWith('cst-') && el.localName !== 'cst-report')
    .map((el) => ({ tag: el.localName, status: el.status, text: el.shadowRoot ? seen(el.shadowRoot) : '' }));
}

/** What element `i` should be: one state for all, or each its own (`expected.each`). */
const wantedAt = (state, i) => (Array.isArray(state) ? state[i] : state);

/**
 * Waits until every element is in `state`, or each in its own (an array, in page order; loading:
 * still loading after a moment); returns them as they are then.
 */
async function reach(page, state) {
  if (state === 'loading') await new Promise((resolve) => setTimeout(resolve, 500));
  await page
    .waitForFunction(
      (wanted) => {
        const elements = [...document.querySelectorAll('#storybook-root *')].filter(
          (el) => el.localName.startsWith('cst-') && el.localName !== 'cst-report',
        );
        const at = (i) => (Array.isArray(wanted) ? wanted[i] : wanted);
        return elements.length > 0 && elements.every((el, i) => el.status === at(i));
      },
      { timeout: STATE_TIMEOUT, polling: 100 },
      state,
    )
    .catch(() => {}); // the assertions below say which element is in which state
  return page.evaluate(elementsNow);
}

async function check(id) {
  const page = await browser.newPage();
  const errors = [];
  const warnings = [];
  page.on('console', (message) => {
    const url = message.location()?.url ?? '';
    // Error stories ask for a missing file on purpose; any other failed request is a bug.
    if (message.type() === 'error' && !url.includes('__missing__') && !url.endsWith('/favicon.ico'))
      errors.push(`${message.text()} ${url}`);
    if (message.type() === 'warn' && !storybookWarning(message.text())) warnings.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    // Four pages at a time in one browser: all but one are background tabs, whose polling the
    // elements pause. Each story is checked as the page a reader is looking at.
    await page.evaluateOnNewDocument(() => {
      Object.defineProperty(Document.prototype, 'hidden', { get: () => false });
      Object.defineProperty(Document.prototype, 'visibilityState', { get: () => 'visible' });
    });
    await page.setViewport({ width: 1024, height: 768 });
    await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=story`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(
      () =>
        ['finished', 'completed', 'errored', 'aborted'].includes(
          window.__STORYBOOK_PREVIEW__?.currentRender?.phase,
        ),
      // Polled by time, not by frame: a background tab draws no frames.
      { timeout: STATE_TIMEOUT, polling: 100 },
    );
    const expected = await page.evaluate(
      () => window.__STORYBOOK_PREVIEW__.currentRender.story.parameters.expected ?? null,
    );
    const reached = expected ? [await reach(page, expected.each ?? expected.state)] : [];
    if (expected?.then) reached.push(await reach(page, expected.then));
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
      return result.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
    });
    return { expected, reached, errors, warnings, violations };
  } finally {
    await page.close();
  }
}

// Four pages at a time: each story mostly waits on the network going idle.
describe('stories', { concurrency: 4 }, () => {
  it('has stories to check', () =>
    assert.ok(stories.length > 0, 'no stories in storybook-static/index.json'));
  for (const story of stories) {
    it(`${story.title} / ${story.name} shows its intended state, without console errors or axe violations`, async () => {
      const { expected, reached, errors, warnings, violations } = await check(story.id);
      assert.ok(expected, `${story.id} declares no parameters.expected (stories/expected.ts)`);
      const states = [expected.each ?? expected.state, ...(expected.then ? [expected.then] : [])];
      states.forEach((state, i) => {
        const elements = reached[i];
        assert.ok(elements.length > 0, `${story.id}: no cst element on the page`);
        assert.deepEqual(
          elements.map((el) => `${el.tag}: ${el.status}`),
          elements.map((el, j) => `${el.tag}: ${wantedAt(state, j)}`),
          `${story.id} should be ${state}`,
        );
      });
      const shown = reached
        .at(-1)
        .map((el) => el.text)
        .join(' | ');
      for (const words of expected.shows)
        assert.ok(shown.includes(words), `${story.id} should show "${words}"; it shows: ${shown}`);
      const elementWarnings = warnings.filter((text) => /^<cst-[a-z-]+>: /.test(text));
      if (states.flat().some((state) => WARNING_STATES.has(state)))
        assert.ok(elementWarnings.length > 0, `${story.id}: its element should warn in the console`);
      else assert.deepEqual(warnings, [], `console warnings in ${story.id}`);
      assert.deepEqual(errors, [], `console errors in ${story.id}`);
      assert.deepEqual(violations, [], `axe violations in ${story.id}`);
    });
  }
});
