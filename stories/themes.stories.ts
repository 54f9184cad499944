import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ready } from './expected.js';
import '../packages/widgets/src/cst-kpi-tile.js';
import '../packages/widgets/src/cst-sla-table.js';
import '../packages/widgets/src/cst-trend-line.js';
import '../packages/widgets/src/cst-share.js';
import '../packages/widgets/src/cst-data-table.js';
import focus from '../packages/schema/fixtures/focus-2016.json';
import theming from './docs/theming.mdx?raw';
import bootstrapDark from '../tests/pages/contrast/bootstrap-dark.css?raw';
import { sla } from '../tests/pages/contrast/datasets.json';

/** The first css block under a heading of the theming docs: the stories show the recipes as written there. */
function docsCss(heading: string): string {
  const at = theming.search(new RegExp(`^#+ ${heading}`, 'm'));
  const block = /```css\n([\s\S]*?)```/.exec(theming.slice(at));
  if (at < 0 || !block) throw new Error(`no css block under "${heading}" in theming.mdx`);
  return block[1]!;
}

const STYLESHEETS = {
  none: undefined,
  'bootstrap-italia': './vendor/bootstrap-italia/css/bootstrap-italia.min.css',
  'design-tokens-italia': './vendor/design-tokens-italia/variables.css',
};
type Tokens = keyof typeof STYLESHEETS;

interface Args {
  tokens: Tokens;
  theme?: 'dark';
}

/** A slice of the report: a tile, an SLA table with every status, a line, a share bar, a table. */
const elements = (theme?: 'dark') =>
  html`<div style="display: grid; gap: 1rem; max-width: 56rem">
    <cst-kpi-tile theme=${theme ?? nothing} .data=${focus} dataset="active-credentials"></cst-kpi-tile>
    <cst-sla-table theme=${theme ?? nothing} .data=${sla}></cst-sla-table>
    <cst-trend-line theme=${theme ?? nothing} .data=${focus} dataset="credentials-by-year"></cst-trend-line>
    <cst-share theme=${theme ?? nothing} variant="bar" .data=${focus} dataset="device-share"></cst-share>
    <cst-data-table theme=${theme ?? nothing} .data=${focus} dataset="tickets"></cst-data-table>
  </div>`;

const stylesheet = (tokens: Tokens) =>
  STYLESHEETS[tokens] ? html`<link rel="stylesheet" href=${STYLESHEETS[tokens]!} />` : nothing;

/**
 * Each combination the contrast test checks (tests/pages/contrast.test.mjs), as a page would hold it:
 * a token source (none, Bootstrap Italia's CSS, design-tokens-italia's variables) and a scheme.
 * The real stylesheets are served under ./vendor/; they style the whole story page, as they would a portal.
 */
const meta: Meta<Args> = {
  title: 'Themes/Token sources and schemes',
  tags: ['!autodocs'],
  parameters: {
    layout: 'padded',
    ...ready('Utenti attivi del Centro Servizi', '55.211', 'non rispettato', 'a rischio', '70,2%', '4.788'),
  },
  render: ({ tokens, theme }) => html`${stylesheet(tokens)}${elements(theme)}`,
  args: { tokens: 'none' },
};
export default meta;
type Story = StoryObj<Args>;

/** Light, no page tokens: the elements' own palette. */
export const LightOwnPalette: Story = {};

/** Light, on a Bootstrap Italia page: text, links and statuses follow its --bs-* tokens. */
export const LightBootstrapItalia: Story = { args: { tokens: 'bootstrap-italia' } };

/** Light, with design-tokens-italia's --it-* variables: text, links, statuses and borders follow them. */
export const LightDesignTokensItalia: Story = { args: { tokens: 'design-tokens-italia' } };

/** theme="dark" on a Bootstrap Italia page: its light --bs-* tokens stay out; the elements paint their own surface. */
export const DarkOnBootstrapItalia: Story = { args: { tokens: 'bootstrap-italia', theme: 'dark' } };

/** theme="dark" with design-tokens-italia: the same, its light --it-* tokens stay out. */
export const DarkWithDesignTokensItalia: Story = { args: { tokens: 'design-tokens-italia', theme: 'dark' } };

/** The theming docs' dark recipe ("Ricetta scura"), a dark band in a Bootstrap Italia page. */
export const DarkRecipeOnBootstrapItalia: Story = {
  args: { tokens: 'bootstrap-italia' },
  render: ({ tokens }) => {
    const css = docsCss('Ricetta scura');
    const band = /^\.([a-z-]+)\s*\{/m.exec(css)![1];
    return html`${stylesheet(tokens)}
      <style .textContent=${css}></style>
      <section class=${band!} style="padding: 1rem">${elements()}</section>`;
  },
};

/** A page region in Bootstrap 5.3's dark mode, its dark tokens handed over as the docs say ("Token scuri della pagina"). */
export const PageDarkTokens: Story = {
  render: () =>
    html`<style .textContent=${`${bootstrapDark}\n${docsCss('Token scuri della pagina')}`}></style>
      <section data-bs-theme="dark" style="padding: 1rem">${elements()}</section>`,
};
