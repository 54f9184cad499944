// Page entries of the deployment-matrix benchmark: each one sets window.bench = { mount, replace, nodes, scroll? }.
// Every library gets the same matrix: cells as [column, row, meaning index, status label], and each
// shows the status label in its cell, as the element does (the label is what a reader sees).

const common = `
import focus from '../packages/schema/fixtures/focus-2016.json';
import { nationalMatrix } from '../packages/widgets/src/deployment-matrix/national-matrix.ts';
const MEANINGS = ['done', 'in-progress', 'not-requested', 'not-applicable', 'none'];
function dataset(size, variant) {
  if (size === 'small') {
    const m = structuredClone(focus.datasets.deployment);
    if (variant) m.cells = m.cells.map((row, i) => row.map((c, j) => ((i + j + variant) % 5 === 0 ? 'wip' : c)));
    return m;
  }
  return nationalMatrix(7900, 12, variant);
}
function triples(m) {
  const status = new Map(m.statuses.map((s) => [s.id, s]));
  const out = [];
  m.cells.forEach((row, i) =>
    row.forEach((c, j) => {
      const s = c == null ? undefined : status.get(c);
      out.push([j, i, s ? MEANINGS.indexOf(s.meaning) : 4, s ? s.label : '']);
    }),
  );
  return out;
}
function height(m) { return m.rows.length > 200 ? 600 : m.rows.length * 24 + 80; }
function countNodes(root) {
  let n = 0;
  const walk = (node) => { for (const el of node.querySelectorAll('*')) { n++; if (el.shadowRoot) walk(el.shadowRoot); } };
  walk(root);
  return n;
}
const box = document.getElementById('box');
`;

// The element's window.bench, shared by the page of today's element and of a baseline revision.
const elementBench = `
let el;
window.bench = {
  dataset,
  async mount(m) {
    el = document.createElement('cst-deployment-matrix');
    el.data = m;
    box.append(el);
    await el.updateComplete;
  },
  async replace(m) { el.data = m; await el.updateComplete; },
  nodes: () => countNodes(box),
  async scrollStep(dy) {
    const scroller = el.shadowRoot.querySelector('.scroller');
    const fired = new Promise((r) => scroller.addEventListener('scroll', r, { once: true }));
    scroller.scrollTop += dy;
    await fired;
    const t0 = performance.now();
    await el.updateComplete;
    document.body.getBoundingClientRect();
    return performance.now() - t0;
  },
};`;

/** The page of the element folder copied from another revision (see BASELINE in the bench). */
export function baselinePage(entry) {
  return `${common}
import { CstDeploymentMatrix } from ${JSON.stringify(entry)};
customElements.define('cst-deployment-matrix', CstDeploymentMatrix);
${elementBench}`;
}

export const pages = {
  'cst-deployment-matrix': `${common}
import '../packages/widgets/src/cst-deployment-matrix.ts';
${elementBench}`,

  echarts: `${common}
import * as echarts from 'echarts';
let chart;
const option = (m) => ({
  animation: false,
  grid: { left: 140, right: 20, top: 20, bottom: 60 },
  xAxis: { type: 'category', data: m.columns.map((c) => c.label) },
  yAxis: { type: 'category', data: m.rows.map((r) => r.label) },
  visualMap: { dimension: 2, min: 0, max: 4, show: false, inRange: { color: ['#00794a', '#8a5a00', '#5c6670', '#8a949e', '#ffffff'] } },
  series: [{ type: 'heatmap', data: triples(m), label: { show: m.rows.length <= 200, formatter: (p) => p.data[3] } }],
});
window.bench = {
  dataset,
  async mount(m) {
    const div = document.createElement('div');
    div.style.height = height(m) + 'px';
    box.append(div);
    chart = echarts.init(div, null, { renderer: 'canvas' });
    chart.setOption(option(m));
  },
  async replace(m) { chart.setOption(option(m)); },
  nodes: () => countNodes(box),
};`,

  highcharts: `${common}
import Highcharts from 'highcharts';
import 'highcharts/modules/heatmap';
let chart;
const points = (m) => triples(m).map(([x, y, value, label]) => ({ x, y, value, label }));
window.bench = {
  dataset,
  async mount(m) {
    const div = document.createElement('div');
    box.append(div);
    chart = Highcharts.chart(div, {
      chart: { type: 'heatmap', height: height(m), animation: false },
      title: { text: m.title },
      credits: { enabled: false },
      accessibility: { enabled: false },
      xAxis: { categories: m.columns.map((c) => c.label) },
      yAxis: { categories: m.rows.map((r) => r.label), title: null, reversed: true },
      colorAxis: { min: 0, max: 4, stops: [[0, '#00794a'], [0.25, '#8a5a00'], [0.5, '#5c6670'], [1, '#ffffff']] },
      plotOptions: { series: { animation: false, turboThreshold: 0 } },
      series: [{ type: 'heatmap', data: points(m), dataLabels: { enabled: m.rows.length <= 200, format: '{point.label}' } }],
    });
  },
  async replace(m) { chart.series[0].setData(points(m), true, false, false); },
  nodes: () => countNodes(box),
};`,

  'observable-plot': `${common}
import * as Plot from '@observablehq/plot';
let current;
function draw(m) {
  const cols = m.columns.map((c) => c.label);
  const rows = m.rows.map((r) => r.label);
  const data = triples(m).map(([x, y, v, label]) => ({ x: cols[x], y: rows[y], v: MEANINGS[v], label }));
  return Plot.plot({
    height: height(m), marginLeft: 140,
    x: { domain: cols }, y: { domain: rows, axis: m.rows.length > 200 ? null : 'left' },
    color: { domain: MEANINGS },
    marks: [Plot.cell(data, { x: 'x', y: 'y', fill: 'v' }), ...(m.rows.length <= 200 ? [Plot.text(data, { x: 'x', y: 'y', text: 'label' })] : [])],
  });
}
window.bench = {
  dataset,
  async mount(m) { current = draw(m); box.append(current); },
  async replace(m) { const next = draw(m); current.replaceWith(next); current = next; },
  nodes: () => countNodes(box),
};`,

  'vega-lite': `${common}
import embed from 'vega-embed';
let view;
const values = (m) => triples(m).map(([x, y, v, label]) => ({ x: m.columns[x].label, y: m.rows[y].label, v: MEANINGS[v], label }));
window.bench = {
  dataset,
  async mount(m) {
    const div = document.createElement('div');
    box.append(div);
    const small = m.rows.length <= 200;
    const spec = {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: 600, height: height(m),
      data: { name: 'table', values: values(m) },
      layer: [
        { mark: 'rect', encoding: { x: { field: 'x', type: 'nominal' }, y: { field: 'y', type: 'nominal', sort: null, axis: small ? {} : null }, color: { field: 'v', type: 'nominal' } } },
        ...(small ? [{ mark: 'text', encoding: { x: { field: 'x', type: 'nominal' }, y: { field: 'y', type: 'nominal', sort: null }, text: { field: 'label' } } }] : []),
      ],
    };
    view = (await embed(div, spec, { actions: false, renderer: 'canvas' })).view;
  },
  async replace(m) { await view.data('table', values(m)).runAsync(); },
  nodes: () => countNodes(box),
};`,
};
