import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../cst-report.js';
import { kpi, testDocument } from '../../test/docs.js';
import { type CstProbe, listen, shows } from '../../test/probe.js';
import { putDoc, unique } from '../../test/test-server.js';
import { activeSourceCount, sourceSettings } from '../source/shared-source.js';

sourceSettings.minRefreshMs = 50;
sourceSettings.backoff = { baseMs: 20, capMs: 100 };

const shown = (el: CstProbe) => shows(el).value;
const until = (check: () => boolean, what: string) => waitUntil(check, what, { timeout: 5000 });

describe('the base element’s routes', () => {
  it('reconnects to its data when put back in the page, with what changed meanwhile', async () => {
    const key = unique('back');
    await putDoc(key, testDocument({ uptime: kpi({ value: 1 }) }));
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const fetched = document.createElement('cst-probe');
    Object.assign(fetched, { src: `/__test/doc/${key}`, datasetId: 'uptime' });
    const inline = document.createElement('cst-probe');
    const script = Object.assign(document.createElement('script'), { type: 'application/json' });
    script.textContent = JSON.stringify(kpi({ value: 10 }));
    inline.append(script);
    box.append(fetched, inline);
    await until(() => shown(fetched) === '1' && shown(inline) === '10', 'not shown');

    fetched.remove();
    inline.remove();
    expect(activeSourceCount(), 'released while out of the page').to.equal(0);
    await putDoc(key, testDocument({ uptime: kpi({ value: 2 }) }));
    script.textContent = JSON.stringify(kpi({ value: 20 }));
    box.append(fetched, inline);
    await until(() => shown(fetched) === '2', `src not reloaded: ${shown(fetched)}`);
    await until(() => shown(inline) === '20', `inline child not read again: ${shown(inline)}`);
  });

  it('shows an error, not loading forever, for a src or stream URL that cannot be parsed', async () => {
    for (const attrs of [
      { src: 'http://[' },
      { stream: 'http://[' },
      { src: '/ok.json', stream: 'https://[::1/stream' },
    ]) {
      const el = document.createElement('cst-probe');
      const heard = listen(el);
      Object.assign(el, attrs, { datasetId: 'uptime', lang: 'it' });
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await until(() => el.status === 'error', `${JSON.stringify(attrs)}: ${el.status}`);
      expect(shows(el).error).to.equal('Dati non disponibiliL’indirizzo dei dati non è valido.');
      expect(heard.errors[0]).to.include({ code: 'invalid-url', keptLastGood: false });
      expect(heard.errors[0]!.url).to.equal(Object.values(attrs).at(-1));
    }
  });

  it('shows another dataset of the same document as that dataset, not as stale data of the first', async () => {
    const el = await fixture<CstProbe>(
      html`<cst-probe
        lang="it"
        .data=${testDocument({ uptime: kpi({ value: 1 }) })}
        dataset="uptime"
      ></cst-probe>`,
    );
    await until(() => shown(el) === '1', 'not shown');
    el.datasetId = 'nope';
    await until(() => el.status === 'error', `status: ${el.status}`);
    expect(shows(el).error).to.contain('«nope»');
  });

  it('through a cst-report too, one broken dataset never hides the others, and a later break keeps the last good figures', async () => {
    const key = unique('report');
    await putDoc(key, testDocument({ uptime: kpi({ value: 99.5 }), services: kpi({ value: 356 }) }));
    const report = await fixture<HTMLElement>(
      html`<cst-report lang="it" src=${`/__test/doc/${key}`} refresh="0.05">
        <cst-probe dataset="uptime"></cst-probe><cst-probe dataset="services"></cst-probe>
      </cst-report>`,
    );
    const [uptime, services] = [...report.querySelectorAll('cst-probe')] as [CstProbe, CstProbe];
    await until(() => shown(uptime) === '99.5' && shown(services) === '356', 'not shown');
    const heard = listen(uptime);
    await putDoc(
      key,
      testDocument({ uptime: { kind: 'kpi', value: 'x' } as never, services: kpi({ value: 357 }) }),
    );
    await until(() => shown(services) === '357', 'the good dataset was not applied');
    await until(() => uptime.status === 'stale', `not stale: ${uptime.status}`);
    expect(shown(uptime)).to.equal('99.5');
    expect(heard.errors.map((e) => e.errors?.[0]?.path)).to.deep.equal(['$.datasets.uptime.title']);
  });
});

describe('the base element’s locale', () => {
  let lang: string | null;
  before(() => {
    // The fallbacks are tested with no lang above the element.
    lang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
  });
  after(() => {
    if (lang !== null) document.documentElement.setAttribute('lang', lang);
  });

  async function localeOf(wrapperLang: string | undefined, data: unknown): Promise<string> {
    const box = await fixture<HTMLDivElement>(
      html`<div lang=${wrapperLang ?? ''}><cst-probe .data=${data} dataset="uptime"></cst-probe></div>`,
    );
    if (wrapperLang === undefined) box.removeAttribute('lang');
    const el = box.querySelector('cst-probe')!;
    await until(() => el.status === 'ready', `status: ${el.status}`);
    await el.updateComplete;
    return el.shadowRoot!.querySelector('[part="locale"]')!.textContent!;
  }

  const english = { ...testDocument({ uptime: kpi() }), locale: 'en-GB' };

  it('is the nearest lang, else the document’s locale, else it-IT', async () => {
    expect(await localeOf('de', english)).to.equal('de');
    expect(await localeOf(undefined, english)).to.equal('en-GB');
    expect(await localeOf(undefined, kpi())).to.equal('it-IT');
  });

  it('skips a lang that is not a language tag for the document’s locale, else it-IT', async () => {
    expect(await localeOf('not a tag', english)).to.equal('en-GB');
    expect(await localeOf('not a tag', kpi())).to.equal('it-IT');
  });
});
