import { defineElement } from './define.js';
import { CstKpiTile } from './kpi-tile/kpi-tile.js';

export { CstKpiTile };
defineElement('cst-kpi-tile', CstKpiTile);

declare global {
  interface HTMLElementTagNameMap {
    'cst-kpi-tile': CstKpiTile;
  }
}
