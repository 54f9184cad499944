// The widgets' side of resuming (interfaces.md section 1), against the real feed: a page view
// receives the whole document at most once, whatever reconnects happen.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { type CstProbe, shows } from '../../widgets/test/probe.js';
import { sourceSettings } from '../../widgets/src/source/shared-source.js';
import { kpi, testDocument } from '../../widgets/test/docs.js';

sourceSettings.backoff = { baseMs: 50, capMs: 200 };
sourceSettings.streamGraceMs = 300;

const doc = (value: number) => testDocument({ uptime: kpi({ title: 'Uptime', value }) });

/** Publishes a document on the live config's feed, naming the changed datasets (then the stream sends only those). */
async function put(name: string, body: unknown, datasets?: string[]): Promise<void> {
  const query = datasets ? `?datasets=${datasets.join(',')}` : '';
  await fetch(`/__feed/doc/${name}${query}`, { method: 'POST', body: JSON.stringify(body) });
}

const feedUrl: string = (await (await fetch('/__feed')).json()).url;

async function seen(
  name: string,
): Promise<{ data: { status: number }[]; stream: { lastEventId: string }[] }> {
  return (await fetch(`/__feed/seen/${name}`)).json();
}

/** Counts the stream messages that carry a whole document rather than some datasets. */
function countWholeDocuments(): { whole: number; restore(): void } {
  const counter = { whole: 0, restore: () => void (window.EventSource = Original) };
  const Original = window.EventSource;
  window.EventSource = class extends Original {
    constructor(url: string | URL, init?: EventSourceInit) {
      super(url, init);
      this.addEventListener('message', (event) => {
        const keys = Object.keys(JSON.parse((event as MessageEvent<string>).data) as object);
        if (keys.some((key) => key !== 'datasets' && key !== 'updatedAt')) counter.whole++;
      });
    }
  };
  return counter;
}

const until = (check: () => boolean | Promise<boolean>, what: string, timeout = 5000) =>
  waitUntil(check, what, { timeout });

describe('resuming against the feed', () => {
  it('a page with src and stream receives the whole document once: by the fetch, never again on the stream', async () => {
    const name = `resume-${Math.random().toString(36).slice(2, 8)}`;
    await put(name, doc(99.5));
    const counter = countWholeDocuments();
    try {
      const el = await fixture<CstProbe>(
        html`<cst-probe
          src=${`${feedUrl}/data/${name}.json`}
          stream=${`${feedUrl}/stream/${name}`}
          dataset="uptime"
        ></cst-probe>`,
      );
      await until(async () => (await seen(name)).stream.length === 1, 'no stream');
      expect((await seen(name)).stream[0]!.lastEventId, 'the ETag fetched, verbatim').to.match(/^"[\w-]+"$/);
      await put(name, doc(98), ['uptime']);
      await until(() => shows(el).value === '98', 'no update');
      // The feed goes away and comes back: the browser reconnects, saying which version it holds.
      await fetch('/__feed/restart?downMs=400', { method: 'POST' });
      await until(async () => (await seen(name)).stream.length >= 2, 'never reconnected', 8000);
      await until(() => el.status === 'ready', `not live again: ${el.status}`);
      await put(name, doc(97), ['uptime']);
      await until(() => shows(el).value === '97', 'no update after the reconnect');
      const fetched = (await seen(name)).data.filter((request) => request.status === 200).length;
      expect({ fetched, streamed: counter.whole }).to.deep.equal({ fetched: 1, streamed: 0 });
    } finally {
      counter.restore();
    }
  });

  it('a page with a stream alone receives the whole document once: first on the stream, not again after a reconnect', async () => {
    const name = `resume-only-${Math.random().toString(36).slice(2, 8)}`;
    await put(name, doc(99.5));
    const counter = countWholeDocuments();
    try {
      const el = await fixture<CstProbe>(
        html`<cst-probe stream=${`${feedUrl}/stream/${name}`} dataset="uptime"></cst-probe>`,
      );
      await until(() => shows(el).value === '99.5', 'no document');
      await fetch('/__feed/restart?downMs=400', { method: 'POST' });
      await until(async () => (await seen(name)).stream.length >= 2, 'never reconnected', 8000);
      await put(name, doc(96), ['uptime']);
      await until(() => shows(el).value === '96', 'no update after the reconnect');
      expect(counter.whole).to.equal(1);
      expect((await seen(name)).data).to.deep.equal([]);
    } finally {
      counter.restore();
    }
  });
});
