// Minimal line-chart entries, one per library, as the benchmark bundles them. Each sets
// `window.lib = { prep(xs, ys, mode), render(host, data), replace(data) }`: prep turns the shared
// columns into the library's own input (timed or not, as the bench says); render and replace
// resolve once drawn. Animations are off everywhere; every library draws into a 600 × 300 box.
// `mode` says what xs holds: 'number' (plain numbers, the default), 'epoch' (instants in ms) or
// 'iso' (an Array of the same instants as ISO text, as a JSON document carries them); instants are
// drawn on a time axis where the library has one. Each library takes ISO text its fastest way:
// as it is where it reads it (cst, ECharts, Plot, Vega-Lite), through Date.parse where it needs
// numbers (Chart.js with decimation, Highcharts).
import { fileURLToPath } from 'node:url';

const widgets = fileURLToPath(new URL('../packages/widgets/src/cst-trend-line.ts', import.meta.url));

// WARM_INTL=1: the cst entry's (untimed) prep builds the page's first Intl formatters, whose
// one-off cost (5–40 ms) would otherwise hide the element's own work at small sizes.
const warmIntl =
  process.env.WARM_INTL === '1'
    ? "new Intl.NumberFormat('it-IT', { useGrouping: 'always' }).format(1); new Intl.DateTimeFormat('it-IT').format(0);"
    : '';

/**
 * Chart.js with min-max decimation on a linear x axis, or on its time axis (with the date-fns
 * adapter); the data parsed beforehand (parsing: false), as its docs advise for large data.
 */
const chartJs = (axis) => `
    import { Chart, LineController, LineElement, PointElement, LinearScale, ${axis === 'time' ? 'TimeScale, ' : ''}Decimation } from 'chart.js';
    ${axis === 'time' ? "import 'chartjs-adapter-date-fns';" : ''}
    Chart.register(LineController, LineElement, PointElement, LinearScale, ${axis === 'time' ? 'TimeScale, ' : ''}Decimation);
    let chart;
    window.lib = {
      prep: (xs, ys, mode) =>
        mode === 'iso' ? Array.from(xs, (x, i) => ({ x: Date.parse(x), y: ys[i] })) : Array.from(xs, (x, i) => ({ x, y: ys[i] })),
      render(host, data) {
        const canvas = document.createElement('canvas');
        host.append(canvas);
        chart = new Chart(canvas, {
          type: 'line',
          data: { datasets: [{ data, borderWidth: 1.5, pointRadius: 0 }] },
          options: {
            animation: false, responsive: false, parsing: false, normalized: true, spanGaps: true,
            scales: { x: { type: '${axis}' }, y: { type: 'linear' } },
            plugins: { decimation: { enabled: true, algorithm: 'min-max' } },
          },
        });
      },
      replace(data) {
        chart.data.datasets[0].data = data;
        chart.update('none');
      },
    };`;

export const entries = {
  'cst-trend-line': `
    import ${JSON.stringify(widgets)};
    let el;
    window.lib = {
      prep: (xs, ys, mode = 'number') => {
        ${warmIntl}
        const points = new Array(xs.length);
        for (let i = 0; i < xs.length; i++) points[i] = [xs[i], ys[i]];
        const type = mode === 'number' ? 'year' : 'datetime';
        return { kind: 'series', title: 'Bench', x: { type }, series: [{ id: 'a', label: 'A', points }] };
      },
      async render(host, data) {
        el = document.createElement('cst-trend-line');
        el.height = 300;
        el.data = data;
        host.append(el);
        await el.updateComplete;
      },
      async replace(data) {
        el.data = data;
        await el.updateComplete;
      },
    };`,

  'chart.js': chartJs('linear'),

  echarts: `
    import * as echarts from 'echarts/core';
    import { LineChart } from 'echarts/charts';
    import { GridComponent } from 'echarts/components';
    import { CanvasRenderer } from 'echarts/renderers';
    echarts.use([LineChart, GridComponent, CanvasRenderer]);
    let chart;
    let axis = 'value';
    const option = (data) => ({
      animation: false,
      xAxis: { type: axis, min: 'dataMin', max: 'dataMax' },
      yAxis: { type: 'value', scale: true },
      series: [{ type: 'line', data, sampling: 'lttb', showSymbol: false }],
    });
    window.lib = {
      prep: (xs, ys, mode) => {
        axis = mode === 'number' ? 'value' : 'time';
        return Array.from(xs, (x, i) => [x, ys[i]]);
      },
      render(host, data) {
        const box = document.createElement('div');
        box.style.cssText = 'width:600px;height:300px';
        host.append(box);
        chart = echarts.init(box);
        chart.setOption(option(data));
      },
      replace(data) {
        chart.setOption(option(data));
      },
    };`,

  highcharts: `
    import Highcharts from 'highcharts';
    let chart;
    let axis = 'linear';
    window.lib = {
      prep: (xs, ys, mode) => {
        axis = mode === 'number' ? 'linear' : 'datetime';
        return mode === 'iso' ? Array.from(xs, (x, i) => [Date.parse(x), ys[i]]) : Array.from(xs, (x, i) => [x, ys[i]]);
      },
      render(host, data) {
        const box = document.createElement('div');
        host.append(box);
        chart = Highcharts.chart(box, {
          chart: { type: 'line', width: 600, height: 300, animation: false },
          title: { text: undefined },
          credits: { enabled: false },
          xAxis: { type: axis },
          plotOptions: { series: { animation: false, marker: { enabled: false } } },
          series: [{ data }],
        });
      },
      replace(data) {
        chart.series[0].setData(data, true, false, false);
      },
    };`,

  'observable-plot': `
    import * as Plot from '@observablehq/plot';
    let node;
    let host;
    const draw = ({ xs, ys, x }) =>
      Plot.plot({ width: 600, height: 300, x, marks: [Plot.line({ length: xs.length }, { x: xs, y: ys })] });
    window.lib = {
      prep: (xs, ys, mode) => ({ xs, ys, x: mode === 'number' ? undefined : { type: 'utc' } }),
      render(h, data) {
        host = h;
        node = draw(data);
        host.append(node);
      },
      replace(data) {
        const next = draw(data);
        node.replaceWith(next);
        node = next;
      },
    };`,

  'vega-lite': `
    import { parse, View } from 'vega';
    import { compile } from 'vega-lite';
    let view;
    const spec = (type) => compile({
      width: 600, height: 300, data: { name: 'table' },
      mark: 'line',
      encoding: { x: { field: 'x', type }, y: { field: 'y', type: 'quantitative', scale: { zero: false } } },
    }).spec;
    let type = 'quantitative';
    window.lib = {
      prep: (xs, ys, mode) => {
        type = mode === 'number' ? 'quantitative' : 'temporal';
        return Array.from(xs, (x, i) => ({ x, y: ys[i] }));
      },
      async render(host, data) {
        const box = document.createElement('div');
        host.append(box);
        view = new View(parse(spec(type)), { renderer: 'canvas', container: box });
        view.data('table', data);
        await view.runAsync();
      },
      async replace(data) {
        view.data('table', data);
        await view.runAsync();
      },
    };`,
};

/**
 * Chart.js with its time axis (the date-fns adapter), as a Chart.js user draws timestamps: measured
 * by trend-line.bench.mjs beside the linear axis when the data are instants (not by run.mjs).
 */
export const timeAxisEntries = {
  'chart.js-time': chartJs('time'),
};

/** Not benchmarked: splits cst-trend-line's first render into its steps (PROFILE=1). */
export const profileEntry = `
  import { validateDataset } from '@cst/schema';
  import { prepare } from ${JSON.stringify(widgets.replace('cst-trend-line.ts', 'trend-line/prepare.ts'))};
  import { trendModel } from ${JSON.stringify(widgets.replace('cst-trend-line.ts', 'trend-line/trend-line.model.ts'))};
  import { describeTrend } from ${JSON.stringify(widgets.replace('cst-trend-line.ts', 'trend-line/description.ts'))};
  import ${JSON.stringify(widgets)};
  window.profile = async (n) => {
    const points = Array.from({ length: n }, (_, i) => [i, Math.sin(i / 100)]);
    const data = { kind: 'series', title: 'Bench', x: { type: 'year' }, series: [{ id: 'a', label: 'A', points }] };
    const out = {};
    let t = performance.now();
    const step = (name) => { const now = performance.now(); out[name] = +(now - t).toFixed(1); t = now; };
    validateDataset(data, '$'); step('validate');
    const p = prepare(data, 'period'); step('prepare');
    trendModel(p, { width: 600, height: 300, locale: 'it-IT' }); step('model');
    describeTrend(p, 'it-IT'); step('describe');
    const el = document.createElement('cst-trend-line');
    el.data = data;
    document.body.append(el);
    await el.updateComplete; void document.body.offsetHeight; step('element (second time for the steps above)');
    return out;
  };`;
