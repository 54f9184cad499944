// The headless Chromium the benches drive, and the CPU time of a page's main thread read over CDP.
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';

export const launchChromium = () =>
  puppeteer.launch({ executablePath: chromePath(), headless: true, args: chromeArgs });

/**
 * CDP metric name → the key cpuTimedEvaluate reports it under. (ScriptDuration is left out: it
 * does not count code run by Runtime.evaluate, which is what the benches time.)
 */
const METRICS = {
  ThreadTime: 'cpu',
  RecalcStyleDuration: 'style',
  LayoutDuration: 'layout',
};

/**
 * A page.evaluate that also returns, over the call, the CPU ms of the page's main thread (CDP thread
 * ticks) and how much of it was style recalculation and layout. On a shared machine wall
 * time also counts time the thread waited for a core; these do not.
 */
export async function cpuTimedEvaluate(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(
      metrics.filter((m) => m.name in METRICS).map((m) => [METRICS[m.name], m.value * 1000]),
    );
  };
  const evaluate = async (fn, arg) => {
    const before = await read();
    const result = await page.evaluate(fn, arg);
    return { result, ...since(before, await read()) };
  };
  evaluate.read = read;
  /** The page's JS heap in use after two full garbage collections, in bytes. */
  evaluate.heap = async () => {
    await cdp.send('HeapProfiler.enable');
    for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  return evaluate;
}

/** The metrics spent between two readings of cpuTimedEvaluate's `read`. */
export const since = (before, after) =>
  Object.fromEntries(Object.keys(after).map((key) => [key, after[key] - before[key]]));

/** CPU time less style recalculation and layout: the JavaScript, with its garbage collection (and paint, if any). */
export const scriptOnly = ({ cpu, style, layout }) => cpu - style - layout;
