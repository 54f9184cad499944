// Pure figures derived from datasets: what the elements show and what the seed's totals are checked against.
export * from './derive/number.js';
export * from './derive/sla.js';
export * from './derive/table.js';
export * from './derive/series.js';
export * from './derive/share.js';
export * from './derive/matrix.js';
export * from './derive/kpi.js';
