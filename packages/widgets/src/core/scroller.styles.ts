import { css } from 'lit';

/**
 * The scrolling box of a virtualised table (core/virtual-scroll.ts): its header stays in view and
 * the spacers that stand in for rows out of view take no room of their own.
 */
export const scrollerStyles = css`
  .scroller {
    overflow: auto;
    max-height: min(var(--_max-height), 85vh);
    overscroll-behavior: contain;
    border: 1px solid var(--_scroller-border, var(--_border));
    border-radius: var(--_radius);
  }
  .scroller thead {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_surface);
  }
  .spacer,
  .spacer tr,
  .spacer td {
    padding: 0;
    border: 0;
    margin: 0;
  }
`;
