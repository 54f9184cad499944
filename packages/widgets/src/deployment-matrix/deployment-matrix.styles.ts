import { css } from 'lit';

export const deploymentMatrixStyles = css`
  :host {
    --_min-height: var(--cst-deployment-matrix-min-height, 20rem);
    --_done: var(--cst-deployment-matrix-done-color, var(--_status-met));
    --_in-progress: var(--cst-deployment-matrix-in-progress-color, var(--_status-at-risk));
    --_not-requested: var(--cst-deployment-matrix-not-requested-color, var(--_muted));
    --_not-applicable: var(--cst-deployment-matrix-not-applicable-color, var(--_status-none));
    --_none: var(--cst-deployment-matrix-none-color, var(--_border));
    --_changed: var(--cst-deployment-matrix-changed-color, var(--_focus));
    --_max-height: var(--cst-deployment-matrix-max-height, 32em);
    --_row-height: var(--cst-deployment-matrix-row-height, 2.5em);
    --_head-width: var(--cst-deployment-matrix-head-width, 11em);
    --_cell-width: var(--cst-deployment-matrix-cell-width, 7.5em);
  }
  /*
   * One text size and one bold weight (600) throughout: each size and weight of the page's font
   * is one more font the browser must look up and set up on a first render (a round trip to the
   * browser process each, and again for a fallback font where the labels' "✓" needs one; see
   * bench/README.md). Regular and 600 at the element's size are all the grid needs; muted colour, not a
   * smaller size, sets secondary text apart.
   */
  .matrix {
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }
  .caption {
    margin: 0;
  }
  .caption strong {
    font-weight: 600;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    align-items: end;
  }
  .controls label {
    display: grid;
    min-width: 0;
    max-width: 100%;
  }
  select,
  input {
    font: inherit;
    min-height: 2rem;
    max-width: 100%;
    min-width: 0;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
  }
  .count,
  .muted {
    color: var(--_muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4em;
    align-items: baseline;
  }
  .scroller {
    overflow: auto;
    max-height: min(var(--_max-height), 85vh);
    max-width: 100%;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overscroll-behavior: contain;
    /* focus() and scrollIntoView keep the focused cell out from under the sticky header, footer and column */
    scroll-padding: 3.5em 0 2.75em var(--_head-width);
  }
  /* Hundreds of short labels: shaping them without kerning lookups makes the first layout cheaper. */
  .grid {
    width: max-content;
    min-width: 100%;
    font-kerning: none;
  }
  .row {
    display: grid;
    grid-template-columns: var(--_head-width) repeat(var(--_n), var(--_cell-width)) var(--_cell-width);
  }
  /* Body rows are flex lines of fixed-width cells: the same widths as the header's grid tracks (the
     cells keep the row's font size, so em widths match): a flex line lays out faster than a grid. */
  .body .row {
    display: flex;
  }
  .body .row > * {
    flex: 0 0 var(--_cell-width);
  }
  .body .row > .entity {
    flex-basis: var(--_head-width);
  }
  .row > * {
    padding: 0.35em 0.5em;
    border-bottom: 1px solid color-mix(in srgb, var(--_border) 40%, transparent);
    overflow-wrap: anywhere;
    min-width: 0;
  }
  .head,
  .foot {
    position: sticky;
    z-index: 2;
    background: var(--_surface-alt);
    font-weight: 600;
  }
  .head {
    top: 0;
  }
  .head .row > * {
    border-bottom: 2px solid var(--_border);
  }
  .foot {
    bottom: 0;
  }
  .foot .row > * {
    border-top: 2px solid var(--_border);
    border-bottom: none;
  }
  .entity {
    position: sticky;
    left: 0;
    z-index: 1;
    background: var(--_surface);
    border-right: 2px solid var(--_border);
    font-weight: 600;
  }
  .head .entity,
  .foot .entity {
    background: var(--_surface-alt);
  }
  .virtual .body .row {
    height: var(--_row-height);
  }
  .virtual .body .row > * {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .done {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  /*
   * The shape of a status is drawn as background layers in a 0.6em box (●, ◐, ○, ⊘): no extra
   * box or glyph per cell (a ::before glyph costs a box, its style and a font fallback for each of
   * hundreds of cells on first paint).
   */
  .cell,
  .mark {
    --_c: var(--_none);
    background-image: var(--_mark, none);
    background-repeat: no-repeat;
    background-size: var(--_mark-size, 0.6em 0.6em);
    print-color-adjust: exact;
  }
  .cell {
    padding-left: 1.6em;
    background-position: 0.5em 0.72em;
    --_fill: color-mix(in srgb, var(--_c) 12%, var(--_surface));
    background-color: var(--_fill);
  }
  .mark {
    padding-left: 1.1em;
    background-position: 0 45%;
  }
  .m-done {
    --_c: var(--_done);
    --_mark: radial-gradient(circle closest-side, var(--_c) 92%, transparent);
  }
  .m-in-progress {
    --_c: var(--_in-progress);
    --_mark: var(--_ring), radial-gradient(circle 0.3em at 100% 50%, var(--_c) 92%, transparent);
    --_mark-size: 0.6em 0.6em, 0.3em 0.6em;
  }
  .m-not-requested {
    --_c: var(--_not-requested);
    --_mark: var(--_ring);
  }
  .m-not-applicable {
    --_c: var(--_not-applicable);
    --_mark:
      var(--_ring),
      linear-gradient(
        to bottom right,
        transparent calc(50% - 0.065em),
        var(--_c) calc(50% - 0.05em) calc(50% + 0.05em),
        transparent calc(50% + 0.065em)
      );
  }
  .m-in-progress,
  .m-not-requested,
  .m-not-applicable {
    --_ring: radial-gradient(
      circle closest-side,
      transparent calc(100% - 0.14em),
      var(--_c) calc(100% - 0.12em) 92%,
      transparent
    );
  }
  .legend .m-none {
    --_mark: radial-gradient(circle 0.12em, var(--_c) 90%, transparent);
  }
  .cell.m-none {
    --_fill: var(--_surface);
  }
  [role='gridcell']:focus-visible,
  [role='rowheader']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  /* Cells that just changed: a dashed outline while marked, and an overlay that flashes twice. */
  .cell.changed {
    outline: 3px dashed var(--_changed);
    outline-offset: -4px;
    --_changed-bg: color-mix(in srgb, var(--_changed) 30%, transparent);
    --_changed-keyframes: cst-matrix-flash;
  }
  @keyframes cst-matrix-flash {
    0%,
    12.4%,
    37.5%,
    62.4%,
    87.5%,
    100% {
      opacity: 0;
    }
    12.5%,
    37.4%,
    62.5%,
    87.4% {
      opacity: 1;
    }
  }
  .no-rows {
    margin: 0;
    color: var(--_muted);
  }
  /* Forced colours would drop the background shapes: keep them, in system colours. */
  @media (forced-colors: active) {
    .cell,
    .mark {
      forced-color-adjust: none;
      color: CanvasText;
    }
    .cell {
      --_fill: Canvas;
    }
    .cell.changed {
      outline-color: Highlight;
    }
  }
`;
