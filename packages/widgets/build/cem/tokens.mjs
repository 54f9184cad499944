// The global tokens (`--cst-color-text`, `--cst-space`, …) are set once, on every element's
// :host, in the shared theme (src/core/theme.ts): `--_text: var(--cst-color-text, <fallback>)`.
// This plugin reads them from there, so the manifest cannot miss one, and adds each to the base
// class's CSS properties (the analyzer's inheritance then gives them to every element) with the
// fallback chain it follows: the page's Bootstrap Italia token, then the default.
import { readFileSync } from 'node:fs';

/** `var(--a, var(--b, x))` -> ['--a', '--b', 'x'] */
function chain(value) {
  const steps = [];
  let rest = value.trim();
  for (let match; (match = /^var\(\s*(--[\w-]+)\s*,\s*([\s\S]*)\)$/.exec(rest)); rest = match[2].trim()) {
    steps.push(match[1]);
  }
  return [...steps, rest];
}

/** Every `--cst-*` token in the theme's source, with its fallback. */
export function readTokens(themeSource) {
  const tokens = new Map();
  const declaration = /--_[\w-]+:\s*(var\(\s*--cst-[\w-]+\s*,[\s\S]*?\));/g;
  for (const [, value] of themeSource.matchAll(declaration)) {
    const [name, ...fallbacks] = chain(value.replace(/\s+/g, ' '));
    if (tokens.has(name)) continue;
    const fallback = fallbacks.at(-1);
    const page = fallbacks.slice(0, -1);
    const fromPage = page.map((token) => `the page's \`${token}\`, else `).join('');
    tokens.set(name, {
      name,
      default: fallback,
      description: `Global token, on every element. Default: ${fromPage}\`${fallback}\`.`,
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
