import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateReport } from '@cst/schema';
import { startFeed } from '../src/index.js';
import { etagFor, httpDate, isNotModified } from '../src/http-cache.js';
import { formatEvent } from '../src/sse.js';
import { parseMount } from '../src/static.js';
import { TREND_POINTS, evolve, needsRebase, nextUptime, rebase } from '../src/simulator.js';

const fixtures = new URL('../../schema/fixtures/', import.meta.url);
const focus = JSON.parse(readFileSync(new URL('focus-2016.json', fixtures), 'utf8'));
const minimal = JSON.parse(readFileSync(new URL('minimal.json', fixtures), 'utf8'));
const live = JSON.parse(readFileSync(new URL('centro-servizi-oggi.json', fixtures), 'utf8'));

/** A seeded generator, so a failing run can be replayed. */
function seeded(seed: number): () => number {
  return () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
}

describe('isNotModified (conditional requests)', () => {
  const version = { etag: '"abc"', lastModified: Date.UTC(2017, 0, 31, 8, 0, 0, 500) };

  it('matches If-None-Match against the ETag, weak or strong, in a list, or *', () => {
    expect(isNotModified({ 'if-none-match': '"abc"' }, version)).toBe(true);
    expect(isNotModified({ 'if-none-match': 'W/"abc"' }, version)).toBe(true);
    expect(isNotModified({ 'if-none-match': '"x", "abc"' }, version)).toBe(true);
    expect(isNotModified({ 'if-none-match': '*' }, version)).toBe(true);
    expect(isNotModified({ 'if-none-match': '"abd"' }, version)).toBe(false);
  });

  it('compares If-Modified-Since to the second', () => {
    expect(isNotModified({ 'if-modified-since': httpDate(version.lastModified) }, version)).toBe(true);
    expect(isNotModified({ 'if-modified-since': 'Tue, 31 Jan 2017 07:59:59 GMT' }, version)).toBe(false);
    expect(isNotModified({ 'if-modified-since': 'not a date' }, version)).toBe(false);
  });

  it('lets If-None-Match win over If-Modified-Since', () => {
    const headers = { 'if-none-match': '"old"', 'if-modified-since': httpDate(version.lastModified) };
    expect(isNotModified(headers, version)).toBe(false);
  });

  it('gives the same strong ETag to the same bytes and a different one to others', () => {
    expect(etagFor('{"a":1}')).toBe(etagFor(Buffer.from('{"a":1}')));
    expect(etagFor('{"a":1}')).not.toBe(etagFor('{"a":2}'));
    expect(etagFor('x')).toMatch(/^"[\w-]{27}"$/);
  });
});

describe('formatEvent (SSE framing)', () => {
  it('writes id, event and data lines and ends with a blank line', () => {
    expect(formatEvent({ id: '7', event: 'update', data: '{"a":1}' })).toBe(
      'id: 7\nevent: update\ndata: {"a":1}\n\n',
    );
  });

  it('splits multi-line data into several data lines', () => {
    expect(formatEvent({ data: 'one\ntwo\r\nthree' })).toBe('data: one\ndata: two\ndata: three\n\n');
  });

  it('writes comments (heartbeats) and retry', () => {
    expect(formatEvent({ comment: 'heartbeat' })).toBe(': heartbeat\n\n');
    expect(formatEvent({ retry: 2000 })).toBe('retry: 2000\n\n');
  });

  it('refuses an id with a line break, which would end the field early', () => {
    expect(() => formatEvent({ id: 'a\nb', data: 'x' })).toThrow('invalid id');
    expect(() => formatEvent({ retry: -1 })).toThrow('invalid retry: -1');
  });
});

describe('static mounts', () => {
  it('parses a folder served at / and one under a prefix', () => {
    expect(parseMount('/dist=/srv/www')).toEqual({ prefix: '/dist/', dir: '/srv/www' });
    expect(parseMount('/srv/www')).toEqual({ prefix: '/', dir: '/srv/www' });
  });
});

describe('the simulator', () => {
  const at = (step: number) => new Date(Date.UTC(2026, 11, 7, 9, 0, 3 * step));
  /** The live document made today's, as the simulator's first step does. */
  const today = () => rebase(live, at(0), 3000);
  const points = (doc: typeof live, id: string): [string, number][] => doc.datasets[id].series[0].points;

  it('keeps the live dashboard valid, its trends ascending and 40 points long, for hundreds of steps', () => {
    const random = seeded(7);
    let doc = today();
    for (let step = 1; step <= 300; step++) {
      doc = evolve(doc, random, at(step)).doc;
      expect(validateReport(doc).errors, `step ${step}`).toEqual([]);
    }
    for (const id of ['response-time-trend', 'open-tickets-today']) {
      expect(points(doc, id)).toHaveLength(TREND_POINTS);
      expect(points(doc, id).at(-1)![0]).toBe('2026-12-07T09:15:00Z');
    }
    expect(doc.updatedAt).toBe('2026-12-07T09:15:00Z');
  });

  it('moves uptime within plausible bounds and sometimes below the SLA', () => {
    const random = seeded(3);
    let value = 99.92;
    let breaches = 0;
    for (let i = 0; i < 2000; i++) {
      value = nextUptime(value, 99, random);
      expect(value).toBeGreaterThanOrEqual(98);
      expect(value).toBeLessThanOrEqual(100);
      if (value < 99) breaches++;
    }
    expect(breaches).toBeGreaterThan(10);
    expect(breaches).toBeLessThan(400);
  });

  it('moves tickets along with consistent totals; the open tickets are the new and in-progress ones, in the KPI and its trend', () => {
    const random = seeded(11);
    let doc = today();
    for (let step = 1; step <= 60; step++) {
      doc = evolve(doc, random, at(step)).doc;
      const table = doc.datasets['tickets-today'];
      const cells = Object.fromEntries(
        table.rows.map((row: { id: string; cells: object }) => [row.id, row.cells]),
      );
      const open = cells.nuovo.total + cells.aperto.total;
      expect(doc.datasets['open-tickets'].value).toBe(open);
      expect(points(doc, 'open-tickets-today').at(-1)![1]).toBe(open);
      expect(table.total.cells.total).toBe(open + cells.risolto.total);
    }
    expect(doc.datasets['tickets-today'].total.cells.total).toBeGreaterThan(40);
    expect(live.datasets['tickets-today'].total.cells.total).toBe(40); // the input is never modified
  });

  it('makes the dashboard today’s: trends end now, one step apart; the period is this quarter', () => {
    expect(needsRebase(live, at(0), 30_000)).toBe(true);
    const doc = today();
    expect(needsRebase(doc, at(5), 30_000)).toBe(false);
    expect(needsRebase(doc, at(20), 30_000)).toBe(true);
    const times = points(doc, 'response-time-trend').map(([x]) => Date.parse(x));
    expect(new Date(times.at(-1)!).toISOString()).toBe('2026-12-07T09:00:00.000Z');
    expect(new Set(times.slice(1).map((t, i) => t - times[i]!))).toEqual(new Set([3000]));
    expect(points(doc, 'response-time-trend').map(([, y]) => y)).toEqual(
      points(live, 'response-time-trend').map(([, y]) => y),
    );
    expect(doc.period).toEqual({ from: '2026-10-01', to: '2026-12-31', label: '4° trimestre 2026' });
    expect(validateReport(doc).errors).toEqual([]);
    // Times are written to the second: a faster simulator still gets ascending points.
    let fast = rebase(live, at(0), 200);
    expect(validateReport(fast).errors).toEqual([]);
    for (let step = 1; step <= 20; step++)
      fast = evolve(fast, seeded(step), new Date(at(0).getTime() + 200 * step)).doc;
    expect(validateReport(fast).errors).toEqual([]);
  });

  it('moves every date the dashboard shows with it: a dataset’s asOf as many days as the document’s', () => {
    const dated = structuredClone(live);
    dated.datasets['sla-period'].asOf = '2017-03-15';
    dated.datasets['availability'].asOf = '2017-03-14';
    const doc = rebase(dated, at(0), 3000);
    expect(doc.datasets['sla-period'].asOf).toBe('2026-12-07');
    expect(doc.datasets['availability'].asOf).toBe('2026-12-06');
    expect(validateReport(doc).errors).toEqual([]);
    /** Every date or instant the document holds, wherever it is. */
    const dates = (value: unknown): string[] =>
      typeof value === 'string'
        ? /^\d{4}-\d{2}-\d{2}/.test(value)
          ? [value.slice(0, 10)]
          : []
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(dates)
          : [];
    const outside = dates(doc).filter((date) => date < doc.period.from || date > doc.period.to);
    expect(outside, 'dates outside the period the document shows').toEqual([]);
    expect(dates(dated).filter((date) => date.startsWith('2017'))).not.toEqual([]);
  });

  it('says which datasets it changed, and leaves a document that is not the dashboard alone', () => {
    const { changed } = evolve(today(), seeded(1), at(1));
    expect(changed).toEqual(
      expect.arrayContaining([
        'availability',
        'sla-period',
        'response-time',
        'response-time-trend',
        'open-tickets',
      ]),
    );
    expect(evolve(focus, seeded(1), at(1)).changed).toEqual([]);
  });
});

describe('startFeed (on loopback)', () => {
  let dir: string;
  let feed: Awaited<ReturnType<typeof startFeed>>;
  const warnings: string[] = [];
  const log = { info: () => {}, warn: (...args: unknown[]) => void warnings.push(String(args[0])) };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cst-feed-'));
    writeFileSync(join(dir, 'minimal.json'), JSON.stringify(minimal));
    writeFileSync(join(dir, 'broken.json'), JSON.stringify({ ...minimal, schemaVersion: 1 }));
    writeFileSync(join(dir, 'page.html'), '<!doctype html><title>x</title>');
    warnings.length = 0;
    feed = await startFeed({ port: 0, dataDir: dir, staticDirs: [dir], log, heartbeatMs: 100 });
  });

  afterEach(() => feed.close());

  it('serves a document with ETag, Last-Modified, Cache-Control and CORS', async () => {
    const response = await fetch(`${feed.url}/data/minimal.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    expect(Date.parse(response.headers.get('last-modified')!)).toBeGreaterThan(0);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toContain('ETag');
    expect(await response.json()).toEqual(minimal);
  });

  it('answers 304 with no body to If-None-Match with the current ETag, 200 to an old one', async () => {
    const first = await fetch(`${feed.url}/data/minimal.json`);
    const etag = first.headers.get('etag')!;
    const again = await fetch(`${feed.url}/data/minimal.json`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    const stale = await fetch(`${feed.url}/data/minimal.json`, { headers: { 'If-None-Match': '"old"' } });
    expect(stale.status).toBe(200);
  });

  it('answers 304 to If-Modified-Since at the Last-Modified time', async () => {
    const first = await fetch(`${feed.url}/data/minimal.json`);
    const since = first.headers.get('last-modified')!;
    const again = await fetch(`${feed.url}/data/minimal.json`, { headers: { 'If-Modified-Since': since } });
    expect(again.status).toBe(304);
  });

  it('answers the CORS preflight for the conditional headers', async () => {
    const response = await fetch(`${feed.url}/data/minimal.json`, { method: 'OPTIONS' });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toContain('If-None-Match');
  });

  it('refuses an invalid document at start, logging what is wrong', async () => {
    expect((await fetch(`${feed.url}/data/broken.json`)).status).toBe(404);
    expect(warnings.join('\n')).toMatch(/refused broken\.json .*nothing is served[\s\S]*\$\.schemaVersion/);
  });

  it('keeps serving the previous valid version when the file becomes invalid, and takes a valid change', async () => {
    const before = await (await fetch(`${feed.url}/data/minimal.json`)).text();
    expect(await feed.store.setText('minimal', '{"schemaVersion": "1.0", "datasets": 3')).toMatchObject({
      ok: false,
    });
    expect(await feed.store.set('minimal', { ...minimal, title: 42 })).toMatchObject({ ok: false });
    expect(await (await fetch(`${feed.url}/data/minimal.json`)).text()).toBe(before);
    expect(warnings.join('\n')).toContain('the previous valid version stays served');
    const changed = { ...minimal, title: 'Nuovo titolo' };
    expect(await feed.store.set('minimal', changed)).toMatchObject({ ok: true, changed: true });
    expect(await (await fetch(`${feed.url}/data/minimal.json`)).json()).toEqual(changed);
  });

  it('picks up a changed file from the folder', async () => {
    const etag = (await fetch(`${feed.url}/data/minimal.json`)).headers.get('etag');
    writeFileSync(join(dir, 'minimal.json'), JSON.stringify({ ...minimal, title: 'Dal disco' }));
    let title = '';
    for (let i = 0; i < 50 && title !== 'Dal disco'; i++) {
      await new Promise((r) => setTimeout(r, 40));
      title = (await (await fetch(`${feed.url}/data/minimal.json`)).json()).title;
    }
    expect(title).toBe('Dal disco');
    expect((await fetch(`${feed.url}/data/minimal.json`)).headers.get('etag')).not.toBe(etag);
  });

  it('serves static files with their content type and refuses to climb out', async () => {
    const page = await fetch(`${feed.url}/page.html`);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await fetch(`${feed.url}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });

  /** Reads an event stream until `until` says it has enough. */
  async function readStream(path: string, headers: Record<string, string>, until: (text: string) => boolean) {
    const controller = new AbortController();
    const response = await fetch(`${feed.url}${path}`, { headers, signal: controller.signal });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    while (!until(text)) text += (await reader.read()).value ?? '';
    controller.abort();
    return { response, text };
  }

  it('streams: retry, the whole document with its id, then partial updates, with heartbeats', async () => {
    const entry = feed.store.get('minimal')!;
    const id = entry.etag.slice(1, -1);
    setTimeout(() => {
      const next = structuredClone(minimal);
      const [first] = Object.keys(next.datasets);
      next.datasets[first!].title = 'Cambiato';
      feed.store.set('minimal', next, { datasets: [first!] });
    }, 50);
    const ids = (t: string) => t.match(/^id: /gm)?.length ?? 0;
    const { response, text } = await readStream(
      '/stream/minimal',
      {},
      (t) => ids(t) >= 2 && t.includes(': heartbeat'),
    );
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const frames = text.split('\n\n');
    expect(frames[0]).toBe(': cst-feed stream minimal\nretry: 2000');
    expect(frames[1]).toBe(`id: ${id}\ndata: ${JSON.stringify(minimal)}`);
    const update = frames.filter((frame) => frame.startsWith('id: '))[1]!.match(/^id: (\S+)\ndata: (.*)$/)!;
    expect(update[1]).toBe(feed.store.get('minimal')!.etag.slice(1, -1));
    expect(Object.keys(JSON.parse(update[2]!))).toEqual(['datasets', 'updatedAt']);
  });

  it('honours Last-Event-ID: a client that is up to date gets no document again', async () => {
    const id = feed.store.get('minimal')!.etag.slice(1, -1);
    const { text } = await readStream('/stream/minimal', { 'Last-Event-ID': id }, (t) =>
      t.includes(': heartbeat'),
    );
    expect(text).not.toContain('data:');
    const viaQuery = await readStream(`/stream/minimal?lastEventId=${id}`, {}, (t) =>
      t.includes(': heartbeat'),
    );
    expect(viaQuery.text).not.toContain('data:');
    const behind = await readStream('/stream/minimal', { 'Last-Event-ID': 'old' }, (t) =>
      t.includes('data:'),
    );
    expect(behind.text).toContain(`id: ${id}\n`);
  });
});

describe('startFeed with the simulator', () => {
  it('serves the live dashboard as today’s from the first request, and again soon after its file is replaced', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cst-feed-live-'));
    const file = join(dir, 'centro-servizi-oggi.json');
    writeFileSync(file, JSON.stringify(live));
    // A step a minute: within this test, only the rebase on loading can make the document today's.
    const feed = await startFeed({
      port: 0,
      dataDir: dir,
      simulate: { everyMs: 60_000 },
      log: { info() {}, warn() {} },
    });
    try {
      const served = async () => (await fetch(`${feed.url}/data/centro-servizi-oggi.json`)).json();
      const isToday = (doc: typeof live) => {
        const today = new Date().toISOString().slice(0, 10);
        return doc.period.from <= today && today <= doc.period.to && !needsRebase(doc, new Date(), 60_000);
      };
      const first = await served();
      expect(first.period.label).not.toBe(live.period.label);
      expect(isToday(first), JSON.stringify(first.period)).toBe(true);
      writeFileSync(file, JSON.stringify({ ...live, title: 'Di nuovo dal disco' }));
      let doc = first;
      for (let i = 0; i < 100 && !(doc.title === 'Di nuovo dal disco' && isToday(doc)); i++) {
        await new Promise((r) => setTimeout(r, 40));
        doc = await served();
      }
      expect(doc.title).toBe('Di nuovo dal disco');
      expect(isToday(doc), `${doc.period.label}, updated ${doc.updatedAt}`).toBe(true);
    } finally {
      await feed.close();
    }
  });
});
