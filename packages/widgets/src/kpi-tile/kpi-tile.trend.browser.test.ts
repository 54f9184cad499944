import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SeriesDataset } from '@cst/schema';
import '../cst-kpi-tile.js';
import type { CstKpiTile } from './kpi-tile.js';
import { kpi, testDocument } from '../../test/docs.js';
import { part, ready } from '../../test/dom.js';
import { push, putStream, unique, whole } from '../../test/test-server.js';

/** Credentials released per year (cumulated to the stock): active ones, of which CNS. */
const credentials = (
  cns: [number, number | null][] = [
    [2015, 2236],
    [2016, 2838],
  ],
): SeriesDataset => ({
  kind: 'series',
  title: 'Credenziali di accesso',
  x: { type: 'year' },
  cumulative: true,
  series: [
    {
      id: 'active',
      label: 'Credenziali attive',
      points: [
        [2015, 12022],
        [2016, 13584],
      ],
    },
    { id: 'cns', label: 'di cui CNS', partOf: 'active', points: cns },
  ],
});

const report = (trend: unknown) =>
  testDocument({
    cns: kpi({ title: 'Utenti con CNS', value: 5074, trend: 'credentials' }),
    credentials: trend as SeriesDataset,
  });

/** What a screen reader hears of the sparkline: "andamento da … a …", or '' with none. */
const trendWords = (el: CstKpiTile) =>
  /andamento da [\d.]*\d a [\d.]*\d/.exec(
    el.shadowRoot!.querySelector('.visually-hidden')!.textContent!,
  )?.[0] ?? '';

async function tile(doc: unknown, series?: string): Promise<CstKpiTile> {
  const el = await fixture<CstKpiTile>(
    html`<cst-kpi-tile lang="it" .data=${doc} dataset="cns" trend-series=${series ?? ''}></cst-kpi-tile>`,
  );
  if (!series) el.removeAttribute('trend-series');
  return ready(el);
}

describe('cst-kpi-tile’s sparkline', () => {
  it('draws the first series of its trend, or the one trend-series names', async () => {
    expect(trendWords(await tile(report(credentials())))).to.equal('andamento da 12.022 a 25.606');
    const cns = await tile(report(credentials()), 'cns');
    expect(trendWords(cns)).to.equal('andamento da 2.236 a 5.074');
    expect(part(cns, 'sparkline')).to.exist;
    cns.trendSeries = 'active';
    await cns.updateComplete;
    expect(trendWords(cns)).to.equal('andamento da 12.022 a 25.606');
  });

  it('draws nothing, and says why in the console, for a series the trend does not have', async () => {
    const warned: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warned.push(message);
    try {
      const el = await tile(report(credentials()), 'spid');
      expect(part(el, 'sparkline') === null, 'no sparkline').to.equal(true);
      expect(warned).to.deep.equal([
        '<cst-kpi-tile>: la serie «spid» dell’attributo trend-series non è nel dataset «credentials», che ha: active, cns. Il grafico non è disegnato.',
      ]);
    } finally {
      console.warn = warn;
    }
  });

  it('draws a trend only once it passes its own schema: a broken one is not drawn, the figure stays', async () => {
    // Points a raw reading would draw, in a series the schema refuses (a field it does not know).
    const broken = { ...credentials(), series: [{ ...credentials().series[0], colour: 'rosso' }] };
    const el = await tile(report(broken));
    expect(el.status).to.equal('ready');
    expect(part(el, 'value')!.textContent!.trim()).to.equal('5.074');
    expect(part(el, 'sparkline') === null, 'no sparkline').to.equal(true);
  });

  it('draws again when a live update changes only the trend', async () => {
    const key = unique('trend');
    await putStream(key, [whole(report(credentials()))]);
    const el = await fixture<CstKpiTile>(
      html`<cst-kpi-tile
        lang="it"
        stream=${`/__test/sse/${key}`}
        dataset="cns"
        trend-series="cns"
      ></cst-kpi-tile>`,
    );
    await ready(el);
    expect(trendWords(el)).to.equal('andamento da 2.236 a 5.074');
    const next = credentials([
      [2015, 2236],
      [2016, 2838],
      [2017, 1000],
    ]);
    await push(key, [{ data: JSON.stringify({ datasets: { credentials: next } }) }]);
    await waitUntil(() => trendWords(el) === 'andamento da 2.236 a 6.074', `still: ${trendWords(el)}`, {
      timeout: 5000,
    });
  });
});
