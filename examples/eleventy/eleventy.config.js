// An Eleventy 3 site whose pages carry the report's figures before any script runs.
// - @cst/ssr renders every cst-* element of each page with the data it names, into declarative
//   shadow DOM, and writes that data into the page: the bundle then takes the elements over as they are.
// - @lit-labs/eleventy-plugin-lit pre-renders the site's own Lit component (js/site-credits.js).
// Build: pnpm --filter @cst/example-eleventy build (writes _site/), or eleventy --output=<folder>.
import { fileURLToPath } from 'node:url';
import litPlugin from '@lit-labs/eleventy-plugin-lit';
import { DataMap, renderPage } from '@cst/ssr';

const fixtures = fileURLToPath(new URL('../../packages/schema/fixtures/', import.meta.url));
const widgets = fileURLToPath(new URL('../../packages/widgets/dist/', import.meta.url));

/** Where the pages' documents are read from at build time: the URL /dati/ is this folder. */
const data = new DataMap({ '/dati': fixtures });

export default function (eleventyConfig) {
  eleventyConfig.ignores.add('README.md');
  eleventyConfig.addPlugin(litPlugin, { mode: 'worker', componentModules: ['js/site-credits.js'] });

  // The documents and the bundle, published beside the pages.
  eleventyConfig.addPassthroughCopy({
    [`${fixtures}focus-2016.json`]: 'dati/focus-2016.json',
    [`${widgets}cst-widgets.js`]: 'js/cst-widgets.js',
    [`${widgets}cst-widgets.js.LICENSE.txt`]: 'js/cst-widgets.js.LICENSE.txt',
  });

  // Added after Lit's plugin, so it runs after it, on the page as it will be published.
  eleventyConfig.addTransform('cst-render', async function (content) {
    if (!this.page.outputPath || !this.page.outputPath.endsWith('.html')) return content;
    const { html, skipped, rendered } = await renderPage(content, { data, url: this.page.url });
    for (const element of rendered)
      for (const problem of element.problems)
        console.warn(`[cst-render] ${this.page.url}: ${problem.message}`);
    for (const element of skipped)
      console.warn(`[cst-render] ${this.page.url}: <${element.tag}> left to the browser: ${element.reason}`);
    return html;
  });

  return { dir: { input: '.', includes: '_includes', output: '_site' } };
}
