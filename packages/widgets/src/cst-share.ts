import { defineElement } from './define.js';
import { CstShare } from './share/share.js';

export { CstShare };
defineElement('cst-share', CstShare);

declare global {
  interface HTMLElementTagNameMap {
    'cst-share': CstShare;
  }
}
