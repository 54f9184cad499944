import { startFeed } from '../../packages/feed/src/index.js';

const root = new URL('../../', import.meta.url).pathname;

/** The reference feed serving the example pages as `npm start` does, with the seed's figures (no simulator). */
export function startReportFeed() {
  return startFeed({
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
}

/** Opens the Focus 2016 page in a window `width` px wide and waits until every element has its data. */
export async function openReportPage(browser, url, width, height = 900) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  await page.goto(`${url}/focus-2016/`, { waitUntil: 'load' });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('cst-report *')]
        .filter((el) => el.localName.startsWith('cst-'))
        .every((el) => el.status && el.status !== 'loading'),
    { timeout: 20_000 },
  );
  return page;
}
