// For bundlers: `import '@cst/widgets/cst-widgets.js'` registers every element from the
// per-element modules, so the app's bundle shares one Lit (and one validator) with any other
// element or Lit code it imports. It also imports in Node (SSR frameworks): Lit's Node build
// supplies HTMLElement and customElements there. The CDN file is this module bundled.
export * from './index.js';
import './cst-report.js';
import './cst-kpi-tile.js';
import './cst-sla-table.js';
import './cst-deployment-matrix.js';
import './cst-trend-line.js';
import './cst-data-table.js';
import './cst-bar-chart.js';
import './cst-share.js';
