// Every element through the bundler entry, and one element's own module as well: the app's bundle
// must still hold one Lit. Types come from the package: the tags' element classes, typed events.
import '@cst/widgets/cst-widgets.js';
import '@cst/widgets/cst-sla-table.js';
import type { CstDataEvent, CstErrorEvent } from '@cst/widgets';
import { validateReport } from '@cst/schema';

const log = (line: string) =>
  document.getElementById('log')?.append(Object.assign(document.createElement('li'), { textContent: line }));

const table = document.querySelector('cst-sla-table');
if (!table) throw new Error('no table');
table.datasetId = 'sla';
table.src = './data/focus-2016.json';
table.addEventListener('cst-data', (event: CstDataEvent) =>
  log(`cst-data ${event.detail.dataset.kind} ${event.detail.route}`),
);
table.addEventListener('cst-error', (event: CstErrorEvent) => log(`cst-error ${event.detail.code}`));

// The tile gets its data as a property: a document validated by @cst/schema, plus the dataset id.
void fetch('./data/focus-2016.json')
  .then((response) => response.json())
  .then((report: unknown) => {
    const kpi = document.querySelector('cst-kpi-tile');
    if (!kpi || !validateReport(report).valid) return log('invalid report');
    kpi.datasetId = 'active-credentials';
    kpi.data = report;
  });
