import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { error, loading, ready, stale } from './expected.js';
import '../packages/widgets/src/cst-kpi-tile.js';
import '../packages/widgets/src/cst-report.js';
import focus from '../packages/schema/fixtures/focus-2016.json';

const FIXTURE = './fixtures/focus-2016.json';

const meta: Meta = {
  title: 'Elements/KPI tile',
  component: 'cst-kpi-tile',
  parameters: { layout: 'padded', ...ready('Utenti attivi del Centro Servizi', '55.211') },
  render: (args) =>
    html`<cst-kpi-tile style="max-width: 22rem" .data=${args.data} dataset=${args.dataset}></cst-kpi-tile>`,
  args: { data: focus, dataset: 'active-credentials' },
};
export default meta;
type Story = StoryObj;

/** The headline figure with its sparkline, from the Focus 2016 document. */
export const ActiveCredentials: Story = {};

/** Change against the previous year, judged by which way is better. */
export const ActiveServices: Story = {
  parameters: ready('Servizi attivi al cittadino', '356', '+2'),
  args: { dataset: 'active-services' },
};

/** A qualifier ("oltre") and compact currency. */
export const PaymentsSince2009: Story = {
  parameters: ready('Pagamenti on line dal 2009', 'oltre', '64 Mln €'),
  args: { dataset: 'payments-since-2009' },
};

/** Every headline figure of the report, inside one cst-report that loads the document once. */
export const HeadlineFigures: Story = {
  parameters: ready('55.211', '7.125', '356', '100%', 'Pagamenti on line dal 2009'),
  render: () =>
    html`<cst-report src=${FIXTURE}>
      <div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr))">
        ${[
          'active-credentials',
          'cns-credentials',
          'active-services',
          'hardware-uptime',
          'usage-growth',
          'off-hours-access',
          'accesses-since-2012',
          'payments-since-2009',
        ].map((id) => html`<cst-kpi-tile dataset=${id}></cst-kpi-tile>`)}
      </div>
    </cst-report>`,
};

/** From an inline JSON script, as a CMS editor would paste it. */
export const InlineJson: Story = {
  parameters: ready('Uptime infrastruttura HW', '100%'),
  render: () =>
    html`<cst-kpi-tile style="max-width: 22rem">
      <script type="application/json">
        { "kind": "kpi", "title": "Uptime infrastruttura HW", "value": 100, "format": { "style": "percent" } }
      </script>
    </cst-kpi-tile>`,
};

/** Loading: no data yet; the tile keeps its space. */
export const Loading: Story = {
  parameters: loading(),
  render: () => html`<cst-kpi-tile style="max-width: 22rem"></cst-kpi-tile>`,
};

/** Error: the file does not exist. */
export const LoadError: Story = {
  parameters: error('(404)'),
  render: () => html`<cst-kpi-tile style="max-width: 22rem" src="./__missing__.json"></cst-kpi-tile>`,
};

/** The sparkline of another series of the trend: `trend-series="cns"` draws the CNS credentials. */
export const TrendSeries: Story = {
  parameters: ready('Utenti registrati con CNS', '7.125'),
  render: () => {
    const cns = { ...focus.datasets['cns-credentials'], trend: 'credentials-by-year' };
    const data = { ...focus, datasets: { ...focus.datasets, 'cns-credentials': cns } };
    return html`<cst-kpi-tile
      style="max-width: 22rem"
      .data=${data}
      dataset="cns-credentials"
      trend-series="cns"
    ></cst-kpi-tile>`;
  },
};

/** Error: a field typed wrong, told where and with the field meant. */
export const MistypedField: Story = {
  parameters: error('In $.valeu: campo sconosciuto "valeu"; forse intendevi "value"?'),
  render: () =>
    html`<cst-kpi-tile
      style="max-width: 22rem"
      .data=${{ kind: 'kpi', title: 'Servizi attivi', valeu: 356 }}
    ></cst-kpi-tile>`,
};

/** Error: a number written the Italian way, as text, with what to write instead. */
export const ItalianNumber: Story = {
  parameters: error('deve essere un numero, non il testo "98,5"; scrivi 98.5, non "98,5"'),
  render: () =>
    html`<cst-kpi-tile
      style="max-width: 22rem"
      .data=${{ kind: 'kpi', title: 'Uptime', value: '98,5' }}
    ></cst-kpi-tile>`,
};

/** Error: inline JSON with a decimal comma, told by line and column. */
export const InvalidJson: Story = {
  parameters: error('alla riga 2', 'in JSON i decimali si scrivono con il punto: 98.5, non 98,5'),
  render: () =>
    html`<cst-kpi-tile style="max-width: 22rem"
      ><script type="application/json">
        { "kind": "kpi", "title": "Uptime", "value": 98,5 }
      </script></cst-kpi-tile
    >`,
};

/** Error, on an English page: the same hint in English. */
export const EnglishError: Story = {
  parameters: {
    expected: { state: 'error', shows: ['Data unavailable', 'did you mean "value"?'] },
  },
  render: () =>
    html`<div lang="en-GB">
      <cst-kpi-tile
        style="max-width: 22rem"
        .data=${{ kind: 'kpi', title: 'Active services', valeu: 356 }}
      ></cst-kpi-tile>
    </div>`,
};

/** Error: the dataset is not a KPI. */
export const WrongKind: Story = { parameters: error('«sla» è di tipo «sla»'), args: { dataset: 'sla' } };

/** Stale: good data shown, then an update that failed. */
export const Stale: Story = {
  parameters: stale('Servizi attivi', '356', 'non aggiornati'),
  render: () =>
    html`<cst-kpi-tile style="max-width: 22rem">
      <script type="application/json">
        { "kind": "kpi", "title": "Servizi attivi", "value": 356, "previous": 354, "better": "up" }
      </script>
    </cst-kpi-tile>`,
  play: async ({ canvasElement }) => {
    const tile = canvasElement.querySelector('cst-kpi-tile')!;
    await tile.updateComplete;
    tile.querySelector('script')!.textContent = '{ "kind": "kpi", ';
  },
};

/** English words and number formatting. */
export const English: Story = {
  parameters: ready('Servizi attivi al cittadino', '356', 'compared with'),
  render: (args) =>
    html`<div lang="en-GB">
      <cst-kpi-tile style="max-width: 22rem" .data=${args.data} dataset="active-services"></cst-kpi-tile>
    </div>`,
};

/** Dark theme, explicitly. */
export const Dark: Story = {
  parameters: ready('Utenti attivi del Centro Servizi', '55.211'),
  render: (args) =>
    html`<div style="background: #16181b; padding: 1rem">
      <cst-kpi-tile
        theme="dark"
        style="max-width: 22rem"
        .data=${args.data}
        dataset="active-credentials"
      ></cst-kpi-tile>
    </div>`,
};

/** Narrow: a 320 px wide column, as on a phone. */
export const Narrow: Story = {
  parameters: ready('Pagamenti on line dal 2009', '64 Mln €'),
  render: (args) =>
    html`<div style="width: 320px">
      <cst-kpi-tile .data=${args.data} dataset="payments-since-2009"></cst-kpi-tile>
    </div>`,
};

/** Themed through custom properties, as a portal would. */
export const Themed: Story = {
  parameters: ready('Servizi attivi al cittadino', '356'),
  render: (args) =>
    html`<cst-kpi-tile
      style="max-width: 22rem; --cst-kpi-tile-accent: #5c2d91; --cst-kpi-tile-value-size: 3rem; --cst-radius: 12px"
      .data=${args.data}
      dataset="active-services"
    ></cst-kpi-tile>`,
};
