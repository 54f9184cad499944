// The elements under plain Lit SSR, as any Lit SSR setup renders them (a framework's server, a
// static-site generator's Lit plugin): with the data as a property, and with no data at all. Nothing
// may touch a DOM the server does not have (Lit's Node build gives only a minimal shim).
import { readFileSync } from 'node:fs';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { describe, expect, it } from 'vitest';
import '../src/index.js';
import { readText } from './tree.js';

const focus = JSON.parse(
  readFileSync(new URL('../../schema/fixtures/focus-2016.json', import.meta.url), 'utf8'),
);

const ELEMENTS = [
  ['cst-kpi-tile', 'active-credentials', '55.211'],
  ['cst-sla-table', 'sla', '99,92%'],
  ['cst-trend-line', 'credentials-by-year', '13.584'],
  ['cst-data-table', 'tickets', '4.788'],
  ['cst-bar-chart', 'usage-by-category', '307.363'],
  ['cst-share', 'device-share', '70,2%'],
  ['cst-deployment-matrix', 'deployment', 'Bagno a Ripoli'],
] as const;

describe('every element under Lit SSR', () => {
  for (const [tag, dataset, figure] of ELEMENTS) {
    it(`${tag}: with its data as a property, its figures; without data, the loading state`, async () => {
      const name = unsafeStatic(tag);
      const ready = await collectResult(render(html`<${name} .data=${focus} dataset=${dataset}></${name}>`));
      expect(ready).toContain('shadowrootmode="open"');
      expect(readText(ready)).toContain(figure);
      const loading = await collectResult(
        render(html`<${name} src="/data/focus-2016.json" dataset=${dataset}></${name}>`),
      );
      expect(readText(loading)).toContain('Caricamento');
    });
  }
});
