import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { kpi, testDocument } from '../../test/docs.js';
import { type CstProbe, checks, listen, shows } from '../../test/probe.js';
import { putDoc, seen, unique } from '../../test/test-server.js';
import { sourceSettings } from './shared-source.js';

sourceSettings.minRefreshMs = 50;
sourceSettings.backoff = { baseMs: 20, capMs: 100 };

const broken = { kind: 'kpi', title: 'Uptime', value: 'tanto' };

async function probe(key: string, dataset = 'uptime', refresh = 0.05): Promise<CstProbe> {
  return fixture<CstProbe>(
    html`<cst-probe lang="it" src=${`/__test/doc/${key}`} dataset=${dataset} refresh=${refresh}></cst-probe>`,
  );
}

const settled = (el: CstProbe) =>
  waitUntil(() => el.status !== 'loading', `still loading`, { timeout: 5000 });

describe('a document source, polled', () => {
  it('sends If-None-Match to a server that gives only an ETag, and a 304 changes nothing', async () => {
    const key = unique('etag');
    await putDoc(key, testDocument({ uptime: kpi({ value: 99.5 }) }), 'etag');
    const el = await probe(key);
    await settled(el);
    const heard = listen(el);
    const updates = el.updates;
    await waitUntil(async () => (await seen(key)).data.length >= 4, 'no polls', { timeout: 5000 });
    const [first, ...later] = (await seen(key)).data;
    expect(first).to.include({ ifNoneMatch: '', status: 200 });
    expect(later.map((r) => [r.ifNoneMatch, r.ifModifiedSince, r.status])).to.deep.include.members([
      [`"${key}-1"`, '', 304],
    ]);
    expect(later.every((r) => r.ifNoneMatch === `"${key}-1"` && r.status === 304)).to.equal(true);
    expect(heard).to.deep.equal({ data: 0, errors: [] });
    expect(el.updates).to.equal(updates);
  });

  it('sends If-Modified-Since to a server that gives only Last-Modified', async () => {
    const key = unique('date');
    await putDoc(key, testDocument({ uptime: kpi() }), 'last-modified');
    await settled(await probe(key));
    await waitUntil(async () => (await seen(key)).data.length >= 3, 'no polls', { timeout: 5000 });
    const later = (await seen(key)).data.slice(1);
    expect(later.every((r) => r.ifNoneMatch === '' && r.ifModifiedSince !== '' && r.status === 304)).to.equal(
      true,
    );
  });
});

describe('one broken dataset never hides the others', () => {
  async function pair(key: string) {
    const box = await fixture<HTMLDivElement>(
      html`<div lang="it">
        <cst-probe src=${`/__test/doc/${key}`} dataset="uptime" refresh="0.05"></cst-probe>
        <cst-probe src=${`/__test/doc/${key}`} dataset="services" refresh="0.05"></cst-probe>
      </div>`,
    );
    const [uptime, services] = [...box.querySelectorAll('cst-probe')] as [CstProbe, CstProbe];
    await Promise.all([settled(uptime), settled(services)]);
    return { uptime, services };
  }

  it('on the first load: the element showing it says what is wrong and where, the other shows its figures', async () => {
    const key = unique('first');
    await putDoc(key, testDocument({ uptime: broken as never, services: kpi({ value: 356 }) }));
    const box = await fixture<HTMLDivElement>(html`<div lang="it"></div>`);
    const uptime = document.createElement('cst-probe');
    const heard = listen(uptime);
    uptime.src = `/__test/doc/${key}`;
    uptime.datasetId = 'uptime';
    const services = document.createElement('cst-probe');
    Object.assign(services, { src: uptime.src, datasetId: 'services' });
    box.append(uptime, services);
    await Promise.all([settled(uptime), settled(services)]);
    expect(uptime.status).to.equal('error');
    expect(shows(uptime).error).to.contain('$.datasets.uptime.value');
    expect(heard.errors).to.have.length(1);
    expect(heard.errors[0]).to.include({ code: 'invalid-document', keptLastGood: false });
    expect(services.status).to.equal('ready');
    expect(shows(services).value).to.equal('356');
  });

  it('on a refresh: the broken one keeps its last good figures, stale, with a cst-error naming the path; the others apply', async () => {
    const key = unique('refresh');
    await putDoc(key, testDocument({ uptime: kpi({ value: 99.5 }), services: kpi({ value: 356 }) }));
    const { uptime, services } = await pair(key);
    const heard = listen(uptime);
    await putDoc(key, testDocument({ uptime: broken as never, services: kpi({ value: 357 }) }));
    await waitUntil(() => shows(services).value === '357', 'the good dataset was not applied', {
      timeout: 5000,
    });
    await waitUntil(() => uptime.status === 'stale', `not stale: ${uptime.status}`, { timeout: 5000 });
    expect(shows(uptime).value).to.equal('99.5');
    expect(shows(uptime).stale).to.match(/^⏱ ?Dati del .+, non aggiornati$/);
    expect(heard.errors).to.have.length(1);
    expect(heard.errors[0]).to.include({ code: 'invalid-document', keptLastGood: true });
    expect(heard.errors[0]!.message).to.contain('$.datasets.uptime.value');
    expect(heard.errors[0]!.errors![0]!.path).to.equal('$.datasets.uptime.value');
    // Polls that bring the same broken version say nothing more and keep the mark.
    const polls = (await seen(key)).data.length;
    await waitUntil(async () => (await seen(key)).data.length > polls + 2, 'no polls', { timeout: 5000 });
    expect(heard.errors).to.have.length(1);
    expect(uptime.status).to.equal('stale');

    await putDoc(key, testDocument({ uptime: kpi({ value: 99.8 }), services: kpi({ value: 357 }) }));
    await waitUntil(() => shows(uptime).value === '99.8', 'never fixed', { timeout: 5000 });
    expect(uptime.status).to.equal('ready');
    expect(shows(uptime).stale).to.equal(undefined);
  });

  it('an update that leaves a dataset unchanged neither re-renders its elements nor fires cst-data', async () => {
    const key = unique('unchanged');
    await putDoc(key, testDocument({ uptime: kpi({ value: 99.5 }), services: kpi({ value: 356 }) }));
    const { uptime, services } = await pair(key);
    await uptime.updateComplete;
    const heard = listen(uptime);
    const [updates, before] = [uptime.updates, checks.count];
    await putDoc(key, testDocument({ uptime: kpi({ value: 99.5 }), services: kpi({ value: 400 }) }));
    await waitUntil(() => shows(services).value === '400', 'no update', { timeout: 5000 });
    await aTimeout(100);
    expect(heard).to.deep.equal({ data: 0, errors: [] });
    expect(uptime.updates).to.equal(updates);
    expect(checks.count - before, 'datasets checked: only the changed one').to.equal(1);
  });
});
