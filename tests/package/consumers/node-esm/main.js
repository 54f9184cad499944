// Plain Node, ESM: what a server, a build script or an SSR framework does with the packages.
// Prints one JSON line of facts for the test to check.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { validateReport } from '@cst/schema';
import { startFeed } from '@cst/feed';
import { renderElement } from '@cst/ssr';
// Registers every element: Lit's Node build makes this safe where the CDN file throws.
import * as widgets from '@cst/widgets/cst-widgets.js';
import widgetsPackage from '@cst/widgets/package.json' with { type: 'json' };
import schemaFile from '@cst/schema/report.schema.json' with { type: 'json' };

const require = createRequire(import.meta.url);
const fixture = require.resolve('@cst/schema/fixtures/focus-2016.json');
const report = JSON.parse(readFileSync(fixture, 'utf8'));

const feed = await startFeed({
  port: 0,
  dataDir: fixture.replace(/\/[^/]+$/, ''),
  simulate: false,
  log: { info() {}, warn() {} },
});
let served;
try {
  const response = await fetch(`${feed.url}/data/focus-2016.json`);
  served = {
    status: response.status,
    etag: Boolean(response.headers.get('etag')),
    id: (await response.json()).id,
  };
} finally {
  await feed.close();
}

const validate = execFileSync('npx', ['--no-install', 'cst-validate', fixture], { encoding: 'utf8' });

// Server rendering: one element from the document, and the command's usage.
const tile = await renderElement('cst-kpi-tile', { data: report, dataset: 'active-credentials', lang: 'it' });
const renderHelp = execFileSync('npx', ['--no-install', 'cst-render', '--help'], { encoding: 'utf8' });

console.log(
  JSON.stringify({
    valid: validateReport(report).valid,
    defined: ['cst-sla-table', 'cst-kpi-tile', 'cst-report'].map((tag) => typeof customElements.get(tag)),
    classes: typeof widgets.CstSlaTable,
    version: widgetsPackage.version,
    schemaTitle: typeof schemaFile.$schema,
    served,
    validate: validate.trim().split('\n').at(-1),
    rendered: {
      state: tile.state,
      shadowRoot: tile.html.includes('shadowrootmode="open"'),
      figure: tile.html.includes('55.211'),
    },
    renderUsage: renderHelp.startsWith('Usage: cst-render'),
  }),
);
