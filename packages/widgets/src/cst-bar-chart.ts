import { defineElement } from './define.js';
import { CstBarChart } from './bar-chart/bar-chart.js';

export { CstBarChart };
defineElement('cst-bar-chart', CstBarChart);

declare global {
  interface HTMLElementTagNameMap {
    'cst-bar-chart': CstBarChart;
  }
}
