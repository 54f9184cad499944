// Mount and unmount every element 1.000 times (seed data through `data`, and the KPI tile through
// `src` + `refresh`, which goes through the shared source): after a forced GC the JS heap returns
// near its baseline, and no listener on window/document, observer, interval or EventSource is left.
// Listeners are counted twice: by CDP (DOMDebugger.getEventListeners) and by wrappers installed
// before the page's scripts run.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser } from '../support/browser.mjs';
import { ELEMENTS, focus, globalListeners, heapAfterGc, serveArena } from './support.mjs';

const CYCLES = Number(process.env.CYCLES ?? 1000);
const HEAP_TOLERANCE = 1024 * 1024; // generous: measured growth is 30–120 KB per 1.000 cycles

let server;
let browser;
let page;

/** Installed before any script: counts what is left open. */
function instrument() {
  const live = { listeners: new Map(), observers: new Map(), intervals: new Set(), streams: new Set() };
  window.__live = live;
  const key = (target, type) => `${target === window ? 'window' : 'document'}:${type}`;
  for (const target of [window, document]) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (type, fn, options) {
      const k = key(target, type);
      const set = live.listeners.get(k) ?? new Set();
      set.add(fn);
      live.listeners.set(k, set);
      return add.call(this, type, fn, options);
    };
    target.removeEventListener = function (type, fn, options) {
      live.listeners.get(key(target, type))?.delete(fn);
      return remove.call(this, type, fn, options);
    };
  }
  for (const name of ['ResizeObserver', 'IntersectionObserver', 'MutationObserver']) {
    const proto = window[name].prototype;
    const { observe, unobserve, disconnect } = proto;
    proto.observe = function (target, options) {
      const targets = live.observers.get(this) ?? new Set();
      targets.add(target);
      live.observers.set(this, targets);
      return observe.call(this, target, options);
    };
    if (unobserve)
      proto.unobserve = function (target) {
        live.observers.get(this)?.delete(target);
        return unobserve.call(this, target);
      };
    proto.disconnect = function () {
      live.observers.delete(this);
      return disconnect.call(this);
    };
  }
  const setI = window.setInterval;
  const clearI = window.clearInterval;
  window.setInterval = (...args) => {
    const id = setI(...args);
    live.intervals.add(id);
    return id;
  };
  window.clearInterval = (id) => (live.intervals.delete(id), clearI(id));
  const ES = window.EventSource;
  window.EventSource = class extends ES {
    constructor(...args) {
      super(...args);
      live.streams.add(this);
    }
    close() {
      live.streams.delete(this);
      super.close();
    }
  };
  window.__counts = () => ({
    listeners: [...live.listeners]
      .filter(([, s]) => s.size)
      .map(([k, s]) => `${k}×${s.size}`)
      .sort(),
    observers: [...live.observers.values()].filter((s) => s.size).length,
    intervals: live.intervals.size,
    streams: live.streams.size,
  });
}

/** Runs in the page: `cycles` mounts and unmounts of one element. */
async function cycle({ tag, id, dataset, src, cycles }) {
  const arena = document.getElementById('arena');
  for (let i = 0; i < cycles; i++) {
    const el = document.createElement(tag);
    if (src) {
      el.setAttribute('src', src);
      el.setAttribute('dataset', id);
      el.setAttribute('refresh', '60');
    } else el.data = dataset;
    arena.append(el);
    await el.updateComplete;
    if (src && i % 100 === 0) {
      // Now and then wait for the data, so the source really fetches and subscribes.
      while (el.status === 'loading') await new Promise((r) => setTimeout(r, 10));
    }
    el.remove();
  }
  await new Promise((r) => setTimeout(r, 100));
}

before(async () => {
  server = await serveArena();
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.evaluateOnNewDocument(instrument);
  await page.goto(`${server.url}/`, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('cst-share') && window.__counts);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe(`mount and unmount ${CYCLES} times`, () => {
  const cases = [
    ...Object.entries(ELEMENTS).map(([tag, id]) => ({
      name: `${tag} (data)`,
      tag,
      id,
      dataset: focus.datasets[id],
    })),
    {
      name: 'cst-kpi-tile (src + refresh)',
      tag: 'cst-kpi-tile',
      id: 'active-credentials',
      src: '/data/focus-2016.json',
    },
  ];
  for (const c of cases) {
    it(`${c.name}: heap back near baseline, nothing left listening`, async (t) => {
      // Warm up (styles, caches, the shared source's first fetch), then take the baseline.
      await page.evaluate(cycle, { ...c, cycles: 5 });
      const listenersBefore = await globalListeners(page);
      const countsBefore = await page.evaluate(() => window.__counts());
      const heapBefore = await heapAfterGc(page);
      const t0 = Date.now();
      await page.evaluate(cycle, { ...c, cycles: CYCLES });
      const seconds = (Date.now() - t0) / 1000;
      const heapAfter = await heapAfterGc(page);
      const listenersAfter = await globalListeners(page);
      const countsAfter = await page.evaluate(() => window.__counts());
      const delta = heapAfter - heapBefore;
      t.diagnostic(
        `${CYCLES} cycles in ${seconds.toFixed(1)} s; heap ${(heapBefore / 1e6).toFixed(2)} → ${(heapAfter / 1e6).toFixed(2)} MB (${delta >= 0 ? '+' : ''}${(delta / 1024).toFixed(0)} KB)`,
      );
      assert.deepEqual(countsAfter, countsBefore, 'listeners, observers, intervals or streams left open');
      assert.deepEqual(listenersAfter, listenersBefore, 'CDP sees listeners left on window or document');
      assert.equal(countsAfter.streams, 0);
      assert.ok(delta < HEAP_TOLERANCE, `heap grew by ${(delta / 1024).toFixed(0)} KB`);
    });
  }
});
