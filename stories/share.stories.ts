import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { empty, error, loading, ready, stale } from './expected.js';
import '../packages/widgets/src/cst-share.js';
import focus from '../packages/schema/fixtures/focus-2016.json';

const meta: Meta = {
  title: 'Elements/Share',
  component: 'cst-share',
  parameters: { layout: 'padded', ...ready('Trend quota mobile', 'Desktop', '70,2%', '29,8%') },
  render: (args) =>
    html`<cst-share .data=${args.data} dataset=${args.dataset} variant=${args.variant}></cst-share>`,
  args: { data: focus, dataset: 'device-share', variant: 'donut' },
};
export default meta;
type Story = StoryObj;

/** Desktop 70,2% and smartphone and tablet 29,8%, as a donut. */
export const Donut: Story = {};

/** The same share as a stacked bar. */
export const StackedBar: Story = { parameters: ready('Desktop', '70,2%', '29,8%'), args: { variant: 'bar' } };

/** Counts rather than percents: the shares are computed from the total. */
export const FromCounts: Story = {
  parameters: ready('Orari di sportello', '61%', '39%'),
  args: {
    data: {
      kind: 'share',
      title: 'Accessi per fascia oraria',
      format: { style: 'count' },
      parts: [
        { id: 'office', label: 'Orari di sportello', value: 61000 },
        { id: 'evening', label: 'Tra le 18:00 e le 08:00', value: 39000 },
      ],
    },
  },
};

/** Loading: no data yet; the chart keeps its space. */
export const Loading: Story = { parameters: loading(), render: () => html`<cst-share></cst-share>` };

/** Empty: no parts. */
export const Empty: Story = {
  parameters: empty(),
  args: { data: { kind: 'share', title: 'Nessuna parte', parts: [] } },
};

/** Error: the file does not exist. */
export const LoadError: Story = {
  parameters: error('(404)'),
  render: () => html`<cst-share src="/__missing__.json"></cst-share>`,
};

/** Error: the dataset is not a share. */
export const WrongKind: Story = {
  parameters: error('«tickets» è di tipo «table»'),
  args: { dataset: 'tickets' },
};

/** Stale: good data shown, then an update that failed. */
export const Stale: Story = {
  parameters: stale('Desktop', '70,2%', 'non aggiornati'),
  render: () =>
    html`<cst-share>
      <script type="application/json">
        ${JSON.stringify(focus.datasets['device-share'])}
      </script>
    </cst-share>`,
  play: async ({ canvasElement }) => {
    const share = canvasElement.querySelector('cst-share')!;
    await share.updateComplete;
    share.querySelector('script')!.textContent = '{ "kind": "share", ';
  },
};

/** English words and number formatting. */
export const English: Story = {
  parameters: ready('Desktop', '70.2%', 'Show data'),
  render: (args) =>
    html`<div lang="en"><cst-share .data=${args.data} dataset="device-share"></cst-share></div>`,
};

/** Dark theme, explicitly, both variants. */
export const Dark: Story = {
  parameters: ready('Desktop', '70,2%', '29,8%'),
  render: (args) =>
    html`<div style="background: #16181b; padding: 1rem">
      <cst-share theme="dark" .data=${args.data} dataset="device-share"></cst-share>
      <cst-share theme="dark" variant="bar" .data=${args.data} dataset="device-share"></cst-share>
    </div>`,
};

/** Narrow: a 320 px wide column, as on a phone. */
export const Narrow: Story = {
  parameters: ready('Desktop', '70,2%', '29,8%'),
  render: (args) =>
    html`<div style="width: 320px">
      <cst-share .data=${args.data} dataset="device-share"></cst-share>
      <cst-share variant="bar" .data=${args.data} dataset="device-share"></cst-share>
    </div>`,
};
