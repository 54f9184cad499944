import { css } from 'lit';
import { colourDeclarations, printColourDeclarations } from './colour-css.js';

/**
 * Global tokens. Each colour is the author's `--cst-*` property, else (light scheme only) the page's
 * tokens, else the element's own palette for the scheme; light-dark() follows `theme` or, without it,
 * the page's `color-scheme`. Components read only the private `--_*` names set here.
 */
export const themeStyles = css`
  :host {
    ${colourDeclarations}
    --_space: var(--cst-space, 0.5rem);
    --_radius: var(--cst-radius, var(--it-radius-smooth, var(--bsi-radius, var(--bs-border-radius, 4px))));
    --_font: var(--cst-font-family, inherit);

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    line-height: 1.5;
    /* A word longer than its box (a hostile or mistyped label) breaks rather than run out of the element. */
    overflow-wrap: anywhere;
    /* Dark text needs no backdrop of its own on a light page; light text always brings its dark one. */
    background-color: light-dark(transparent, var(--_surface));
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='light']) {
    color-scheme: light;
    background-color: var(--_surface);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_surface-alt: Canvas;
      --_border: CanvasText;
      --_control-border: CanvasText;
      --_primary: LinkText;
      --_focus: Highlight;
      --_status-met: CanvasText;
      --_status-at-risk: CanvasText;
      --_status-breached: CanvasText;
      --_status-none: GrayText;
    }
  }
  @media print {
    :host,
    :host([theme]) {
      color-scheme: light;
      background-color: transparent;
      ${printColourDeclarations}
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;

/** The shared frame: states, stale badge, error message. */
export const frameStyles = css`
  .frame {
    position: relative;
    min-height: var(--_min-height, 0);
  }
  .loading {
    min-height: var(--_min-height, 4rem);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    color: var(--_muted);
    display: flex;
    align-items: center;
    justify-content: center;
    padding: var(--_space);
  }
  .message {
    min-height: var(--_min-height, 0);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-left: 4px solid var(--_status-breached);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .message.empty {
    border-left-color: var(--_status-none);
  }
  .message strong {
    display: block;
  }
  .stale {
    display: inline-flex;
    gap: 0.25em;
    align-items: center;
    margin-top: 0.25rem;
    padding: 0 0.4em;
    border: 1px dashed var(--_status-at-risk);
    border-radius: var(--_radius);
    color: var(--_text);
    font-size: 0.875em;
  }
  button.link {
    font: inherit;
    color: var(--_primary);
    background: none;
    border: none;
    padding: 0.25em 0;
    min-height: 24px;
    text-decoration: underline;
    cursor: pointer;
  }
`;
