import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { empty, error, loading, ready, stale } from './expected.js';
import '../packages/widgets/src/cst-deployment-matrix.js';
import { nationalMatrix } from '../packages/widgets/src/deployment-matrix/national-matrix.js';
import focus from '../packages/schema/fixtures/focus-2016.json';

const national = nationalMatrix();

const meta: Meta = {
  title: 'Elements/Deployment matrix',
  component: 'cst-deployment-matrix',
  parameters: {
    layout: 'padded',
    ...ready('Dispiegamento CST al 31/12/2016', 'Bagno a Ripoli', '✓ online', '25 su 28'),
  },
  render: (args) =>
    html`<cst-deployment-matrix
      .data=${args.data}
      dataset=${args.dataset}
      filter=${args.filter ?? ''}
      .sort=${args.sort}
    ></cst-deployment-matrix>`,
  args: { data: focus, dataset: 'deployment' },
};
export default meta;
type Story = StoryObj;

/** The seed's "Dispiegamento CST al 31/12/2016": 28 entities × 8 services. */
export const Seed: Story = {};

/** National scale: 7.900 comuni × 12 services, only the rows in view are in the page. */
export const National: Story = {
  parameters: ready('Adozione dei servizi nei comuni italiani', 'Comune 1', '7900 enti su 7900'),
  args: { data: national, dataset: undefined },
};

/** Filtered to the entities with at least one service in progress. */
export const FilteredInProgress: Story = {
  parameters: ready('Dispiegamento CST al 31/12/2016', 'wip'),
  args: { filter: 'meaning:in-progress' },
};

/** Sorted by completion, most services done first (the "Completati" header's button, pressed twice). */
export const SortedByCompletion: Story = {
  parameters: ready('Pontassieve', '7 su 8'),
  args: { sort: { column: 'completion', direction: 'descending' } },
};

/** Live: a cell changes a moment after the first render; it is marked and announced. */
export const LiveChange: Story = {
  parameters: ready('Londa', '✓ su store'),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('cst-deployment-matrix')!;
    await el.updateComplete;
    const next = structuredClone(focus);
    next.datasets.deployment.cells[8]![4] = 'su-store';
    el.data = next;
  },
};

/** Empty: a matrix with no rows. */
export const Empty: Story = {
  parameters: empty(),
  args: {
    data: { kind: 'matrix', title: 'Nessun ente', rows: [], columns: [], statuses: [], cells: [] },
    dataset: undefined,
  },
};

/** Loading: no data yet; the element keeps its space. */
export const Loading: Story = {
  parameters: loading(),
  render: () => html`<cst-deployment-matrix></cst-deployment-matrix>`,
};

/** Error: the file does not exist. */
export const LoadError: Story = {
  parameters: error('(404)'),
  render: () =>
    html`<cst-deployment-matrix src="/__missing__.json" dataset="deployment"></cst-deployment-matrix>`,
};

/** Rows that are schools: the dataset's rowNoun names them in the heading, the search and the count. */
export const Schools: Story = {
  parameters: ready('Scuola', 'Cerca scuole', '3 scuole su 3', 'Istituto comprensivo Datini'),
  args: {
    data: {
      kind: 'matrix',
      title: 'Servizi digitali nelle scuole',
      rowNoun: { it: { one: 'scuola', other: 'scuole' }, en: { one: 'school', other: 'schools' } },
      rows: [
        { id: 'dante', label: 'Scuola primaria Dante Alighieri' },
        { id: 'datini', label: 'Istituto comprensivo Datini' },
        { id: 'buricchi', label: 'Scuola secondaria Buricchi' },
      ],
      columns: [
        { id: 'registro', label: 'Registro elettronico' },
        { id: 'pagamenti', label: 'Pagamenti pagoPA' },
      ],
      statuses: [
        { id: 'attivo', label: '✓ attivo', meaning: 'done' },
        { id: 'in-corso', label: 'in attivazione', meaning: 'in-progress' },
      ],
      cells: [
        ['attivo', 'in-corso'],
        ['attivo', 'attivo'],
        ['in-corso', null],
      ],
    },
    dataset: undefined,
  },
};

/** Offices, named by the row-noun attribute (in the page's language) over the built-in "Ente". */
export const OfficesByAttribute: Story = {
  parameters: ready('Ufficio', 'Cerca uffici', '28 uffici su 28'),
  render: (args) =>
    html`<cst-deployment-matrix
      .data=${args.data}
      dataset="deployment"
      row-noun="ufficio, uffici"
    ></cst-deployment-matrix>`,
};

/** Error: cells name a status that is not in the vocabulary. */
export const InvalidData: Story = {
  parameters: error('Il documento dei dati non è valido. In $.cells[0][0]: stato sconosciuto "boh"'),
  args: {
    data: {
      kind: 'matrix',
      title: 'Dati non validi',
      rows: [{ id: 'a', label: 'A' }],
      columns: [{ id: 'x', label: 'X' }],
      statuses: [],
      cells: [['boh']],
    },
    dataset: undefined,
  },
};

/** Stale: good data shown, then an update that failed. */
export const Stale: Story = {
  parameters: stale('Bagno a Ripoli', '25 su 28', 'non aggiornati'),
  render: () =>
    html`<cst-deployment-matrix>
      <script type="application/json">
        ${JSON.stringify(focus.datasets.deployment)}
      </script>
    </cst-deployment-matrix>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('cst-deployment-matrix')!;
    await el.updateComplete;
    el.querySelector('script')!.textContent = '{ "kind": "matrix", ';
  },
};

/** English words and number formatting. */
export const English: Story = {
  parameters: ready('Bagno a Ripoli', '25 of 28'),
  render: (args) =>
    html`<div lang="en">
      <cst-deployment-matrix .data=${args.data} dataset="deployment"></cst-deployment-matrix>
    </div>`,
};

/** Dark theme, explicitly. */
export const Dark: Story = {
  parameters: ready('Bagno a Ripoli', '25 su 28'),
  render: (args) =>
    html`<div style="background: #16181b; padding: 1rem">
      <cst-deployment-matrix theme="dark" .data=${args.data} dataset="deployment"></cst-deployment-matrix>
    </div>`,
};

/** Narrow: a 320 px wide column, as on a phone; the grid scrolls sideways with the entity column pinned. */
export const Narrow: Story = {
  parameters: ready('Bagno a Ripoli', '✓ online'),
  render: (args) =>
    html`<div style="width: 320px">
      <cst-deployment-matrix .data=${args.data} dataset="deployment"></cst-deployment-matrix>
    </div>`,
};

/** Forced colours (Windows high contrast): shapes and text carry the status, not colour. */
export const ForcedColors: Story = {
  parameters: { ...ready('Bagno a Ripoli', '✓ online'), chromatic: { forcedColors: 'active' } },
  render: (args) =>
    html`<cst-deployment-matrix .data=${args.data} dataset="deployment"></cst-deployment-matrix>`,
};

/** Themed through custom properties, a colour per meaning. */
export const Themed: Story = {
  parameters: ready('Bagno a Ripoli', '✓ online'),
  render: (args) =>
    html`<cst-deployment-matrix
      style="--cst-deployment-matrix-done-color: #1b5e20; --cst-deployment-matrix-in-progress-color: #6a1b9a; --cst-deployment-matrix-max-height: 20rem"
      .data=${args.data}
      dataset="deployment"
    ></cst-deployment-matrix>`,
};
