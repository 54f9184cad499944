// Prints the Focus 2016 page to an A4 PDF as a reader's browser would (print media, A4 width):
//   node examples/tools/report-pdf.mjs [out.pdf]     (after `pnpm --filter @cst/widgets build`)
// Look at pages with `pdftoppm -r 70 -png out.pdf page` (add -gray for black and white).
import { startFeed } from '../../packages/feed/src/index.js';
import { launchBrowser } from '../../tests/support/browser.mjs';

const root = new URL('../../', import.meta.url).pathname;
const out = process.argv[2] ?? 'focus-2016.pdf';
const feed = await startFeed({
  port: 0,
  dataDir: `${root}packages/schema/fixtures`,
  staticDirs: [
    `${root}examples`,
    `${root}packages/widgets/dist`,
    `/vendor/bootstrap-italia=${root}examples/node_modules/bootstrap-italia/dist`,
  ],
  simulate: false,
  log: { info() {}, warn() {} },
});
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  // A4 minus the page margins, at 96 px per inch: the charts measure themselves at the printed width.
  await page.setViewport({ width: 703, height: 1000 });
  await page.emulateMediaType('print');
  await page.goto(`${feed.url}/focus-2016/`, { waitUntil: 'load' });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('cst-report *')]
        .filter((el) => el.localName.startsWith('cst-'))
        .every((el) => el.status && el.status !== 'loading'),
    { timeout: 15_000 },
  );
  await page.evaluate(() => document.fonts.ready);
  await page.pdf({ path: out, format: 'A4', preferCSSPageSize: true });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await feed.close();
}
