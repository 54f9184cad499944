// The headless Chromium the benches drive, and the CPU time of a page's main thread read over CDP.
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';

export const launchChromium = () =>
  puppeteer.launch({ executablePath: chromePath(), headless: true, args: chromeArgs });

/**
 * A page.evaluate that also returns the CPU ms of the page's main thread over the call (CDP thread
 * ticks). On a shared machine wall time also counts time the thread waited for a core; this does not.
 */
export async function cpuTimedEvaluate(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const cpu = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000;
  return async (fn, arg) => {
    const c0 = await cpu();
    const result = await page.evaluate(fn, arg);
    return { result, cpu: (await cpu()) - c0 };
  };
}
