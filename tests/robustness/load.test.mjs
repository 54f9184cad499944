// Load: 50 elements on one page receiving Server-Sent Events 10 times a second for 5 s (the same
// run as `pnpm bench:load`, which lasts 30 s). Asserts that the updates render, every element stays
// ready and the heap after GC does not grow without bound (generous tolerance); long tasks are
// reported, not asserted (a shared machine).
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { formatLoad, runLoad } from '../../bench/load.mjs';
import { launchBrowser } from '../support/browser.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

it('50 elements, 10 SSE updates a second for 5 s: updates render, heap flat', async (t) => {
  const r = await runLoad(browser, { seconds: 5 });
  for (const line of formatLoad(r).split('\n')) t.diagnostic(line);
  assert.deepEqual(r.states, { ready: 50 });
  // The simulator changes 4 of the 7 element kinds' datasets most ticks: many renders per second.
  assert.ok(r.rendered > 100, `only ${r.rendered} updates rendered`);
  assert.ok(r.heapDelta < 2 * 1024 * 1024, `heap grew by ${(r.heapDelta / 1024).toFixed(0)} KB in 5 s`);
});
