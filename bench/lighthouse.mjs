// Lighthouse (the npm package) on the Focus 2016 example page, served by the reference feed as
// `pnpm start` serves it, in the local Chromium (chrome-launcher; CHROME_PATH or a system install).
// Categories performance, accessibility, best practices (desktop and mobile), then the CLS while
// live data arrives on the live dashboard (examples/live: the simulator pushing every 500 ms for 5 s,
// layout shifts summed by a PerformanceObserver). Nothing leaves the machine: every host name but 127.0.0.1 resolves to
// nothing (--host-resolver-rules), and Lighthouse runs with no network throttling round trips to
// anything remote. Scores vary from run to run on a shared machine (mobile's simulated 4× CPU
// magnifies it), so each form factor runs RUNS times (default 3) and the run with the median
// performance score is reported, with the spread, as Lighthouse's own variability guide advises.
// Two pages, in the same run: the page as it is (`client`: the bundle draws every element), and the
// page rendered on the server by @cst/ssr (`server`: the figures in the HTML, the bundle takes them
// over), served alike, with the style-src hashes the server-rendered page needs added to the policy.
// Needs `pnpm build` first. Usage: [RUNS=5] [PAGES=client,server] pnpm bench:lighthouse
//   →  bench-results/lighthouse.json
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../scripts/chrome.mjs';
import { defaultContentSecurityPolicy } from '../packages/feed/src/csp.js';
import { startFeed } from '../packages/feed/src/index.js';
import { renderPage, styleSrc } from '../packages/ssr/src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const OFFLINE = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const RUNS = Math.max(1, Number(process.env.RUNS ?? 3));
const PAGES = { client: '/focus-2016/', server: '/focus-2016-ssr/' };
const pages = (process.env.PAGES ?? 'client,server').split(',').filter((name) => name in PAGES);

/** The Focus page rendered on the server, in bench/tmp/focus-2016-ssr; returns the inline styles' hashes. */
async function renderServerPage() {
  const dir = join(root, 'bench/tmp/focus-2016-ssr');
  mkdirSync(dir, { recursive: true });
  const page = readFileSync(join(root, 'examples/focus-2016/index.html'), 'utf8');
  const data = { '/data': join(root, 'packages/schema/fixtures') };
  const { html, styleHashes } = await renderPage(page, { data, url: PAGES.server });
  writeFileSync(join(dir, 'index.html'), html);
  copyFileSync(join(root, 'examples/focus-2016/report.css'), join(dir, 'report.css'));
  return styleHashes;
}
const styleHashes = await renderServerPage();

async function serve(simulate) {
  return startFeed({
    port: 0,
    dataDir: join(root, 'packages/schema/fixtures'),
    contentSecurityPolicy: defaultContentSecurityPolicy().replace("style-src 'self'", styleSrc(styleHashes)),
    staticDirs: [
      `${PAGES.server.slice(0, -1)}=${join(root, 'bench/tmp/focus-2016-ssr')}`,
      join(root, 'examples'),
      join(root, 'packages/widgets/dist'),
      `/vendor/bootstrap-italia=${join(root, 'examples/node_modules/bootstrap-italia/dist')}`,
    ],
    simulate,
    log: () => {},
  });
}

async function lighthouseRun(url, formFactor) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromePath(),
    chromeFlags: ['--headless=new', ...chromeArgs, OFFLINE],
  });
  try {
    const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
    const config = formFactor === 'desktop' ? desktopConfig : undefined;
    const { lhr } = await lighthouse(url, flags, config);
    const audit = (id) => lhr.audits[id];
    return {
      formFactor,
      scores: Object.fromEntries(
        CATEGORIES.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)]),
      ),
      metrics: {
        FCP: audit('first-contentful-paint')?.displayValue,
        LCP: audit('largest-contentful-paint')?.displayValue,
        TBT: audit('total-blocking-time')?.displayValue,
        CLS: audit('cumulative-layout-shift')?.displayValue,
        SI: audit('speed-index')?.displayValue,
      },
      // What cost points: every scored audit below 1 in the three categories.
      failing: Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
        .filter((a) =>
          CATEGORIES.some((c) => lhr.categories[c].auditRefs.some((r) => r.id === a.id && r.weight > 0)),
        )
        .map((a) => `${a.id} (${a.displayValue ?? a.score})`),
      // Why the paint metrics are what they are: the LCP element, what blocks rendering, the long tasks.
      lcpElement: audit('largest-contentful-paint-element')?.details?.items?.[0]?.items?.[0]?.node?.selector,
      renderBlocking: (audit('render-blocking-resources')?.details?.items ?? []).map(
        (i) => `${new URL(i.url).pathname} (${Math.round(i.wastedMs)} ms)`,
      ),
      longTasks: (audit('long-tasks')?.details?.items ?? []).map(
        (t) => `${t.url.startsWith('http') ? new URL(t.url).pathname : t.url} ${Math.round(t.duration)} ms`,
      ),
      runtimeError: lhr.runtimeError?.message,
    };
  } finally {
    chrome.kill();
  }
}

/**
 * When the figures are on screen, on a phone as Lighthouse's mobile run simulates one (4× slower
 * CPU, 150 ms round trips, 1,6 Mbit/s): the frame in which the SLA table first holds 99,92%, and
 * the first contentful paint, in ms from navigation. Lighthouse's LCP on this page is the lead
 * paragraph, light DOM painted at first paint either way: it does not say when the figures come.
 */
async function figuresOnScreen(url) {
  return withPage(async (page) => {
    await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true });
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await page.evaluateOnNewDocument(() => {
      const check = () => {
        if (document.querySelector('cst-sla-table')?.shadowRoot?.textContent.includes('99,92'))
          window.__figuresAt = performance.now();
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => window.__figuresAt !== undefined, { timeout: 60_000 });
    return page.evaluate(() => ({
      figures: Math.round(window.__figuresAt),
      fcp: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN),
    }));
  });
}

/** Runs `use` with a tab of the local Chromium, offline but for 127.0.0.1, closed after. */
async function withPage(use) {
  const browser = await puppeteer.launch({
    executablePath: chromePath(),
    headless: true,
    args: [...chromeArgs, OFFLINE],
  });
  try {
    return await use(await browser.newPage());
  } finally {
    await browser.close();
  }
}

/** CLS while live updates arrive: layout shifts summed over 5 s of simulator pushes. */
async function liveCls(url) {
  return withPage(async (page) => {
    await page.setViewport({ width: 1280, height: 900 });
    await page.evaluateOnNewDocument(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          if (!e.hadRecentInput)
            window.__shifts.push({
              value: e.value,
              at: Math.round(e.startTime),
              // What moved: the nearest element with an id or a cst- tag, and how far.
              sources: (e.sources ?? []).map((s) => {
                const self =
                  s.node?.nodeType === 1
                    ? `${s.node.localName}${s.node.className ? `.${String(s.node.className).split(' ')[0]}` : ''}`
                    : s.node
                      ? '#text'
                      : 'removed';
                let n = s.node;
                while (n && !(n.id || n.localName?.startsWith('cst-'))) n = n.parentNode ?? n.host;
                const where = n
                  ? `${n.localName}${n.id ? `#${n.id}` : ''}${n.getAttribute?.('dataset') ? `[${n.getAttribute('dataset')}]` : ''}`
                  : 'page';
                const p = s.previousRect;
                const c = s.currentRect;
                return `${self} in ${where} (${Math.round(p.x)},${Math.round(p.y)} ${Math.round(p.width)}×${Math.round(p.height)} → ${Math.round(c.x)},${Math.round(c.y)} ${Math.round(c.width)}×${Math.round(c.height)})`;
              }),
            });
      }).observe({ type: 'layout-shift', buffered: true });
      window.__updates = 0;
      document.addEventListener('cst-data', () => window.__updates++);
    });
    // The page holds an SSE stream open, so the network never idles: wait for the elements instead.
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('*')]
          .filter((el) => el.localName.startsWith('cst-') && 'status' in el)
          .every((el) => el.status !== 'loading'),
      { timeout: 30_000 },
    );
    await new Promise((r) => setTimeout(r, 1000));
    const loadShifts = await page.evaluate(() => window.__shifts);
    const loadCls = loadShifts.reduce((s, e) => s + e.value, 0);
    await page.evaluate(() => {
      window.__shifts = [];
      window.__updates = 0;
    });
    await new Promise((r) => setTimeout(r, 5000));
    const live = await page.evaluate(() => ({
      cls: window.__shifts.reduce((s, e) => s + e.value, 0),
      shifts: window.__shifts,
      updates: window.__updates,
    }));
    return { loadCls, loadShifts, liveCls: live.cls, liveShifts: live.shifts, liveUpdates: live.updates };
  });
}

const staticFeed = await serve(false);
const results = { date: new Date().toISOString(), runs: [], live: {}, figures: {} };
try {
  const samples = Object.fromEntries(pages.map((page) => [page, []]));
  for (let i = 0; i < RUNS; i++)
    for (const page of pages) samples[page].push(await figuresOnScreen(`${staticFeed.url}${PAGES[page]}`));
  const mid = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
  for (const page of pages)
    results.figures[page] = {
      figures: mid(samples[page].map((s) => s.figures)),
      fcp: mid(samples[page].map((s) => s.fcp)),
      runs: samples[page],
    };
  // Form factor first, the pages interleaved run by run, so that a busier moment hits both alike.
  for (const formFactor of ['desktop', 'mobile']) {
    const all = Object.fromEntries(pages.map((page) => [page, []]));
    for (let i = 1; i <= RUNS; i++) {
      for (const page of pages) {
        const url = `${staticFeed.url}${PAGES[page]}`;
        console.error(`lighthouse ${formFactor} ${i}/${RUNS}: ${url}`);
        all[page].push(await lighthouseRun(url, formFactor));
      }
    }
    for (const page of pages) {
      const byScore = [...all[page]].sort((a, b) => a.scores.performance - b.scores.performance);
      const median = byScore[Math.floor((byScore.length - 1) / 2)];
      results.runs.push({ page, ...median, performanceRuns: all[page].map((r) => r.scores.performance) });
    }
  }
} finally {
  await staticFeed.close();
}
const liveFeed = await serve({ everyMs: 500 });
try {
  // The report pages load their figures once (the simulator drives only the live dashboard's document):
  // their CLS is the load's; what live data moves is measured on the dashboard.
  const livePages = { ...Object.fromEntries(pages.map((page) => [page, PAGES[page]])), live: '/live/' };
  for (const [page, path] of Object.entries(livePages))
    results.live[page] = await liveCls(`${liveFeed.url}${path}`);
} finally {
  await liveFeed.close();
}

console.log('\nLighthouse on examples/focus-2016 (served by the feed, local Chromium, offline)\n');
console.log(`client: rendered by the bundle; server: rendered by @cst/ssr, taken over by the bundle.`);
console.log(`The run with the median performance score of ${RUNS} per page and form factor:\n`);
console.table(
  Object.fromEntries(
    results.runs.map((r) => [
      `${r.page} ${r.formFactor}`,
      { ...r.scores, 'all runs': r.performanceRuns.join(' '), ...r.metrics },
    ]),
  ),
);
for (const r of results.runs) {
  const name = `${r.page} ${r.formFactor}`;
  if (r.runtimeError) console.log(`${name}: runtime error: ${r.runtimeError}`);
  if (r.failing.length) console.log(`${name}, audits below 100: ${r.failing.join(', ')}`);
  console.log(`${name}: LCP element ${r.lcpElement ?? '?'}`);
  if (r.renderBlocking.length) console.log(`  render-blocking: ${r.renderBlocking.join(', ')}`);
  if (r.longTasks.length) console.log(`  long tasks: ${r.longTasks.join(', ')}`);
}
console.log(
  '\nThe figures on screen, phone-like (4× CPU, 150 ms RTT, 1,6 Mbit/s), medians (ms from navigation):',
);
console.table(
  Object.fromEntries(
    Object.entries(results.figures).map(([page, f]) => [
      page,
      { 'first contentful paint': f.fcp, 'SLA figures in a frame': f.figures },
    ]),
  ),
);
for (const [page, live] of Object.entries(results.live)) {
  console.log(
    `\n${page}: CLS during load (puppeteer): ${live.loadCls.toFixed(4)}; ` +
      `CLS while live data arrives (5 s, ${live.liveUpdates} element updates): ${live.liveCls.toFixed(4)}`,
  );
  for (const [when, shifts] of [
    ['load', live.loadShifts],
    ['live', live.liveShifts],
  ])
    for (const e of shifts)
      console.log(`  ${when} shift ${e.value.toFixed(4)} at ${e.at} ms: ${e.sources.join('; ')}`);
}
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/lighthouse.json'), JSON.stringify(results, null, 2));
console.log('Written to bench-results/lighthouse.json');
