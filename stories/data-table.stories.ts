import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { empty, error, loading, ready, stale } from './expected.js';
import '../packages/widgets/src/cst-data-table.js';
import focus from '../packages/schema/fixtures/focus-2016.json';

const meta: Meta = {
  title: 'Elements/Data table',
  component: 'cst-data-table',
  parameters: {
    layout: 'padded',
    ...ready('Utilizzo per categoria di servizi: confronto 2016 / 2015', 'Totale SOL', '567.400', '+26,4%'),
  },
  render: (args) => html`<cst-data-table .data=${args.data} dataset=${args.dataset}></cst-data-table>`,
  args: { data: focus, dataset: 'usage-by-category' },
};
export default meta;
type Story = StoryObj;

/** Usage by category 2015/2016: the SOL sub-categories grouped under their label, with "Totale SOL". */
export const UsageByCategory: Story = {};

/** Tickets by state and level: "-" where the seed has no figure, totals line. */
export const Tickets: Story = { parameters: ready('Ticket gestiti', 'aperto'), args: { dataset: 'tickets' } };

/** Payments by entity: 2015 / 2016 / Variazione column groups, amounts in euro, "-" where the seed shows no change. */
export const PaymentsByEntity: Story = {
  parameters: ready('Comune di Bagno a Ripoli', '21.502,52 €'),
  args: { dataset: 'payments-by-entity' },
};

/** The ten most used payment services. */
export const TopPaymentServices: Story = {
  parameters: ready('Servizio di pagamento multe in inglese', '32.912'),
  args: { dataset: 'top-payment-services' },
};

/** The main changes in payments, as the report writes them: a text-only table in two groups. */
export const PaymentsChanges: Story = {
  parameters: ready('Pag. contravv. spontaneo (FI)', '+20.500'),
  args: { dataset: 'payments-changes' },
};

/** Sorted by 2016, descending: the SOL group stays together and ranks by its subtotal. */
export const Sorted: Story = {
  parameters: ready('Totale SOL', '567.400'),
  play: async ({ canvasElement }) => {
    const table = canvasElement.querySelector('cst-data-table')!;
    await table.updateComplete;
    table.sort = { column: 'y2016', direction: 'descending' };
  },
};

/** Loading: no data yet; the table keeps its space. */
export const Loading: Story = {
  parameters: loading(),
  render: () => html`<cst-data-table></cst-data-table>`,
};

/** Empty: a table with no rows. */
export const Empty: Story = {
  parameters: empty(),
  args: {
    data: {
      kind: 'table',
      title: 'Nessuna riga',
      columns: [{ id: 'a', label: 'A', type: 'text' }],
      rows: [],
    },
  },
};

/** Error: the file does not exist. */
export const LoadError: Story = {
  parameters: error('(404)'),
  render: () => html`<cst-data-table src="/__missing__.json"></cst-data-table>`,
};

/** Error: the dataset is not a table. */
export const WrongKind: Story = {
  parameters: error('«device-share» è di tipo «share»'),
  args: { dataset: 'device-share' },
};

/** Stale: good data shown, then an update that failed. */
export const Stale: Story = {
  parameters: stale('Ticket gestiti', 'aperto', 'non aggiornati'),
  render: () =>
    html`<cst-data-table>
      <script type="application/json">
        ${JSON.stringify(focus.datasets.tickets)}
      </script>
    </cst-data-table>`,
  play: async ({ canvasElement }) => {
    const table = canvasElement.querySelector('cst-data-table')!;
    await table.updateComplete;
    table.querySelector('script')!.textContent = '{ "kind": "table", ';
  },
};

/** English words and number formatting. */
export const English: Story = {
  parameters: ready('Comune di Bagno a Ripoli', '€21,502.52', 'Download the data (CSV)'),
  render: (args) =>
    html`<div lang="en">
      <cst-data-table .data=${args.data} dataset="payments-by-entity"></cst-data-table>
    </div>`,
};

/** Dark theme, explicitly. */
export const Dark: Story = {
  parameters: ready('Totale SOL', '567.400'),
  render: (args) =>
    html`<div style="background: #16181b; padding: 1rem">
      <cst-data-table theme="dark" .data=${args.data} dataset="usage-by-category"></cst-data-table>
    </div>`,
};

/** Narrow: in a 320 px container the rows stack, each value beside its column name. */
export const Narrow: Story = {
  parameters: ready('Comune di Bagno a Ripoli', '21.502,52 €'),
  render: (args) =>
    html`<div style="width: 320px">
      <cst-data-table .data=${args.data} dataset="payments-by-entity"></cst-data-table>
    </div>`,
};
