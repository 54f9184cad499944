import { defineElement } from './define.js';
import { CstReport } from './report/report.js';

export { CstReport };
defineElement('cst-report', CstReport);

declare global {
  interface HTMLElementTagNameMap {
    'cst-report': CstReport;
  }
}
