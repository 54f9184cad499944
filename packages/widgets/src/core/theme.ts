import { css } from 'lit';

/**
 * Global tokens. Each public `--cst-*` property falls back to the Bootstrap Italia token when
 * the page has it (`--bsi-*`, and Bootstrap Italia 2's `--bs-*`), then to a default; light-dark() follows the page's `color-scheme`, so a
 * light-only portal stays light and a page that supports dark mode gets it.
 * Components read only the private `--_*` names set here.
 */
export const themeStyles = css`
  :host {
    --_text: var(--cst-color-text, var(--bsi-color-text, var(--bs-body-color, light-dark(#1a1a1a, #f2f2f2))));
    --_muted: var(
      --cst-color-text-muted,
      var(--bsi-color-text-secondary, var(--bs-secondary-color, light-dark(#5c6670, #b8c0c8)))
    );
    --_surface: var(
      --cst-color-surface,
      var(--bsi-color-background, var(--bs-body-bg, light-dark(#ffffff, #16181b)))
    );
    --_surface-alt: var(--cst-color-surface-alt, light-dark(#f2f4f6, #22262b));
    --_border: var(
      --cst-color-border,
      var(--bsi-color-border, var(--bs-border-color, light-dark(#8a949e, #6b757e)))
    );
    --_primary: var(
      --cst-color-primary,
      var(--bsi-color-primary, var(--bs-primary, light-dark(#0066cc, #66a3e0)))
    );
    --_focus: var(--cst-color-focus, var(--bsi-color-focus, light-dark(#c06000, #ffb366)));
    --_status-met: var(
      --cst-color-status-met,
      var(--bsi-color-success, var(--bs-success, light-dark(#00794a, #5fd39b)))
    );
    --_status-at-risk: var(
      --cst-color-status-at-risk,
      var(--bsi-color-warning, light-dark(#8a5a00, #f2c05c))
    );
    --_status-breached: var(
      --cst-color-status-breached,
      var(--bsi-color-danger, var(--bs-danger, light-dark(#b3001b, #ff8a99)))
    );
    --_status-none: var(--cst-color-status-none, light-dark(#5c6670, #b8c0c8));
    --_series-1: var(--cst-color-series-1, light-dark(#0066cc, #66a3e0));
    --_series-2: var(--cst-color-series-2, light-dark(#c05600, #ffa060));
    --_series-3: var(--cst-color-series-3, light-dark(#00794a, #5fd39b));
    --_series-4: var(--cst-color-series-4, light-dark(#7a3ea8, #c9a0ef));
    --_space: var(--cst-space, 0.5rem);
    --_radius: var(--cst-radius, var(--bsi-radius, var(--bs-border-radius, 4px)));
    --_font: var(--cst-font-family, inherit);

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='light']) {
    color-scheme: light;
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
      --_primary: LinkText;
      --_focus: Highlight;
      --_status-met: CanvasText;
      --_status-at-risk: CanvasText;
      --_status-breached: CanvasText;
      --_status-none: GrayText;
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
