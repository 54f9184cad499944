import { defineElement } from './define.js';
import { CstDataTable } from './data-table/data-table.js';

export { CstDataTable };
defineElement('cst-data-table', CstDataTable);

declare global {
  interface HTMLElementTagNameMap {
    'cst-data-table': CstDataTable;
  }
}
