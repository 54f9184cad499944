// Classes and helpers, with no side effects: importing this registers nothing.
export { CstElement } from './core/base-element.js';
export type { ViewState } from './core/base-element.js';
export { CstDataEvent, CstErrorEvent } from './core/events.js';
export type { CstDataDetail, DataRoute } from './core/events.js';
export type { CstErrorDetail, ErrorCode } from './core/errors.js';
export { defineElement } from './define.js';
export { CstReport } from './report/report.js';
export { CstKpiTile } from './kpi-tile/kpi-tile.js';
export { CstSlaTable } from './sla-table/sla-table.js';
export { CstDeploymentMatrix } from './deployment-matrix/deployment-matrix.js';
export { CstTrendLine } from './trend-line/trend-line.js';
export { CstDataTable } from './data-table/data-table.js';
export { CstBarChart } from './bar-chart/bar-chart.js';
export { CstShare } from './share/share.js';
