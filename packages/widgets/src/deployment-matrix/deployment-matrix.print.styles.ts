import { css } from 'lit';

/** The matrix on paper; listed after deploymentMatrixStyles, whose screen layout it overrides. */
export const deploymentMatrixPrintStyles = css`
  /*
   * Paper: every row and column laid out once, nothing sticky (the totals would print over the first
   * rows), and the grid laid out as a table across the page's width: the entity column takes a
   * share, the services and the completion split the rest and their words wrap (fixed em widths
   * would run off an A4 page at any readable size: 10 columns of 7.5em are 837 px at 8 pt, A4 holds
   * about 700), and the header row is printed again at the top of every page the matrix spans.
   */
  @media print {
    .controls {
      display: none;
    }
    .scroller {
      overflow: visible;
      max-height: none;
      border: 0;
    }
    .grid {
      display: table;
      width: 100%;
      table-layout: fixed;
      border-collapse: collapse;
    }
    /* Chromium repeats a header group on every page only when it may not break (a <thead> may not by default). */
    .head {
      display: table-header-group;
      break-inside: avoid;
    }
    .body,
    .foot {
      display: table-row-group;
    }
    .row,
    .body .row {
      display: table-row;
    }
    .row > * {
      display: table-cell;
      padding-block: 0.2em;
    }
    .head .entity {
      width: 16%;
    }
    .virtual .body .row {
      height: auto;
    }
    .virtual .body .row > * {
      white-space: normal;
      overflow: visible;
    }
    .cell {
      padding-left: 1.4em;
      background-position: 0.4em 0.57em;
    }
    .head,
    .foot,
    .entity {
      position: static;
    }
    .row {
      break-inside: avoid;
    }
    .cell.changed {
      outline: none;
    }
  }
`;
