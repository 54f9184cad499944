import type { Dataset } from '@cst/schema';
import { expect, fixture, html } from '@open-wc/testing';
import { focusReport } from '../../test/docs.js';
import '../cst-widgets.js';

/** The Intl formatters built since the spy went in, as "NumberFormat it". */
function spyOnIntl(): string[] {
  const built: string[] = [];
  for (const name of ['NumberFormat', 'DateTimeFormat'] as const) {
    const original = Intl[name];
    Object.defineProperty(Intl, name, {
      configurable: true,
      writable: true,
      value: new Proxy(original, {
        construct(target, args: [string, object]) {
          built.push(`${name} ${args[0]} ${JSON.stringify(args[1] ?? {})}`);
          return new (target as typeof Intl.NumberFormat)(...args);
        },
      }),
    });
  }
  return built;
}

const TAGS: Record<string, string[]> = {
  kpi: ['cst-kpi-tile'],
  sla: ['cst-sla-table'],
  series: ['cst-trend-line'],
  matrix: ['cst-deployment-matrix'],
  table: ['cst-data-table', 'cst-bar-chart'],
  share: ['cst-share'],
};

const drawable = (dataset: Dataset) =>
  dataset.kind !== 'table' || dataset.columns.some((column) => column.type !== 'text');

type Shown = HTMLElement & { data?: Dataset; status: string; updateComplete: Promise<boolean> };

// The first Intl formatter of a tab costs 15-20 ms (see plain-number.ts): the Focus report, in
// Italian and in English, is drawn without one but for its compact figures. If an element starts asking for an option
// plain-number.ts does not write, this names the element, the dataset and the options.
describe('the first render of the Focus report', () => {
  for (const lang of ['it', 'en']) {
    it(`builds no Intl formatter but for compact figures (${lang})`, async () => {
      const { datasets } = await focusReport();
      const built = spyOnIntl();
      const host = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
      const shown: Shown[] = [];
      for (const [id, dataset] of Object.entries(datasets))
        for (const tag of TAGS[dataset.kind] ?? []) {
          // A bar chart needs a column of figures; the report's words-only table has none.
          if (tag === 'cst-bar-chart' && !drawable(dataset)) continue;
          const el = document.createElement(tag) as Shown;
          el.dataset.id = id;
          el.data = dataset;
          host.append(el);
          shown.push(el);
        }
      await Promise.all(shown.map((el) => el.updateComplete));
      expect(shown.length).to.equal(26);
      expect(
        shown
          .filter((el) => el.status !== 'ready')
          .map((el) => `${el.localName} ${el.dataset.id} ${el.status}`),
      ).to.deep.equal([]);
      // Only its two compact figures ("2,2 milioni": Intl's words) need Intl.
      const compact = '"notation":"compact","compactDisplay":"long"}';
      expect(built).to.deep.equal([
        `NumberFormat ${lang} {"useGrouping":"always",${compact}`,
        `NumberFormat ${lang} {"useGrouping":"always","style":"currency","currency":"EUR",${compact}`,
      ]);
      // And the figures are written as readers of each language expect.
      const texts = shown.map((el) => el.shadowRoot!.textContent ?? '').join(' ');
      if (lang === 'it') expect(texts).to.include('99,92%').and.include('11.240.255,77');
      else expect(texts).to.include('99.92%').and.include('11,240,255.77');
    });
  }
});

describe('the first render of a trend line of instants', () => {
  for (const [lang, minutes] of [
    ['it', 1],
    ['en-GB', 1],
    ['it', 60 * 24 * 2],
    ['en-GB', 60 * 24 * 2],
  ] as const) {
    it(`writes its time axis without Intl (${lang}, a point every ${minutes} minutes)`, async () => {
      const start = Date.UTC(2026, 0, 1);
      const points = Array.from({ length: 300 }, (_, i): [number, number] => [
        start + i * minutes * 60_000,
        i % 7,
      ]);
      const built = spyOnIntl();
      const el = await fixture<Shown>(
        html`<cst-trend-line
          lang=${lang}
          .data=${{ kind: 'series', title: 'Tempi', x: { type: 'datetime' }, series: [{ id: 'a', label: 'A', points }] }}
        ></cst-trend-line>`,
      );
      await el.updateComplete;
      expect(el.status).to.equal('ready');
      expect(built).to.deep.equal([]);
      const ticks = [...el.shadowRoot!.querySelectorAll('svg text')].map((text) => text.textContent ?? '');
      expect(ticks.join(' ')).to.match(
        minutes === 1 ? /\b0\d:\d\d\b/ : lang === 'it' ? /\bapr 2026\b/ : /\bApr 2026\b/,
      );
    });
  }
});
