import { defineElement } from './define.js';
import { CstDeploymentMatrix } from './deployment-matrix/deployment-matrix.js';

export { CstDeploymentMatrix };
defineElement('cst-deployment-matrix', CstDeploymentMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'cst-deployment-matrix': CstDeploymentMatrix;
  }
}
