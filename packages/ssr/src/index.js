// @cst/ssr: server rendering of cst-widgets elements with Lit SSR, into declarative shadow DOM.
export { renderPage } from './page.js';
export { renderElement } from './element.js';
export { DataMap } from './data.js';
export { styleSrc } from './csp.js';
