// The site's own Lit component, pre-rendered at build time by @lit-labs/eleventy-plugin-lit. It
// needs no script in the browser: it is drawn once, on the server.
import { LitElement, css, html } from 'lit';

class SiteCredits extends LitElement {
  static properties = { publisher: {} };
  static styles = css`
    :host {
      display: block;
      margin-top: 3rem;
      color: #5c6f82;
      font-size: 0.875rem;
    }
  `;

  render() {
    return html`<p>Pagina generata con Eleventy · dati di ${this.publisher}, licenza CC BY 4.0</p>`;
  }
}
customElements.define('site-credits', SiteCredits);
