import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../widgets/src/cst-kpi-tile.js';
import '../../widgets/src/cst-report.js';
import type { CstKpiTile } from '../../widgets/src/kpi-tile/kpi-tile.js';
import type { CstErrorEvent } from '../../widgets/src/core/events.js';
import { loadWording } from '../../widgets/src/core/problem-wording.js';
import { activeSourceCount, sourceActivity, sourceSettings } from '../../widgets/src/source/shared-source.js';
import { doc, put } from './support/live.js';

// Fast schedules for tests; the logic is the same.
sourceSettings.backoff = { baseMs: 50, capMs: 200 };
sourceSettings.minRefreshMs = 100;
sourceSettings.streamGraceMs = 300;

const feedUrl: string = (await (await fetch('/__feed')).json()).url;
let counter = 0;

/** A fresh document name per test, so counts and faults never mix. */
function unique(prefix: string): string {
  return `${prefix}-${++counter}-${Math.random().toString(36).slice(2, 7)}`;
}

async function fault(name: string, status: number, times = 1, body = '', etag = ''): Promise<void> {
  await fetch(`/__feed/fault/${name}?status=${status}&times=${times}${etag ? `&etag=${etag}` : ''}`, {
    method: 'POST',
    body,
  });
}

async function seen(
  name: string,
): Promise<{ data: { status: number }[]; stream: { lastEventId: string }[] }> {
  return (await fetch(`/__feed/seen/${name}`)).json();
}

/** Pushes a new uptime for `name` through the stream and waits until the tile shows `shown`. */
async function pushUptime(el: CstKpiTile, name: string, uptime: number, shown: string): Promise<void> {
  await put(name, doc(uptime), ['uptime']);
  await waitUntil(() => value(el) === shown, `update not applied: ${value(el)}`, { timeout: 5000 });
}

function value(el: CstKpiTile): string {
  return el.shadowRoot!.querySelector('[part~="value"]')?.textContent?.trim() ?? '';
}

function staleText(el: CstKpiTile): string | undefined {
  return el.shadowRoot!.querySelector('[part~="stale"]')?.textContent?.replace(/\s+/g, ' ').trim();
}

/** Counts what a user (and a screen reader) would notice: accepted data, errors, renders. */
function watch(el: CstKpiTile) {
  const counts = { data: 0, errors: [] as CstErrorEvent['detail'][], updates: 0 };
  el.addEventListener('cst-data', () => counts.data++);
  el.addEventListener('cst-error', (e) => counts.errors.push(e.detail));
  const instance = el as unknown as { update(changed: unknown): void };
  const update = instance.update.bind(el);
  instance.update = (changed) => {
    counts.updates++;
    update(changed);
  };
  return counts;
}

async function tile(name: string, attrs: { refresh?: number; stream?: boolean } = {}): Promise<CstKpiTile> {
  const el = await fixture<CstKpiTile>(
    html`<cst-kpi-tile
      lang="it"
      src=${`${feedUrl}/data/${name}.json`}
      dataset="uptime"
      refresh=${attrs.refresh ?? ''}
      stream=${attrs.stream ? `${feedUrl}/stream/${name}` : ''}
    ></cst-kpi-tile>`,
  );
  await waitUntil(() => el.status === 'ready', `never ready: ${el.status}`, { timeout: 5000 });
  return el;
}

describe('live data against the feed server', () => {
  // The first problem a page shows waits for its words, an on-demand module; with them loaded up
  // front, a slow fetch of that module on a busy machine cannot hide a stale mark that lasts 0,3 s.
  before(() => loadWording());

  it('polls with conditional requests: 304s change nothing and cause no render', async () => {
    const name = unique('p304');
    await put(name, doc(99.5));
    const el = await tile(name, { refresh: 0.1 });
    await el.updateComplete;
    const counts = watch(el);
    await waitUntil(
      async () => (await seen(name)).data.filter((r) => r.status === 304).length >= 3,
      'no 304s',
      {
        timeout: 5000,
      },
    );
    expect(counts).to.deep.equal({ data: 0, errors: [], updates: 0 });
    expect(value(el)).to.equal('99,5%');

    await put(name, doc(98.25));
    await waitUntil(() => value(el) === '98,25%', 'the change never arrived', { timeout: 5000 });
    expect(counts.data).to.equal(1);
  });

  it('keeps the last good data through a 500, marks it stale, and clears the mark on recovery', async () => {
    const name = unique('p500');
    await put(name, doc(99.5));
    const el = await tile(name, { refresh: 0.1 });
    const counts = watch(el);
    await fault(name, 500, 3);
    await waitUntil(() => el.status === 'stale', 'never stale', { timeout: 5000 });
    expect(staleText(el)).to.match(/^⏱ ?Dati del .+, non aggiornati$/);
    expect(value(el)).to.equal('99,5%');
    expect(counts.errors[0]).to.include({ code: 'http', status: 500, keptLastGood: true });

    await waitUntil(() => el.status === 'ready', 'never recovered', { timeout: 5000 });
    expect(staleText(el)).to.equal(undefined);
    expect(value(el)).to.equal('99,5%');
    const statuses = (await seen(name)).data.map((r) => r.status);
    expect(statuses).to.include.members([500, 304]);
  });

  it('refuses an invalid document from the server: last good kept, a cst-error that names the field', async () => {
    const name = unique('invalid');
    await put(name, doc(99.5));
    const el = await tile(name, { refresh: 0.1 });
    const counts = watch(el);
    await fault(name, 200, 1, JSON.stringify({ ...doc(1), schemaVersion: 2 }), '"bad"');
    await waitUntil(() => counts.errors.length > 0, 'no cst-error', { timeout: 5000 });
    expect(counts.errors[0]).to.include({ code: 'invalid-document', keptLastGood: true });
    expect(counts.errors[0]!.message).to.contain('$.schemaVersion');
    expect(value(el)).to.equal('99,5%');
    expect(counts.data).to.equal(0);
    await waitUntil(() => el.status === 'ready', 'never recovered', { timeout: 5000 });
  });

  it('applies a Server-Sent Events update of one dataset', async () => {
    const name = unique('sse');
    await put(name, doc(99.5));
    const el = await tile(name, { stream: true });
    const counts = watch(el);
    await waitUntil(async () => (await seen(name)).stream.length > 0, 'no stream', { timeout: 5000 });
    await aTimeout(100);
    await pushUptime(el, name, 97, '97%');
    expect(counts.data).to.equal(1);
    expect(counts.errors).to.deep.equal([]);
  });

  it('rejects a malformed stream message with a cst-error and changes nothing; a broken dataset is kept, stale', async () => {
    const name = unique('malformed');
    await put(name, doc(99.5));
    const el = await tile(name, { stream: true });
    await waitUntil(async () => (await seen(name)).stream.length > 0, 'no stream', { timeout: 5000 });
    await aTimeout(100);
    await el.updateComplete;
    const counts = watch(el);
    await fetch(`/__feed/raw/${name}`, { method: 'POST', body: '{"datasets": {"uptime": ' });
    await waitUntil(() => counts.errors.length === 1, 'no cst-error for bad JSON', { timeout: 5000 });
    expect(counts.errors[0]).to.include({ code: 'invalid-json', keptLastGood: true });
    await el.updateComplete;
    expect(counts.updates).to.equal(0);
    expect(el.status).to.equal('ready');
    await fetch(`/__feed/raw/${name}`, {
      method: 'POST',
      body: JSON.stringify({ datasets: { uptime: { kind: 'kpi', title: 'Uptime', value: 'molto' } } }),
    });
    await waitUntil(() => counts.errors.length === 2, 'no cst-error for a bad dataset', { timeout: 5000 });
    expect(counts.errors[1]).to.include({ code: 'invalid-document' });
    expect(counts.errors[1]!.message).to.contain('uptime');
    await el.updateComplete;
    // The update broke the dataset this tile shows: its last good figure stays, marked stale.
    expect(counts.data).to.equal(0);
    expect(el.status).to.equal('stale');
    expect(value(el)).to.equal('99,5%');
  });

  it('reconnects to the stream by itself after the server restarts, sending Last-Event-ID', async () => {
    const name = unique('restart');
    await put(name, doc(99.5));
    const el = await tile(name, { stream: true });
    await waitUntil(async () => (await seen(name)).stream.length === 1, 'no stream', { timeout: 5000 });
    await fetch('/__feed/restart?downMs=400', { method: 'POST' });
    await waitUntil(async () => (await seen(name)).stream.length >= 2, 'never reconnected', {
      timeout: 8000,
    });
    const reconnect = (await seen(name)).stream.at(-1)!;
    // The last message's id, or (no message since the fetch, the feed resuming from it) its ETag.
    expect(reconnect.lastEventId).to.match(/^(?:[\w-]{27}|"[\w-]{27}(?:-br|-gzip)?")$/);
    await aTimeout(100);
    await pushUptime(el, name, 96.5, '96,5%');
  });

  it('marks the data stale while the stream is down past the grace period, and live again once it is back', async () => {
    const name = unique('dropped');
    await put(name, doc(99.5));
    const el = await tile(name, { stream: true });
    await waitUntil(async () => (await seen(name)).stream.length === 1, 'no stream', { timeout: 5000 });
    const counts = watch(el);
    await fetch('/__feed/restart?downMs=1500', { method: 'POST' });
    await waitUntil(() => el.status === 'stale', `never stale: ${el.status}`, { timeout: 5000 });
    expect(counts.errors[0]).to.include({ code: 'stream-lost', keptLastGood: true });
    expect(counts.errors[0]!.message).to.equal('Gli aggiornamenti in tempo reale si sono interrotti.');
    expect(staleText(el)).to.match(/^⏱ ?Dati del .+, non aggiornati$/);
    expect(value(el)).to.equal('99,5%');
    await waitUntil(() => el.status === 'ready', 'still stale after the stream came back', {
      timeout: 8000,
    });
    expect(staleText(el)).to.equal(undefined);
    expect(counts.errors).to.have.length(1);
    await aTimeout(100);
    await pushUptime(el, name, 96.5, '96,5%');
  });

  it('takes the whole document from the stream when there is no src, then its updates', async () => {
    const name = unique('streamonly');
    await put(name, doc(99.5));
    const el = await fixture<CstKpiTile>(
      html`<cst-kpi-tile lang="it" dataset="uptime" stream=${`${feedUrl}/stream/${name}`}></cst-kpi-tile>`,
    );
    await waitUntil(() => el.status === 'ready', `never ready: ${el.status}`, { timeout: 5000 });
    expect(value(el)).to.equal('99,5%');
    expect((await seen(name)).data, 'no document request').to.deep.equal([]);
    const routes: string[] = [];
    el.addEventListener('cst-data', (e) => routes.push((e as CustomEvent).detail.route));
    await pushUptime(el, name, 97, '97%');
    expect(routes).to.deep.equal(['stream']);
  });

  it('a cst-report with only a stream shares its document with the elements inside', async () => {
    const name = unique('reportstream');
    await put(name, doc(98.25));
    const box = await fixture(
      html`<cst-report stream=${`${feedUrl}/stream/${name}`}>
        <cst-kpi-tile lang="it" dataset="uptime"></cst-kpi-tile>
      </cst-report>`,
    );
    const el = box.querySelector<CstKpiTile>('cst-kpi-tile')!;
    await waitUntil(() => el.status === 'ready', `never ready: ${el.status}`, { timeout: 5000 });
    expect(value(el)).to.equal('98,25%');
  });

  it('shows an error when a stream without src cannot be opened', async () => {
    const errors: CstErrorEvent['detail'][] = [];
    const el = await fixture<CstKpiTile>(
      html`<cst-kpi-tile
        lang="it"
        dataset="uptime"
        stream=${`${feedUrl}/data/${unique('nowhere')}.json`}
        @cst-error=${(e: CstErrorEvent) => errors.push(e.detail)}
      ></cst-kpi-tile>`,
    );
    await waitUntil(() => el.status === 'error', `not an error: ${el.status}`, { timeout: 5000 });
    expect(errors[0]).to.include({ code: 'stream-lost', keptLastGood: false });
    expect(el.shadowRoot!.textContent).to.contain('Gli aggiornamenti in tempo reale si sono interrotti.');
    // It keeps retrying with backoff (50–200 ms here), and says so once, not at every failure.
    await aTimeout(800);
    expect(errors).to.have.length(1);
  });

  it('marks the data stale at once when the stream answers with an HTTP error', async () => {
    const name = unique('nostream');
    await put(name, doc(99.5));
    const el = await fixture<CstKpiTile>(
      html`<cst-kpi-tile
        lang="en"
        src=${`${feedUrl}/data/${name}.json`}
        dataset="uptime"
        stream=${`${feedUrl}/data/${name}-missing.json`}
      ></cst-kpi-tile>`,
    );
    await waitUntil(() => el.status === 'stale', `never stale: ${el.status}`, { timeout: 5000 });
    expect(value(el)).to.equal('99.5%');
    expect(el.shadowRoot!.querySelector('[part~="stale"]')!.textContent).to.contain('not up to date');
  });

  it('pauses polling while the page is hidden and catches up when it is visible again', async () => {
    const name = unique('hidden');
    await put(name, doc(99.5));
    const el = await tile(name, { refresh: 0.1 });
    const setHidden = (hidden: boolean) => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
      Object.defineProperty(document, 'visibilityState', {
        configurable: true,
        get: () => (hidden ? 'hidden' : 'visible'),
      });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      setHidden(true);
      await aTimeout(250); // a request in flight may finish
      const before = (await seen(name)).data.length;
      await aTimeout(800);
      expect((await seen(name)).data.length).to.equal(before);

      await put(name, doc(95));
      setHidden(false);
      await waitUntil(() => value(el) === '95%', 'did not catch up', { timeout: 2000 });
    } finally {
      delete (document as { hidden?: boolean }).hidden;
      delete (document as { visibilityState?: string }).visibilityState;
    }
  });

  it('makes one request for ten elements on one URL', async () => {
    const name = unique('ten');
    await put(name, doc(99.5));
    const src = `${feedUrl}/data/${name}.json`;
    const host = await fixture(
      html`<div>
        ${Array.from({ length: 10 }, () => html`<cst-kpi-tile src=${src} dataset="uptime" refresh="60"></cst-kpi-tile>`)}
      </div>`,
    );
    const tiles = [...host.querySelectorAll('cst-kpi-tile')];
    await waitUntil(() => tiles.every((t) => t.status === 'ready'), 'not all ready', { timeout: 5000 });
    expect(tiles.map(value)).to.deep.equal(Array(10).fill('99,5%'));
    expect((await seen(name)).data.length).to.equal(1);
  });

  it('leaves nothing running after 1.000 connect/disconnect cycles', async () => {
    const name = unique('cycles');
    await put(name, doc(99.5));
    const opened: EventSource[] = [];
    const Original = window.EventSource;
    window.EventSource = class extends Original {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        opened.push(this);
      }
    };
    try {
      const el = document.createElement('cst-kpi-tile');
      el.src = `${feedUrl}/data/${name}.json`;
      el.datasetId = 'uptime';
      el.refresh = 1;
      el.stream = `${feedUrl}/stream/${name}`;
      const host = document.createElement('div');
      document.body.append(host);
      for (let i = 0; i < 1000; i++) {
        host.append(el);
        // The stream opens once the first fetch has answered: now and then, wait for it.
        if (i % 250 === 0) await waitUntil(() => opened.length > i / 250, 'no stream', { timeout: 5000 });
        el.remove();
      }
      host.remove();
      expect(opened.length).to.equal(4);
      expect(opened.every((source) => source.readyState === EventSource.CLOSED)).to.equal(true);
      expect(activeSourceCount()).to.equal(0);
      expect(sourceActivity()).to.deep.equal({
        sources: 0,
        timers: 0,
        streams: 0,
        requests: 0,
        visibilityListeners: 0,
      });
      await aTimeout(300); // aborted requests settle; nothing may come back to life
      expect(sourceActivity()).to.deep.equal({
        sources: 0,
        timers: 0,
        streams: 0,
        requests: 0,
        visibilityListeners: 0,
      });
    } finally {
      window.EventSource = Original;
    }
  });
});
