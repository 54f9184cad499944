import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { empty, error, loading, ready, stale } from './expected.js';
import type { SlaDataset, SlaItem } from '../packages/schema/src/index.js';
import '../packages/widgets/src/cst-sla-table.js';
import focus from '../packages/schema/fixtures/focus-2016.json';

function pct(code: string, label: string, target: number, measured: number | null): SlaItem {
  return {
    code,
    label,
    target: { direction: 'at-least', value: target, format: { style: 'percent', minimumFractionDigits: 2 } },
    measured: measured === null ? null : { value: measured },
  };
}

/** Some met, one breached, one at risk (0,5 points margin), one not measured. */
function mixed(): SlaDataset {
  return {
    kind: 'sla',
    title: 'SLA del primo semestre',
    asOf: '2017-06-30',
    atRiskMargin: 0.5,
    items: [
      pct('SLA.1', 'Disponibilità dei sistemi database', 99, 99.92),
      pct('SLA.2', 'Disponibilità del sistema Icms', 98.5, 97.8),
      pct('SLA.4', 'Disponibilità del portale dei servizi', 98.5, 98.7),
      {
        code: 'SLA.3',
        label: 'Tempo massimo di risposta interna',
        target: { direction: 'at-most', value: 7, format: { style: 'unit', unit: 'millisecond' } },
        measured: { value: 9 },
      },
      pct('SLA.5', 'Accessibilità complessiva del sistema', 98, null),
    ],
  };
}

const meta: Meta = {
  title: 'Elements/SLA table',
  component: 'cst-sla-table',
  parameters: { layout: 'padded', ...ready('SLA rilevati', '11 SLA su 11 rispettati', 'SLA.11', '99,92%') },
  render: (args) =>
    html`<cst-sla-table
      .data=${args.data}
      dataset=${args.dataset}
      filter=${args.filter ?? 'all'}
      columns=${args.columns ?? ''}
    ></cst-sla-table>`,
  args: { data: focus, dataset: 'sla' },
};
export default meta;
type Story = StoryObj;

/** The seed: SLA.1–SLA.11, all met. */
export const Seed: Story = {};

/** Every SLA met, a short list. */
export const AllMet: Story = {
  parameters: ready('1 SLA su 1 rispettato', '99,92%'),
  render: () =>
    html`<cst-sla-table
      .data=${{ ...mixed(), items: mixed().items.filter((item) => item.code === 'SLA.1') }}
    ></cst-sla-table>`,
};

/** Some breached, one at risk and one not measured: status by icon and word, marked rows. */
export const SomeBreachedAndAtRisk: Story = {
  parameters: ready('non rispettato', 'a rischio', 'non rilevato', '97,80%'),
  render: () => html`<cst-sla-table .data=${mixed()}></cst-sla-table>`,
};

/** filter="problems": only the rows that need attention. */
export const ProblemsOnly: Story = {
  parameters: ready('Mostrati 4 su 5', 'SLA.2'),
  render: () => html`<cst-sla-table filter="problems" .data=${mixed()}></cst-sla-table>`,
};

/** columns="code,status,deviation": a compact view. */
export const ChosenColumns: Story = {
  parameters: ready('SLA.2', 'non rispettato'),
  render: () => html`<cst-sla-table columns="code,status,deviation" .data=${mixed()}></cst-sla-table>`,
};

/** at-risk-margin="1" on the seed: uptimes within one point of their target are at risk. */
export const AtRiskMargin: Story = {
  parameters: ready('a rischio', 'SLA.1'),
  render: (args) => html`<cst-sla-table at-risk-margin="1" .data=${args.data} dataset="sla"></cst-sla-table>`,
};

/** A live update a moment after rendering: changed cells are marked, the status change announced. */
export const LiveUpdate: Story = {
  parameters: ready('99,10%'),
  render: () => html`<cst-sla-table .data=${mixed()}></cst-sla-table>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('cst-sla-table')!;
    await el.updateComplete;
    const next = mixed();
    next.items[1] = pct('SLA.2', 'Disponibilità del sistema Icms', 98.5, 99.1);
    el.data = next;
  },
};

/** Empty: an SLA dataset with no items. */
export const Empty: Story = {
  parameters: empty(),
  render: () =>
    html`<cst-sla-table .data=${{ kind: 'sla', title: 'Nessuno SLA', items: [] }}></cst-sla-table>`,
};

/** Error: the file does not exist. */
export const LoadError: Story = {
  parameters: error('(404)'),
  render: () => html`<cst-sla-table src="/__missing__.json" dataset="sla"></cst-sla-table>`,
};

/** Error: the inline data breaks the schema (a target with no direction). */
export const InvalidData: Story = {
  parameters: error('non è valido'),
  render: () =>
    html`<cst-sla-table
      .data=${{ kind: 'sla', title: 'Rotto', items: [{ code: 'X', label: 'X', target: { value: 1 } }] }}
    ></cst-sla-table>`,
};

/** Loading: no data yet; the table keeps its space. */
export const Loading: Story = { parameters: loading(), render: () => html`<cst-sla-table></cst-sla-table>` };

/** Stale: good data shown, then an update that failed. */
export const Stale: Story = {
  parameters: stale('SLA.1', '100%', 'non aggiornati'),
  render: () =>
    html`<cst-sla-table>
      <script type="application/json">
        {
          "kind": "sla",
          "title": "SLA rilevati",
          "items": [
            {
              "code": "SLA.1",
              "label": "Uptime dei database",
              "target": { "direction": "at-least", "value": 99, "format": { "style": "percent" } },
              "measured": { "value": 99.92 }
            }
          ]
        }
      </script>
    </cst-sla-table>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('cst-sla-table')!;
    await el.updateComplete;
    el.querySelector('script')!.textContent = '{ "kind": "sla", ';
  },
};

/** English words, numbers and dates: "+0.92 pp". */
export const English: Story = {
  parameters: ready('11 of 11 SLAs met', '+0.92'),
  render: (args) =>
    html`<div lang="en"><cst-sla-table .data=${args.data} dataset="sla"></cst-sla-table></div>`,
};

/** Dark theme, explicitly. */
export const Dark: Story = {
  parameters: ready('SLA.2', '97,80%'),
  render: () =>
    html`<div style="background: #16181b; padding: 1rem">
      <cst-sla-table theme="dark" .data=${mixed()}></cst-sla-table>
    </div>`,
};

/** For forced colours (emulate with DevTools, Rendering, forced-colors: active): icons and words carry status. */
export const ForcedColors: Story = {
  render: () => html`<cst-sla-table .data=${mixed()}></cst-sla-table>`,
  parameters: {
    ...ready('SLA.2', '97,80%'),
    docs: { description: { story: 'Emulate forced-colors: active to check.' } },
  },
};

/** Narrow: a 320 px wide column, as on a phone: each SLA is a card. */
export const Narrow: Story = {
  parameters: ready('SLA.11', '99,92%'),
  render: (args) =>
    html`<div style="width: 320px"><cst-sla-table .data=${args.data} dataset="sla"></cst-sla-table></div>`,
};

/**
 * Inside a Bootstrap Italia style page: the page's --bsi-* tokens reach the element, and the page's
 * table rules (here deliberately loud) neither reach into it nor get broken by it.
 */
export const InBootstrapItaliaPage: Story = {
  parameters: ready('SLA.11', '99,92%'),
  render: (args) =>
    html`<style>
        .bi-page {
          --bsi-color-primary: #0066cc;
          --bsi-color-text: #17324d;
          --bsi-radius: 0;
          font-family: 'Titillium Web', Geneva, Tahoma, sans-serif;
          color: #17324d;
        }
        .bi-page table th {
          background: #0066cc;
          color: #fff;
          text-transform: uppercase;
        }
      </style>
      <main class="bi-page">
        <div class="container">
          <h2>Qualità del servizio</h2>
          <table class="table">
            <caption>
              Tabella della pagina
            </caption>
            <thead>
              <tr>
                <th scope="col">Voce</th>
                <th scope="col">Valore</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>Ticket gestiti</td>
                <td>4.788</td>
              </tr>
            </tbody>
          </table>
          <cst-sla-table .data=${args.data} dataset="sla"></cst-sla-table>
        </div>
      </main>`,
};
