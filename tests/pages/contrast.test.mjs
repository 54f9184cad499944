// Contrast in every theme: every element, in each state with visible text, on a page with each
// token source (none, Bootstrap Italia's CSS, design-tokens-italia's --it-* variables) in light,
// dark (theme="dark"), a page that turns dark with the reader's preference, the dark recipe of the
// theming docs, and a page region in Bootstrap's dark mode whose tokens the docs' mapping hands over. axe's color-contrast rule for text (4.5:1, 3:1 large); computed colours for
// what axe does not check (chart marks, status marks, control borders, focus rings: 3:1).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { launchBrowser } from '../support/browser.mjs';
import { serveStatic } from '../support/static-server.mjs';

const root = new URL('../../', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const TOKENS = ['none', 'bi', 'dti'];
export const SCHEMES = ['light', 'dark', 'dark-page', 'recipe', 'page-dark-tokens'];

let server;
let browser;

before(async () => {
  server = await serveStatic({
    '/': `${root}tests/pages/contrast`,
    '/dist/': `${root}packages/widgets/dist`,
    '/fixtures/': `${root}packages/schema/fixtures`,
    '/docs/': `${root}stories/docs`,
    '/vendor/bootstrap-italia/': `${root}examples/node_modules/bootstrap-italia/dist`,
    '/vendor/design-tokens-italia/': `${root}node_modules/design-tokens-italia/dist/css`,
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the harness in a combination and waits for every element to reach its state. */
async function open(tokens, scheme) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (m) => {
    // The error state asks for a missing file on purpose.
    const url = m.location()?.url ?? '';
    if (m.type() === 'error' && !url.includes('__missing__') && !url.endsWith('/favicon.ico'))
      errors.push(`${m.text()} ${url}`);
  });
  await page.setViewport({ width: 1280, height: 900 });
  await page.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: scheme === 'dark-page' ? 'dark' : 'light' },
  ]);
  await page.goto(`${server.url}/?tokens=${tokens}&scheme=${scheme}`);
  await page.evaluate(() => window.harness.ready);
  await page.evaluate(axeSource);
  return { page, errors };
}

/** axe's color-contrast rule over the page (or one element), as readable lines. */
async function contrastViolations(page, selector = 'main') {
  return page.evaluate(async (selector) => {
    const result = await window.axe.run(selector, {
      runOnly: ['color-contrast'],
      resultTypes: ['violations'],
    });
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => {
        const data = n.any[0]?.data ?? {};
        return `${n.target.join(' ')}: ${data.fgColor} on ${data.bgColor} = ${data.contrastRatio}:1 (needs ${data.expectedContrastRatio})`;
      }),
    );
  }, selector);
}

const failing = (checks) =>
  checks
    .filter((c) => c.ratio < c.needed)
    .map((c) => `${c.what}: ${c.ratio.toFixed(2)}:1 (needs ${c.needed}:1)`);

/** Tabs through every tab stop on the page, checking each focus ring; returns the failures and the charts it met. */
async function tabThrough(page) {
  const problems = [];
  const stops = new Set();
  await page.evaluate(() => document.activeElement?.blur());
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    // The element draws what focus changed (an active bar, a tooltip) in its next update.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    const { key, checks, chart } = await page.evaluate(() => {
      const { focusedNow, focusRing, pathOf } = window.harness.colours;
      const node = focusedNow();
      return { key: pathOf(node), checks: focusRing(), chart: node?.getAttribute('part') === 'plot' };
    });
    if (stops.has(key)) break;
    stops.add(key);
    problems.push(...failing(checks));
    // A focused chart shows its active value in a tooltip.
    if (chart)
      problems.push(
        ...(await page.evaluate(async () => {
          const host = window.harness.colours.focusedNow().getRootNode().host;
          const result = await window.axe.run(host, {
            runOnly: ['color-contrast'],
            resultTypes: ['violations'],
          });
          return result.violations.flatMap((v) =>
            v.nodes.map((n) => `focused ${host.localName}: ${n.failureSummary}`),
          );
        })),
        ...failing(await page.evaluate(() => window.harness.colours.svgText())),
      );
  }
  return { problems, stops: stops.size };
}

for (const tokens of TOKENS) {
  for (const scheme of SCHEMES) {
    describe(`contrast with tokens "${tokens}", scheme "${scheme}"`, () => {
      let page;
      let errors;
      before(async () => ({ page, errors } = await open(tokens, scheme)));
      after(() => page?.close());

      it('has text at AA contrast in every element and state (axe color-contrast)', async () => {
        assert.deepEqual(await contrastViolations(page), []);
        assert.deepEqual(errors, []);
      });

      it('draws chart text at AA, and chart marks, icons, status marks and control borders at 3:1', async () => {
        const texts = await page.evaluate(() => window.harness.colours.svgText());
        assert.ok(texts.length > 40, `only ${texts.length} SVG texts found`);
        const graphics = await page.evaluate(() => window.harness.colours.graphics());
        assert.ok(graphics.length > 100, `only ${graphics.length} graphics found`);
        assert.deepEqual(failing([...texts, ...graphics]), []);
      });

      if (scheme === 'page-dark-tokens')
        it("takes the page's dark tokens, never its light ones", async () => {
          const colours = await page.evaluate(() => {
            const table = document.querySelector('cst-sla-table');
            const { rgba, colourOfVariable } = window.harness.colours;
            const style = (selector) => getComputedStyle(table.shadowRoot.querySelector(selector));
            return {
              text: rgba(style('td').color).join(),
              surface: rgba(style('table').backgroundColor).join(),
              breached: rgba(style('.breached .icon').color).join(),
              // Not handed over: the element's own dark focus colour, not the page's light one.
              focus: colourOfVariable(table.shadowRoot.querySelector('table'), '--_focus').join(),
            };
          });
          assert.deepEqual(colours, {
            text: '222,226,230,1',
            surface: '33,37,41,1',
            breached: '234,134,143,1',
            focus: '255,179,102,1',
          });
        });

      it('shows every focus ring at 3:1, and the text a focused chart shows at AA', async () => {
        const { problems, stops } = await tabThrough(page);
        assert.ok(stops > 20, `only ${stops} tab stops`);
        assert.deepEqual(problems, []);
      });
    });
  }
}
