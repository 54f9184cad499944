// Shared build setup for the CDN bundle (vite.config.ts) and the size check (scripts/size-budget.mjs):
// Lit's css/html/svg tagged templates are minified at build time, since no JS minifier touches the
// text inside template literals (indentation and CSS alone were ~1,5 KB gzip of the bundle).
import { minifyHTMLLiterals } from 'minify-literals';

/** Options for html-minifier-next: whitespace runs become one space (never none, so inline text
 *  keeps its word breaks), attributes are left as written (Lit binds by attribute name and quotes). */
const HTML = {
  caseSensitive: true,
  collapseWhitespace: true,
  conservativeCollapse: true,
  decodeEntities: false,
  minifyCSS: false,
  minifyJS: false,
  removeAttributeQuotes: false,
  removeComments: true,
  removeEmptyAttributes: false,
  removeDefaultTypeAttributes: false,
  removeRedundantAttributes: false,
  useShortDoctype: false,
};

/**
 * The module with the CSS and HTML inside its Lit templates minified, and the source map of that
 * change; null when there is nothing to minify.
 */
export async function minifyTemplates(code, fileName) {
  if (!/\b(?:css|html|svg) ?`/.test(code)) return null;
  const result = await minifyHTMLLiterals(code, { fileName, html: HTML, cssTags: ['css'] });
  return result && result.code !== code ? { code: result.code, map: result.map } : null;
}

/** A Vite/Rolldown plugin that minifies the CSS and HTML inside Lit templates of the widgets' sources. */
export function minifyLiterals() {
  return {
    name: 'cst-minify-literals',
    enforce: 'pre',
    transform(code, id) {
      return /\/packages\/widgets\/src\/.*\.ts$/.test(id) ? minifyTemplates(code, id) : null;
    },
  };
}

/**
 * V8's compile hint, first in the bundle: compile every function while the script streams in, off
 * the main thread, instead of each on the main thread at its first call. Nearly every function of
 * the bundle runs when a report page loads; on the Focus 2016 page at 4× CPU the main thread's
 * script time fell from ~510 to ~300 ms (median of 6 loads each). Other engines ignore it.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The build options shared by the CDN bundle and the size check: one ESM file, minified. */
export const bundleOptions = {
  target: 'es2022',
  minify: true,
  copyPublicDir: false,
};
