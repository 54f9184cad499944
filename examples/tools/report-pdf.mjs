// Prints the Focus 2016 page to an A4 PDF as a reader's browser would (the print path of the print
// dialog; the elements draw themselves for the paper whatever the window's width):
//   node examples/tools/report-pdf.mjs [out.pdf] [window width]   (after `pnpm --filter @cst/widgets build`)
// Look at pages with `pdftoppm -r 70 -png out.pdf page` (add -gray for black and white).
import { launchBrowser } from '../../tests/support/browser.mjs';
import { openReportPage, startReportFeed } from '../../tests/support/report-page.mjs';

const out = process.argv[2] ?? 'focus-2016.pdf';
const width = Number(process.argv[3] ?? 1280);
const feed = await startReportFeed();
const browser = await launchBrowser();
try {
  const page = await openReportPage(browser, feed.url, width);
  await page.evaluate(() => document.fonts.ready);
  await page.pdf({ path: out, format: 'A4', preferCSSPageSize: true });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await feed.close();
}
