import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { each, error, ready } from './expected.js';
import '../packages/widgets/src/cst-report.js';
import '../packages/widgets/src/cst-kpi-tile.js';
import '../packages/widgets/src/cst-sla-table.js';
import '../packages/widgets/src/cst-share.js';
import focus from '../packages/schema/fixtures/focus-2016.json';

const FIXTURE = './fixtures/focus-2016.json';

/** The Focus document with one dataset broken as an editor might break it: a field name misspelt. */
const { value, ...misspelt } = focus.datasets['active-services'];
const oneBroken = {
  ...focus,
  datasets: { ...focus.datasets, 'active-services': { ...misspelt, valeu: value } },
};

/**
 * `<cst-report>` draws nothing of its own: it loads one document (`src`, or the `data` property) and
 * gives it to every element inside it that names a `dataset` and has no data of its own. Its content
 * stays the page's: headings, paragraphs and layout around the elements are laid out before the
 * script arrives. One request and one check per dataset, however many elements.
 */
const meta: Meta = {
  title: 'Elements/Report',
  component: 'cst-report',
  parameters: {
    layout: 'padded',
    ...ready(
      'Utenti attivi del Centro Servizi',
      '55.211',
      'Servizi attivi al cittadino',
      '356',
      '11 SLA su 11',
    ),
  },
  render: (args) =>
    html`<cst-report src=${ifDefined(args.src)} .data=${args.data}>
      <h2>Il Centro Servizi nel 2016</h2>
      <div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr))">
        <cst-kpi-tile dataset="active-credentials"></cst-kpi-tile>
        <cst-kpi-tile dataset="active-services"></cst-kpi-tile>
      </div>
      <cst-sla-table dataset="sla"></cst-sla-table>
    </cst-report>`,
  args: { src: FIXTURE },
};
export default meta;
type Story = StoryObj;

/** One document loaded once, for two tiles and a table, with the page's own heading between them. */
export const OneDocumentForMany: Story = {};

/** The document given as a property (a framework's state), instead of `src`. */
export const FromData: Story = {
  parameters: ready('Trend quota mobile', '29,8%', 'Servizi attivi al cittadino', '356'),
  render: () =>
    html`<cst-report .data=${focus}>
      <cst-share dataset="device-share"></cst-share>
      <cst-kpi-tile style="max-width: 22rem" dataset="active-services"></cst-kpi-tile>
    </cst-report>`,
};

/** The document cannot be loaded: every element inside says so, in the page's language. */
export const LoadError: Story = {
  parameters: error('Il server ha risposto con un errore (404).'),
  args: { src: './__missing__.json' },
};

/** A dataset id the document does not have: only that element says so, with the id it likely meant. */
export const MistypedDataset: Story = {
  parameters: error(
    'Il documento non contiene il dataset «active-service»: forse intendevi «active-services»?',
  ),
  render: () =>
    html`<cst-report src=${FIXTURE}>
      <cst-kpi-tile style="max-width: 22rem" dataset="active-service"></cst-kpi-tile>
    </cst-report>`,
};

/**
 * One dataset of the document is broken (a field name misspelt): its element says what is wrong and
 * where, in the page's language; the elements showing the other datasets show them.
 */
export const OneBrokenDataset: Story = {
  parameters: each(
    ['ready', 'error', 'ready'],
    '55.211',
    'Dati non disponibili',
    'In $.datasets["active-services"].valeu: campo sconosciuto "valeu"; forse intendevi "value"?',
    '11 SLA su 11',
  ),
  args: { src: undefined, data: oneBroken },
};
