import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../cst-kpi-tile.js';
import '../cst-report.js';
import type { CstKpiTile } from './kpi-tile.js';
import { csvFromButton } from '../../test/csv.js';
import { REPORT_URL, kpi, testDocument } from '../../test/docs.js';
import { part, ready, squash, text } from '../../test/dom.js';
import { activeSourceCount } from '../source/shared-source.js';
import { langObserverCount } from '../core/locale.js';

function requestsTo(path: string): number {
  return performance.getEntriesByType('resource').filter((entry) => entry.name.includes(path)).length;
}

describe('cst-kpi-tile', () => {
  describe('data routes', () => {
    it('renders a dataset given as the data property, Italian-formatted', async () => {
      const el = await fixture<CstKpiTile>(html`<cst-kpi-tile .data=${kpi()}></cst-kpi-tile>`);
      await ready(el);
      expect(part(el, 'label')!.textContent).to.equal('Credenziali attive');
      expect(part(el, 'value')!.textContent!.trim()).to.equal('55.211');
      expect(el.route).to.equal('property');
    });

    it('renders a document given as the data property with the dataset attribute', async () => {
      const doc = testDocument({ tiles: kpi({ value: 356, title: 'Servizi attivi' }) });
      const el = await fixture<CstKpiTile>(html`<cst-kpi-tile .data=${doc} dataset="tiles"></cst-kpi-tile>`);
      await ready(el);
      expect(part(el, 'value')!.textContent!.trim()).to.equal('356');
    });

    it('reads an inline application/json script child', async () => {
      const el = await fixture<CstKpiTile>(
        html`<cst-kpi-tile>
          <script type="application/json">
            {
              "kind": "kpi",
              "title": "Uptime infrastruttura",
              "value": 100,
              "format": { "style": "percent" }
            }
          </script>
        </cst-kpi-tile>`,
      );
      await ready(el);
      expect(part(el, 'value')!.textContent!.trim()).to.equal('100%');
      expect(el.route).to.equal('inline');
    });

    it('loads src with dataset from the server, sparkline included', async () => {
      const el = await fixture<CstKpiTile>(
        html`<cst-kpi-tile src=${REPORT_URL} dataset="active-credentials"></cst-kpi-tile>`,
      );
      await ready(el);
      expect(part(el, 'value')!.textContent!.trim()).to.equal('55.211');
      expect(part(el, 'sparkline')).to.exist;
      expect(el.route).to.equal('src');
    });

    it('ends the sparkline with a round dot, however wide the tile (not an ellipse)', async () => {
      const wide = await fixture(
        html`<div style="width: 600px">
          <cst-kpi-tile src=${REPORT_URL} dataset="active-credentials"></cst-kpi-tile>
        </div>`,
      );
      const el = await ready(wide.querySelector<CstKpiTile>('cst-kpi-tile')!);
      const svg = part(el, 'sparkline') as unknown as SVGSVGElement;
      const end = svg.lastElementChild as SVGGraphicsElement;
      const box = end.getBBox();
      const at = new DOMPoint(box.x + box.width / 2, box.y + box.height / 2).matrixTransform(
        svg.getScreenCTM()!,
      );
      const hits = (dx: number, dy: number) =>
        el.shadowRoot!.elementsFromPoint(at.x + dx, at.y + dy).includes(end);
      // 5px across: 2px from the centre is on the dot in every direction, 4px is off it.
      expect([hits(2, 0), hits(-2, 0), hits(0, 2), hits(0, -2)]).to.deep.equal([true, true, true, true]);
      expect([hits(4, 0), hits(-4, 0), hits(0, 4), hits(0, -4)]).to.deep.equal([false, false, false, false]);
    });

    it('takes its dataset from the nearest cst-report, which loads the document once', async () => {
      const url = `${REPORT_URL}?once=${Math.random()}`;
      const report = await fixture(
        html`<cst-report src=${url}>
          <section>
            <cst-kpi-tile dataset="active-credentials"></cst-kpi-tile>
            <cst-kpi-tile dataset="active-services"></cst-kpi-tile>
          </section>
        </cst-report>`,
      );
      const tiles = [...report.querySelectorAll('cst-kpi-tile')];
      await Promise.all(tiles.map(ready));
      expect(tiles.map((t) => part(t, 'value')!.textContent!.trim())).to.deep.equal(['55.211', '356']);
      expect(tiles[0]!.route).to.equal('report');
      expect(requestsTo(url.split('/').pop()!)).to.equal(1);
    });

    it('makes one request for many elements naming the same src', async () => {
      const url = `${REPORT_URL}?shared=${Math.random()}`;
      const box = await fixture(
        html`<div>
          ${[1, 2, 3, 4].map(() => html`<cst-kpi-tile src=${url} dataset="active-services"></cst-kpi-tile>`)}
        </div>`,
      );
      await Promise.all([...box.querySelectorAll('cst-kpi-tile')].map(ready));
      expect(requestsTo(url.split('/').pop()!)).to.equal(1);
    });

    it('prefers the data property over an inline script and src', async () => {
      const el = await fixture<CstKpiTile>(
        html`<cst-kpi-tile .data=${kpi({ value: 7 })} src=${REPORT_URL}>
          <script type="application/json">
            { "kind": "kpi", "title": "Inline", "value": 8 }
          </script>
        </cst-kpi-tile>`,
      );
      await ready(el);
      expect(part(el, 'value')!.textContent!.trim()).to.equal('7');
    });
  });

  describe('what a reader sees and hears', () => {
    it('shows the change by sign, icon and words, judged by which way is better', async () => {
      const el = await fixture<CstKpiTile>(
        html`<cst-kpi-tile
          .data=${kpi({ value: 356, previous: 354, previousLabel: '2015', better: 'up' })}
        ></cst-kpi-tile>`,
      );
      await ready(el);
      const delta = part(el, 'delta')!;
      expect(delta.textContent!.replace(/\s+/g, ' '))
        .to.contain('▲')
        .and.contain('+2 (+0,6%)')
        .and.contain('in aumento, positivo');
      expect(delta.classList.contains('good')).to.be.true;
    });

    it('judges a fall as good when down is better', async () => {
      const el = await fixture<CstKpiTile>(
        html`<cst-kpi-tile
          .data=${kpi({ title: 'Ticket aperti', value: 2, previous: 5, better: 'down' })}
        ></cst-kpi-tile>`,
      );
      await ready(el);
      expect(part(el, 'delta')!.textContent).to.contain('▼').and.contain('in calo, positivo');
    });

    it('reads as one sentence to a screen reader', async () => {
      const el = await fixture<CstKpiTile>(
        html`<cst-kpi-tile
          .data=${kpi({ title: 'Pagamenti dal 2009', value: 64_000_000, qualifier: 'over', format: { style: 'currency', notation: 'compact' } })}
        ></cst-kpi-tile>`,
      );
      await ready(el);
      const sentence = el.shadowRoot!.querySelector('.tile > .visually-hidden')!.textContent!;
      expect(sentence.replace(/\s/g, ' ')).to.equal('Pagamenti dal 2009: oltre 64 Mln €.');
    });

    it('offers its figure as CSV: qualifier, value and unit apart, numbers as numbers', async () => {
      const el = await fixture<CstKpiTile>(
        html`<cst-kpi-tile
          .data=${kpi({ title: 'Pagamenti dal 2009', value: 64_000_000.5, previous: 60_000_000, qualifier: 'over', format: { style: 'currency' } })}
        ></cst-kpi-tile>`,
      );
      await ready(el);
      expect(squash(part(el, 'download')!.textContent)).to.equal('Scarica i dati (CSV)');
      const { name, text: csv } = await csvFromButton(el);
      expect(name).to.equal('pagamenti-dal-2009.csv');
      expect(csv).to.equal(
        '\uFEFFIndicatore;Qualificatore;Valore;Unità;Valore precedente;Obiettivo\r\n' +
          'Pagamenti dal 2009;oltre;64000000,5;EUR;60000000;\r\n',
      );
    });

    it('follows the nearest lang attribute', async () => {
      const box = await fixture(html`<div lang="en-GB"><cst-kpi-tile .data=${kpi()}></cst-kpi-tile></div>`);
      const el = await ready(box.querySelector('cst-kpi-tile')!);
      expect(part(el, 'value')!.textContent!.trim()).to.equal('55,211');
    });

    it('re-renders when an ancestor lang attribute changes', async () => {
      const box = await fixture(html`<div lang="it"><cst-kpi-tile .data=${kpi()}></cst-kpi-tile></div>`);
      const el = await ready(box.querySelector<CstKpiTile>('cst-kpi-tile')!);
      expect(part(el, 'value')!.textContent!.trim()).to.equal('55.211');
      box.setAttribute('lang', 'en');
      await aTimeout(0); // the mutation record is delivered as a microtask, then the update runs
      await el.updateComplete;
      expect(part(el, 'value')!.textContent!.trim()).to.equal('55,211');
    });

    it("re-renders when a lang attribute changes inside an app component's shadow root", async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      const wrapper = document.createElement('section');
      wrapper.lang = 'it';
      const el = document.createElement('cst-kpi-tile') as CstKpiTile;
      el.data = kpi();
      wrapper.append(el);
      shadow.append(wrapper);
      await ready(el);
      expect(part(el, 'value')!.textContent!.trim()).to.equal('55.211');
      expect(langObserverCount(), 'the document and the shadow root').to.equal(2);
      wrapper.lang = 'en';
      await aTimeout(0);
      await el.updateComplete;
      expect(part(el, 'value')!.textContent!.trim()).to.equal('55,211');
      host.remove();
      expect(langObserverCount()).to.equal(0);
    });

    it('shares one lang observer and drops it when the last element leaves', async () => {
      const box = await fixture(
        html`<div>
          <cst-kpi-tile .data=${kpi()}></cst-kpi-tile><cst-kpi-tile .data=${kpi()}></cst-kpi-tile>
        </div>`,
      );
      expect(langObserverCount()).to.equal(1);
      box.firstElementChild!.remove();
      expect(langObserverCount()).to.equal(1);
      box.remove();
      expect(langObserverCount()).to.equal(0);
    });

    it('renders hostile strings as text', async () => {
      const title = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const el = await fixture<CstKpiTile>(
        html`<cst-kpi-tile .data=${kpi({ title, note: '<b>bold</b>' })}></cst-kpi-tile>`,
      );
      await ready(el);
      expect(part(el, 'label')!.textContent).to.equal(title);
      expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('is accessible (axe) when ready and when failing', async () => {
      const el = await fixture<CstKpiTile>(
        html`<cst-kpi-tile .data=${kpi({ previous: 41627, better: 'up' })}></cst-kpi-tile>`,
      );
      await ready(el);
      await expect(el).to.be.accessible();
      const failing = await fixture<CstKpiTile>(html`<cst-kpi-tile src="/__test/status/500"></cst-kpi-tile>`);
      await ready(failing);
      await expect(failing).to.be.accessible();
    });
  });

  describe('states', () => {
    it('reserves its space while loading, so nothing shifts', async () => {
      const el = await fixture<CstKpiTile>(html`<cst-kpi-tile src="/__test/slow/400"></cst-kpi-tile>`);
      expect(el.status).to.equal('loading');
      expect(part(el, 'loading')).to.exist;
      expect(el.getBoundingClientRect().height).to.be.at.least(7.5 * 16 - 1);
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
    });

    const failures: Array<[string, string, string, string]> = [
      ['a 404', '/__test/status/404', 'http', 'Il server ha risposto con un errore (404).'],
      ['a 500', '/__test/status/500', 'http', 'Il server ha risposto con un errore (500).'],
      [
        'a web page instead of the data',
        '/__test/not-json',
        'invalid-json',
        'Al posto dei dati è arrivata una pagina web (HTML): controlla l’indirizzo dei dati',
      ],
      [
        'a dataset that does not exist',
        `${REPORT_URL}#x`,
        'dataset-missing',
        'Il documento non contiene il dataset «nessuno» (contiene: active-credentials,',
      ],
      ['a dataset of the wrong kind', `${REPORT_URL}#y`, 'wrong-kind', 'è di tipo «series»'],
      [
        'a schema violation',
        `${REPORT_URL}#z`,
        'invalid-document',
        'In $.datasets.broken.value: deve essere un numero, non il testo "tanti"',
      ],
    ];
    const datasetFor: Record<string, string> = { x: 'nessuno', y: 'credentials-by-year', z: 'broken' };

    for (const [name, src, code, message] of failures) {
      it(`shows a readable Italian message and fires cst-error for ${name}`, async () => {
        const [url, key] = src.split('#');
        const el = document.createElement('cst-kpi-tile');
        el.src = url!;
        if (key) el.datasetId = datasetFor[key];
        const event = oneEvent(el, 'cst-error');
        document.body.append(el);
        const { detail } = await event;
        await el.updateComplete;
        expect(detail.code).to.equal(code);
        expect(detail.keptLastGood).to.equal(false);
        expect(el.status).to.equal('error');
        expect(text(el)).to.contain('Dati non disponibili').and.contain(message);
        if (code === 'invalid-document') expect(detail.errors![0]!.path).to.equal('$.datasets.broken.value');
        el.remove();
      });
    }

    it('says it in English on an English page', async () => {
      const box = await fixture(
        html`<div lang="en"><cst-kpi-tile src="/__test/status/503"></cst-kpi-tile></div>`,
      );
      const el = await ready(box.querySelector('cst-kpi-tile')!);
      expect(text(el)).to.contain('Data unavailable').and.contain('The server answered with an error (503).');
    });

    it('keeps the rest of the page working when one element fails', async () => {
      const box = await fixture(
        html`<div>
          <cst-kpi-tile src="/__test/status/500"></cst-kpi-tile>
          <cst-kpi-tile .data=${kpi()}></cst-kpi-tile>
        </div>`,
      );
      const [bad, good] = [...box.querySelectorAll('cst-kpi-tile')];
      await ready(bad!);
      await ready(good!);
      expect(bad!.status).to.equal('error');
      expect(part(good!, 'value')!.textContent!.trim()).to.equal('55.211');
    });

    it('keeps the last good data and marks it stale when new data is bad', async () => {
      const el = await fixture<CstKpiTile>(
        html`<cst-kpi-tile>
          <script type="application/json">
            { "kind": "kpi", "title": "Servizi attivi", "value": 356 }
          </script>
        </cst-kpi-tile>`,
      );
      await ready(el);
      const event = oneEvent(el, 'cst-error');
      el.querySelector('script')!.textContent = '{ "kind": "kpi", "title": ';
      const { detail } = await event;
      await el.updateComplete;
      expect(detail.code).to.equal('invalid-json');
      expect(detail.keptLastGood).to.equal(true);
      expect(el.status).to.equal('stale');
      expect(part(el, 'value')!.textContent!.trim()).to.equal('356');
      expect(part(el, 'stale')!.textContent).to.contain('Dati del').and.contain('non aggiornati');
    });

    it('fires cst-data with the dataset and route', async () => {
      const el = document.createElement('cst-kpi-tile');
      el.data = kpi({ value: 42 });
      const event = oneEvent(el, 'cst-data');
      document.body.append(el);
      const { detail } = await event;
      expect(detail.route).to.equal('property');
      expect(detail.dataset.kind).to.equal('kpi');
      el.remove();
    });
  });

  describe('life cycle', () => {
    it('stops loading when disconnected and leaves no source behind', async () => {
      const el = await fixture<CstKpiTile>(html`<cst-kpi-tile src="/__test/slow/300?leak"></cst-kpi-tile>`);
      expect(activeSourceCount()).to.be.greaterThan(0);
      el.remove();
      expect(activeSourceCount()).to.equal(0);
      await aTimeout(400);
      expect(el.status).to.equal('loading');
    });

    it('reconnects to its data when put back in the page', async () => {
      const el = await fixture<CstKpiTile>(
        html`<cst-kpi-tile src=${REPORT_URL} dataset="active-services"></cst-kpi-tile>`,
      );
      await ready(el);
      const parent = el.parentElement!;
      el.remove();
      // Changed while out of the page: only a reconnection can show it.
      el.datasetId = 'active-credentials';
      await el.updateComplete;
      parent.append(el);
      await waitUntil(() => part(el, 'value')?.textContent?.trim() === '55.211', 'not reconnected');
    });

    it('does not throw when registered twice', async () => {
      const { defineElement } = await import('../define.js');
      const { CstKpiTile } = await import('./kpi-tile.js');
      expect(() => defineElement('cst-kpi-tile', class extends CstKpiTile {})).not.to.throw();
      expect(customElements.get('cst-kpi-tile')).to.equal(CstKpiTile);
    });
  });
});
