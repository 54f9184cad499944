import { defineElement } from './define.js';
import { CstTrendLine } from './trend-line/trend-line.js';

export { CstTrendLine };
defineElement('cst-trend-line', CstTrendLine);

declare global {
  interface HTMLElementTagNameMap {
    'cst-trend-line': CstTrendLine;
  }
}
