// The global tokens (`--cst-color-text`, `--cst-space`, …) are set once, on every element's
// :host, in the shared theme (src/core/theme.ts): the colours from their table
// (src/core/colour-tokens.ts, read here as built into dist/ before the analyzer runs), the others
// written out, `--_space: var(--cst-space, <fallback>)`. This plugin reads them from there, so the
// manifest cannot miss one, and adds each to the base class's CSS properties (the analyzer's
// inheritance then gives them to every element) with the fallback chain it follows.
import { readFileSync } from 'node:fs';
import { COLOUR_TOKENS } from '../../dist/core/colour-tokens.js';

/** `var(--a, var(--b, x))` -> ['--a', '--b', 'x'] */
function chain(value) {
  const steps = [];
  let rest = value.trim();
  for (let match; (match = /^var\(\s*(--[\w-]+)\s*,\s*([\s\S]*)\)$/.exec(rest)); rest = match[2].trim()) {
    steps.push(match[1]);
  }
  return [...steps, rest];
}

const code = (text) => `\`${text}\``;

/** A colour: the page's tokens in the light scheme only, then the element's own light or dark value. */
function colourToken({ property, page, light, dark }) {
  const fromPage = page.map((token) => `the page's ${code(token)}, else `).join('');
  return {
    name: property,
    default: `light-dark(${light}, ${dark})`,
    description: `Global token, on every element. Light scheme: ${fromPage}${code(light)}. Dark scheme: ${code(dark)}.`,
  };
}

/** Every `--cst-*` token: the colours from their table, the others from the theme's source, with their fallbacks. */
export function readTokens(themeSource, colours = COLOUR_TOKENS) {
  const tokens = new Map(colours.map((colour) => [colour.property, colourToken(colour)]));
  const declaration = /--_[\w-]+:\s*(var\(\s*--cst-[\w-]+\s*,[\s\S]*?\));/g;
  for (const [, value] of themeSource.matchAll(declaration)) {
    const [name, ...fallbacks] = chain(value.replace(/\s+/g, ' '));
    if (tokens.has(name)) continue;
    const fallback = fallbacks.at(-1);
    const page = fallbacks.slice(0, -1);
    const fromPage = page.map((token) => `the page's ${code(token)}, else `).join('');
    tokens.set(name, {
      name,
      default: fallback,
      description: `Global token, on every element. Default: ${fromPage}${code(fallback)}.`,
    });
  }
  return [...tokens.values()];
}

export function tokensPlugin({ theme, baseClass }) {
  return {
    name: 'cst-global-tokens',
    moduleLinkPhase({ moduleDoc }) {
      const base = moduleDoc.declarations?.find((d) => d.name === baseClass);
      if (!base) return;
      const tokens = readTokens(readFileSync(theme, 'utf8'));
      const own = new Set((base.cssProperties ?? []).map((p) => p.name));
      base.cssProperties = [...(base.cssProperties ?? []), ...tokens.filter((t) => !own.has(t.name))];
    },
  };
}
