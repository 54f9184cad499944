import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { empty, error, loading, ready, stale } from './expected.js';
import type { SeriesDataset } from '../packages/schema/src/index.js';
import '../packages/widgets/src/cst-trend-line.js';
import focus from '../packages/schema/fixtures/focus-2016.json';

/** Daily uptime for 2016 with the 99% SLA target, and a second service (deterministic). */
function uptime(): SeriesDataset {
  const day = (i: number) => new Date(Date.UTC(2016, 0, 1 + i)).toISOString().slice(0, 10);
  const wobble = (i: number, k: number) =>
    99.6 + 0.35 * Math.sin(i / (7 + k)) - (i % (53 + k) === 0 ? 1.1 : 0);
  return {
    kind: 'series',
    title: 'Disponibilità giornaliera 2016',
    x: { type: 'date', label: 'Giorno' },
    y: { label: 'Uptime', format: { style: 'percent', maximumFractionDigits: 2 } },
    series: [
      {
        id: 'hw',
        label: 'Infrastruttura HW',
        points: Array.from({ length: 366 }, (_, i) => [day(i), wobble(i, 0)]),
      },
      { id: 'cloud', label: 'Cloud', points: Array.from({ length: 366 }, (_, i) => [day(i), wobble(i, 4)]) },
    ],
    thresholds: [{ value: 99, label: 'Obiettivo SLA' }],
  };
}

/** 100.000 readings a minute apart (about ten weeks), deterministic. */
function large(): SeriesDataset {
  const start = Date.UTC(2016, 0, 1);
  const points: [string, number][] = Array.from({ length: 100_000 }, (_, i) => [
    new Date(start + i * 60_000).toISOString().replace('.000Z', 'Z'),
    Math.round((40 + 25 * Math.sin(i / 1440) + 10 * Math.sin(i / 97) + (i % 9973 === 0 ? 30 : 0)) * 10) / 10,
  ]);
  return {
    kind: 'series',
    title: 'Carico CPU al minuto',
    x: { type: 'datetime' },
    y: { format: { style: 'percent' } },
    series: [{ id: 'cpu', label: 'CPU', points }],
  };
}

const meta: Meta = {
  title: 'Elements/Trend line',
  component: 'cst-trend-line',
  parameters: {
    layout: 'padded',
    ...ready('Credenziali di accesso', 'Credenziali attive', 'di cui CNS', '2016'),
  },
  render: (args) =>
    html`<cst-trend-line
      .data=${args.data}
      dataset=${args.dataset}
      view=${args.view ?? 'period'}
    ></cst-trend-line>`,
  args: { data: focus, dataset: 'credentials-by-year' },
};
export default meta;
type Story = StoryObj;

/** The seed's credentials released each year, active and "di cui CNS". */
export const SeedAnnual: Story = {};

/** The same data as running sums: ends at 55.211 and 7.125. */
export const SeedCumulative: Story = {
  parameters: ready('Credenziali di accesso', '50.000'),
  args: { view: 'cumulative' },
};

/** Two series with the 99% SLA target line and area fill. */
export const MultiSeriesWithTarget: Story = {
  parameters: ready('Disponibilità giornaliera 2016', 'Infrastruttura HW', 'Obiettivo SLA'),
  render: () => html`<cst-trend-line area .data=${uptime()}></cst-trend-line>`,
};

/** Labelled moments on the x axis, with point markers. */
export const Annotations: Story = {
  parameters: ready('Prime CNS', 'Convenzione Ordini'),
  render: (args) => {
    const base = (args.data as typeof focus).datasets['credentials-by-year'] as SeriesDataset;
    const data: SeriesDataset = {
      ...base,
      annotations: [
        { x: 2010, label: 'Prime CNS' },
        { x: 2015, label: 'Convenzione Ordini' },
      ],
    };
    return html`<cst-trend-line markers view="cumulative" .data=${data}></cst-trend-line>`;
  },
};

/** 100.000 points, drawn min/max per pixel column; table and CSV keep them all. */
export const LargeSeries: Story = {
  parameters: ready('Carico CPU al minuto', 'CPU'),
  render: () => html`<cst-trend-line .data=${large()}></cst-trend-line>`,
};

/** Empty: a series dataset with no points. */
export const Empty: Story = {
  parameters: empty(),
  render: () =>
    html`<cst-trend-line
      .data=${{ kind: 'series', title: 'Nessun dato', x: { type: 'year' }, series: [] }}
    ></cst-trend-line>`,
};

/** Error: the file does not exist. */
export const LoadError: Story = {
  parameters: error('(404)'),
  render: () => html`<cst-trend-line src="/__missing__.json"></cst-trend-line>`,
};

/** Error: the inline data breaks the schema (a year written as text). */
export const InvalidData: Story = {
  parameters: error('non è valido'),
  render: () =>
    html`<cst-trend-line
      .data=${{ kind: 'series', title: 'Rotto', x: { type: 'year' }, series: [{ id: 'a', label: 'A', points: [['duemila', 1]] }] }}
    ></cst-trend-line>`,
};

/** Loading: no data yet; the chart keeps its space. */
export const Loading: Story = {
  parameters: loading(),
  render: () => html`<cst-trend-line></cst-trend-line>`,
};

/** Stale: good data shown, then an update that failed. */
export const Stale: Story = {
  parameters: stale('non aggiornati'),
  render: () =>
    html`<cst-trend-line>
      <script type="application/json">
        {
          "kind": "series",
          "title": "Ticket aperti",
          "x": { "type": "year" },
          "series": [
            {
              "id": "t",
              "label": "Ticket",
              "points": [
                [2014, 12],
                [2015, 9],
                [2016, 5]
              ]
            }
          ]
        }
      </script>
    </cst-trend-line>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('cst-trend-line')!;
    await el.updateComplete;
    el.querySelector('script')!.textContent = '{ "kind": "series", ';
  },
};

/** English words, numbers and dates. */
export const English: Story = {
  parameters: ready('Credenziali attive', 'Show data', '50,000'),
  render: (args) =>
    html`<div lang="en">
      <cst-trend-line .data=${args.data} dataset="credentials-by-year" view="cumulative"></cst-trend-line>
    </div>`,
};

/** Dark theme, explicitly. */
export const Dark: Story = {
  parameters: ready('Disponibilità giornaliera 2016', 'Infrastruttura HW', 'Obiettivo SLA'),
  render: () =>
    html`<div style="background: #16181b; padding: 1rem">
      <cst-trend-line theme="dark" .data=${uptime()}></cst-trend-line>
    </div>`,
};

/** Narrow: a 320 px wide column, as on a phone. */
export const Narrow: Story = {
  parameters: ready('Credenziali attive', '2016'),
  render: (args) =>
    html`<div style="width: 320px">
      <cst-trend-line .data=${args.data} dataset="credentials-by-year" view="cumulative"></cst-trend-line>
    </div>`,
};
