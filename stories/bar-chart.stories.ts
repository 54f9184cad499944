import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { empty, error, loading, ready, stale } from './expected.js';
import '../packages/widgets/src/cst-bar-chart.js';
import focus from '../packages/schema/fixtures/focus-2016.json';

const meta: Meta = {
  title: 'Elements/Bar chart',
  component: 'cst-bar-chart',
  parameters: {
    layout: 'padded',
    ...ready('Pagamenti: i 10 servizi più utilizzati nel trimestre', 'Firenze card', '12.872'),
  },
  render: (args) =>
    html`<cst-bar-chart
      .data=${args.data}
      dataset=${args.dataset}
      orientation=${args.orientation}
      sort=${args.sort}
      value-columns=${args.valueColumns}
    ></cst-bar-chart>`,
  args: {
    data: focus,
    dataset: 'top-payment-services',
    orientation: 'horizontal',
    sort: 'none',
    valueColumns: '',
  },
};
export default meta;
type Story = StoryObj;

/** The ten most used payment services, by operations. */
export const TopServicesByOperations: Story = {};

/** The same services by amount, largest first. */
export const TopServicesByAmount: Story = {
  parameters: ready('Servizio di pagamento multe in inglese', '4.100.543,4'),
  args: { valueColumns: 'amount', sort: 'desc' },
};

/** Usage by category, 2015 and 2016 side by side (the 2016 bars hatched). */
export const UsageByCategory: Story = {
  parameters: ready('Contact Center (Casi tracciati)', '307.363', '110.509'),
  args: { dataset: 'usage-by-category' },
};

/** A series with years as categories, standing up. */
export const CredentialsByYear: Story = {
  parameters: ready('2016', '13.584'),
  args: { dataset: 'credentials-by-year', orientation: 'vertical' },
};

/** The top five, sorted. */
export const TopFive: Story = {
  parameters: ready('Servizio di pagamento multe in inglese', '32.912'),
  render: (args) =>
    html`<cst-bar-chart
      .data=${args.data}
      dataset="top-payment-services"
      sort="desc"
      top="5"
    ></cst-bar-chart>`,
};

/** Loading: no data yet; the chart keeps its space. */
export const Loading: Story = { parameters: loading(), render: () => html`<cst-bar-chart></cst-bar-chart>` };

/** Empty: a table with no rows. */
export const Empty: Story = {
  parameters: empty(),
  args: {
    data: {
      kind: 'table',
      title: 'Nessuna riga',
      columns: [
        { id: 'a', label: 'A', type: 'text' },
        { id: 'n', label: 'N', type: 'count' },
      ],
      rows: [],
    },
  },
};

/** Error: the file does not exist. */
export const LoadError: Story = {
  parameters: error('(404)'),
  render: () => html`<cst-bar-chart src="/__missing__.json"></cst-bar-chart>`,
};

/** Error: the dataset is neither a table nor a series. */
export const WrongKind: Story = {
  parameters: error('«device-share» è di tipo «share»'),
  args: { dataset: 'device-share' },
};

/** Stale: good data shown, then an update that failed. */
export const Stale: Story = {
  parameters: stale('Firenze card', '12.872', 'non aggiornati'),
  render: () =>
    html`<cst-bar-chart>
      <script type="application/json">
        ${JSON.stringify(focus.datasets['top-payment-services'])}
      </script>
    </cst-bar-chart>`,
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('cst-bar-chart')!;
    await chart.updateComplete;
    chart.querySelector('script')!.textContent = '{ "kind": "table", ';
  },
};

/** English words and number formatting. */
export const English: Story = {
  parameters: ready('Contact Center (Casi tracciati)', '307,363', 'Show data'),
  render: (args) =>
    html`<div lang="en"><cst-bar-chart .data=${args.data} dataset="usage-by-category"></cst-bar-chart></div>`,
};

/** Dark theme, explicitly. */
export const Dark: Story = {
  parameters: ready('Contact Center (Casi tracciati)', '307.363'),
  render: (args) =>
    html`<div style="background: #16181b; padding: 1rem">
      <cst-bar-chart theme="dark" .data=${args.data} dataset="usage-by-category"></cst-bar-chart>
    </div>`,
};

/** Narrow: a 320 px wide column, as on a phone. */
export const Narrow: Story = {
  parameters: ready('Servizio di pagamento multe in inglese'),
  render: (args) =>
    html`<div style="width: 320px">
      <cst-bar-chart .data=${args.data} dataset="top-payment-services" value-columns="amount"></cst-bar-chart>
    </div>`,
};
