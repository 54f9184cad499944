import { defineElement } from './define.js';
import { CstSlaTable } from './sla-table/sla-table.js';

export { CstSlaTable };
defineElement('cst-sla-table', CstSlaTable);

declare global {
  interface HTMLElementTagNameMap {
    'cst-sla-table': CstSlaTable;
  }
}
