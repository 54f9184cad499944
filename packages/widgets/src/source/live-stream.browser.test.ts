import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { kpi, testDocument } from '../../test/docs.js';
import { type CstProbe, checks, listen, shows } from '../../test/probe.js';
import { putDoc, putStream, push, seen, unique, whole } from '../../test/test-server.js';
import { sourceActivity, sourceSettings } from './shared-source.js';

sourceSettings.minRefreshMs = 50;
sourceSettings.backoff = { baseMs: 20, capMs: 100 };
sourceSettings.streamGraceMs = 300;

const broken = { kind: 'kpi', title: 'Uptime', value: 'tanto' };
const doc = (uptime: number, services = 356) =>
  testDocument({ uptime: kpi({ value: uptime }), services: kpi({ value: services }) });

async function streamOnly(key: string, dataset = 'uptime'): Promise<CstProbe> {
  const el = await fixture<CstProbe>(
    html`<cst-probe lang="it" stream=${`/__test/sse/${key}`} dataset=${dataset}></cst-probe>`,
  );
  await waitUntil(() => el.status !== 'loading', 'still loading', { timeout: 5000 });
  return el;
}

describe('a document stream', () => {
  it('opens after the first fetch, resuming from the ETag it received; its own reconnects resume from the last id seen', async () => {
    const key = unique('resume');
    await putDoc(key, doc(99.5), 'etag');
    await putStream(key, []);
    const el = await fixture<CstProbe>(
      html`<cst-probe
        src=${`/__test/doc/${key}`}
        stream=${`/__test/sse/${key}`}
        dataset="uptime"
      ></cst-probe>`,
    );
    await waitUntil(async () => (await seen(key)).stream.length === 1, 'no stream', { timeout: 5000 });
    expect((await seen(key)).stream[0]!.lastEventId, 'the ETag, verbatim').to.equal(`"${key}-1"`);
    await push(key, [whole(doc(98), 'v2')]);
    await waitUntil(() => shows(el).value === '98', 'no update', { timeout: 5000 });
    // The server ends the stream and refuses the browser's own reconnect: the element reconnects.
    await putStream(key, [], 1);
    await push(key, [], true);
    await waitUntil(async () => (await seen(key)).stream.length >= 3, 'never reconnected', { timeout: 5000 });
    const [, browsers, ours] = (await seen(key)).stream;
    expect(browsers!.lastEventId, 'the browser’s reconnect (Last-Event-ID)').to.equal('v2');
    expect(ours!.lastEventId, 'the element’s reconnect (?lastEventId=)').to.equal('v2');
    expect((await seen(key)).data, 'one fetch').to.have.length(1);
  });

  it('resumes from the last message it took, not from one it refused', async () => {
    const key = unique('refused');
    await putStream(key, [whole(doc(99.5), 'v1')]);
    const el = await streamOnly(key);
    const heard = listen(el);
    await push(key, [{ id: 'v2', data: '{"datasets": ' }]);
    await waitUntil(() => heard.errors.length === 1, 'no cst-error', { timeout: 5000 });
    // Where the message stops being JSON, as for a fetched document.
    expect(heard.errors[0]).to.include({ code: 'invalid-json' });
    expect(heard.errors[0]!.syntax).to.include({ line: 1, column: 13 });
    await putStream(key, [], 1);
    await push(key, [], true);
    await waitUntil(async () => (await seen(key)).stream.length >= 3, 'never reconnected', { timeout: 5000 });
    expect((await seen(key)).stream[2]!.lastEventId).to.equal('v1');
  });

  it('says so when a stream without src does not start with a whole document', async () => {
    const key = unique('partial');
    await putStream(key, [{ data: JSON.stringify({ datasets: { uptime: kpi() } }) }]);
    const el = await streamOnly(key);
    expect(el.status).to.equal('error');
    expect(shows(el).error).to.contain('Il flusso dei dati non inizia con il documento intero.');
    // A whole document later still makes it ready.
    await push(key, [whole(doc(97))]);
    await waitUntil(() => shows(el).value === '97', 'no document', { timeout: 5000 });
  });

  it('keeps the last good data, stale, when the document is gone, and asks nothing more', async () => {
    const key = unique('gone');
    await putStream(key, [whole(doc(99.5))]);
    const el = await streamOnly(key);
    const heard = listen(el);
    await push(key, [{ event: 'gone', data: '{"reason":"deleted"}' }], true);
    await waitUntil(() => el.status === 'stale', `not stale: ${el.status}`, { timeout: 5000 });
    expect(shows(el).value).to.equal('99.5');
    expect(heard.errors).to.have.length(1);
    expect(heard.errors[0]).to.include({ code: 'document-gone', keptLastGood: true });
    expect(heard.errors[0]!.message).to.equal('Il documento dei dati non è più pubblicato.');
    await aTimeout(400); // several backoff periods: no reconnect
    expect((await seen(key)).stream).to.have.length(1);
    expect(sourceActivity()).to.include({ streams: 0, timers: 0 });
  });

  it('applies the datasets an update brings; one it breaks keeps its last good figures, stale, with its path', async () => {
    const key = unique('broken');
    await putStream(key, [whole(doc(99.5, 356))]);
    const [uptime, services] = await Promise.all([streamOnly(key), streamOnly(key, 'services')]);
    const heard = listen(uptime);
    await push(key, [
      { data: JSON.stringify({ datasets: { uptime: broken, services: kpi({ value: 357 }) } }) },
    ]);
    await waitUntil(() => shows(services).value === '357', 'the good dataset was not applied', {
      timeout: 5000,
    });
    await waitUntil(() => uptime.status === 'stale', `not stale: ${uptime.status}`, { timeout: 5000 });
    expect(shows(uptime).value).to.equal('99.5');
    expect(heard.errors.map((e) => [e.code, e.keptLastGood, e.errors?.[0]?.path])).to.deep.equal([
      ['invalid-document', true, '$.datasets.uptime.value'],
    ]);
  });

  it('leaves an element whose dataset an update does not touch alone: no render, no cst-data, no check', async () => {
    const key = unique('untouched');
    await putStream(key, [whole(doc(99.5, 356))]);
    const [uptime, services] = await Promise.all([streamOnly(key), streamOnly(key, 'services')]);
    await uptime.updateComplete;
    const heard = listen(uptime);
    const [updates, before] = [uptime.updates, checks.count];
    await push(key, [{ data: JSON.stringify({ datasets: { services: kpi({ value: 400 }) } }) }]);
    await waitUntil(() => shows(services).value === '400', 'no update', { timeout: 5000 });
    await aTimeout(50);
    expect(heard).to.deep.equal({ data: 0, errors: [] });
    expect(uptime.updates).to.equal(updates);
    expect(checks.count - before).to.equal(1);
  });

  it('coalesces messages that arrive faster than the page draws: the latest wins, checked and drawn once', async () => {
    const key = unique('burst');
    await putStream(key, [whole(doc(1))]);
    const el = await streamOnly(key);
    await el.updateComplete;
    const heard = listen(el);
    const [updates, before] = [el.updates, checks.count];
    // Fifty whole documents in one write: they reach the page together, before it can draw.
    await push(
      key,
      Array.from({ length: 50 }, (_, i) => whole(doc(i + 2))),
    );
    await waitUntil(() => shows(el).value === '51', `not the latest: ${shows(el).value}`, { timeout: 5000 });
    await aTimeout(50);
    expect(heard.errors).to.deep.equal([]);
    expect(heard.data, 'cst-data events for 50 messages').to.be.at.most(3);
    expect(checks.count - before, 'datasets checked for 50 messages').to.be.at.most(6);
    expect(el.updates - updates, 'renders for 50 messages').to.be.at.most(3);
  });

  it('gives the same error code for a document too new for this library, fetched or streamed', async () => {
    const key = unique('version');
    const tooNew = { ...doc(1), schemaVersion: '2.0' };
    await putDoc(key, tooNew);
    await putStream(key, [whole(tooNew as never)]);
    const [fetched, streamed] = [document.createElement('cst-probe'), document.createElement('cst-probe')];
    const [a, b] = [listen(fetched), listen(streamed)];
    Object.assign(fetched, { src: `/__test/doc/${key}`, datasetId: 'uptime' });
    Object.assign(streamed, { stream: `/__test/sse/${key}`, datasetId: 'uptime' });
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(fetched, streamed);
    await waitUntil(() => a.errors.length > 0 && b.errors.length > 0, 'no errors', { timeout: 5000 });
    expect(a.errors[0]!.code).to.equal('unsupported-version');
    expect(b.errors[0]!.code).to.equal('unsupported-version');
    expect([fetched.status, streamed.status]).to.deep.equal(['error', 'error']);
  });
});
