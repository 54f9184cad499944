/**
 * The colours of the theme and where each comes from (core/theme.ts turns them into CSS; the theming
 * docs print them). Pure data: the contrast of every pair is checked by tests/pages/contrast.test.mjs.
 */
/** One colour of the theme: its public property, the page's tokens it falls back to, and its own values. */
export interface ColourToken {
  /** The private name the components read. */
  readonly name: string;
  /** The public property an author sets; it wins in every scheme. */
  readonly property: string;
  /** The page's light tokens, most specific first: design-tokens-italia, Bootstrap Italia, Bootstrap. */
  readonly page: readonly string[];
  /** Own value in the light scheme, when the page has none of those tokens. */
  readonly light: string;
  /** Own value in the dark scheme. */
  readonly dark: string;
}

const token = (
  name: string,
  property: string,
  page: readonly string[],
  light: string,
  dark: string,
): ColourToken => ({ name, property, page, light, dark });

/**
 * The colours, in the order of their sources. The page's tokens are read only in the light scheme:
 * design-tokens-italia and Bootstrap Italia publish light values alone, under names a dark value would
 * share, so in the dark scheme a page token could only be a light one leaking in. A page with dark
 * tokens hands them over through the public properties in its dark scope (see the theming docs).
 * Every pair (and every page token read here) keeps text at 4.5:1 and marks at 3:1 on the surfaces;
 * tests/pages/contrast.test.mjs checks each combination.
 */
export const COLOUR_TOKENS: readonly ColourToken[] = [
  token(
    'text',
    '--cst-color-text',
    ['--it-color-text-base', '--bsi-color-text', '--bs-body-color'],
    '#1a1a1a',
    '#f2f2f2',
  ),
  token(
    'muted',
    '--cst-color-text-muted',
    ['--it-color-text-muted', '--bsi-color-text-secondary', '--bs-secondary-color'],
    '#5c6670',
    '#b8c0c8',
  ),
  token('surface', '--cst-color-surface', ['--bsi-color-background', '--bs-body-bg'], '#ffffff', '#16181b'),
  token(
    'surface-alt',
    '--cst-color-surface-alt',
    ['--it-color-background-muted', '--bs-tertiary-bg'],
    '#f2f4f6',
    '#22262b',
  ),
  token(
    'border',
    '--cst-color-border',
    ['--it-color-border-subtle', '--bsi-color-border', '--bs-border-color'],
    '#8a949e',
    '#6b757e',
  ),
  token(
    'control-border',
    '--cst-color-control-border',
    ['--it-color-border-secondary'],
    '#6b757e',
    '#9aa4ae',
  ),
  token(
    'primary',
    '--cst-color-primary',
    ['--it-color-link-base', '--bsi-color-primary', '--bs-link-color'],
    '#0066cc',
    '#66a3e0',
  ),
  token(
    'focus',
    '--cst-color-focus',
    ['--it-color-outline-focus', '--bsi-color-focus'],
    '#c06000',
    '#ffb366',
  ),
  token(
    'status-met',
    '--cst-color-status-met',
    ['--it-color-text-success', '--bsi-color-success', '--bs-success'],
    '#00794a',
    '#5fd39b',
  ),
  token(
    'status-at-risk',
    '--cst-color-status-at-risk',
    ['--it-color-text-warning', '--bsi-color-warning'],
    '#8a5a00',
    '#f2c05c',
  ),
  token(
    'status-breached',
    '--cst-color-status-breached',
    ['--it-color-text-danger', '--bsi-color-danger', '--bs-danger'],
    '#b3001b',
    '#ff8a99',
  ),
  token('status-none', '--cst-color-status-none', [], '#5c6670', '#b8c0c8'),
  token('series-1', '--cst-color-series-1', [], '#0066cc', '#66a3e0'),
  token('series-2', '--cst-color-series-2', [], '#c05600', '#ffa060'),
  token('series-3', '--cst-color-series-3', [], '#00794a', '#5fd39b'),
  token('series-4', '--cst-color-series-4', [], '#7a3ea8', '#c9a0ef'),
];

/** `var(--cst-x, light-dark(var(--it-…, var(--bsi-…, var(--bs-…, light))), dark))` */
export function colourValue({ property, page, light, dark }: ColourToken): string {
  const lightChain = page.reduceRight((fallback, name) => `var(${name}, ${fallback})`, light);
  return `var(${property}, light-dark(${lightChain}, ${dark}))`;
}
