// The all-in-one bundle: importing it registers every element.
export * from './index.js';
import './cst-report.js';
import './cst-kpi-tile.js';
import './cst-sla-table.js';
import './cst-deployment-matrix.js';
import './cst-trend-line.js';
import './cst-data-table.js';
import './cst-bar-chart.js';
import './cst-share.js';
