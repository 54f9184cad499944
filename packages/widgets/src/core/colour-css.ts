import { unsafeCSS } from 'lit';
import { COLOUR_TOKENS, type ColourToken, colourValue } from './colour-tokens.js';

// Its own module: the build minifies no CSS in a file that calls unsafeCSS(), and theme.ts's stylesheet
// is in every element.
const declarations = (tokens: readonly ColourToken[], value: (t: ColourToken) => string) =>
  unsafeCSS(tokens.map((t) => `--_${t.name}: ${value(t)};`).join('\n'));

/** Every colour's private property: the author's `--cst-*`, else the page's light tokens, else its own. */
export const colourDeclarations = declarations(COLOUR_TOKENS, colourValue);

/** Paper is white and ink black: the neutral colours are the light palette's, whatever the scheme on screen. */
const PRINT_NEUTRALS = new Set(['text', 'muted', 'surface', 'surface-alt', 'border', 'control-border']);

/** The neutral colours on paper. */
export const printColourDeclarations = declarations(
  COLOUR_TOKENS.filter((t) => PRINT_NEUTRALS.has(t.name)),
  (t) => (t.name === 'text' ? '#000' : t.light),
);
