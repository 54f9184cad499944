import { css } from 'lit';

export const dataTableStyles = css`
  :host {
    --_min-height: var(--cst-data-table-min-height, 12rem);
    --_head-bg: var(--cst-data-table-header-background, var(--_surface-alt));
    --_stripe: var(--cst-data-table-stripe, transparent);
    --_up: var(--cst-data-table-up-color, var(--_status-met));
    --_down: var(--cst-data-table-down-color, var(--_status-breached));
    --_max-height: var(--cst-data-table-max-height, 32em);
    container-type: inline-size;
  }
  .wrap {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
    background: var(--_surface);
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--_space);
    overflow-wrap: anywhere;
  }
  th,
  td {
    padding: 0.35em 0.6em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
    /* A column is at least as wide as its longest word, so a narrow table wraps between words, never
       inside "Variazione" or "+159.000€"; only a word no column could hold breaks anywhere. */
    overflow-wrap: break-word;
  }
  .long {
    overflow-wrap: anywhere;
  }
  thead th {
    background: var(--_head-bg);
    vertical-align: bottom;
  }
  thead th[scope='colgroup'] {
    text-align: center;
    border-bottom-width: 2px;
  }
  .num {
    text-align: end;
    white-space: nowrap;
  }
  tbody tr:nth-child(even) {
    background: var(--_stripe);
  }
  tbody th {
    font-weight: 400;
  }
  tr.group th {
    background: var(--_surface-alt);
    font-weight: 700;
  }
  tbody.grouped tr.row > :first-child {
    padding-inline-start: 1.6em;
  }
  tr.subtotal,
  tr.subtotal th,
  tr.total {
    font-weight: 700;
  }
  tfoot tr.total > * {
    border-top: 2px solid var(--_text);
  }
  .up {
    color: var(--_up);
  }
  .down {
    color: var(--_down);
  }
  .marker {
    font-size: 0.75em;
    margin-inline-end: 0.2em;
  }
  .actions {
    margin-top: 0.25rem;
  }
  .note {
    color: var(--_muted);
    font-size: 0.875em;
    margin: 0.25rem 0 0;
  }
  @container (max-width: 36rem) {
    table,
    tbody,
    tfoot,
    tr,
    th,
    td {
      display: block;
    }
    caption {
      display: block;
    }
    thead,
    .scroller thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    tr {
      padding: 0.25em 0;
      border-bottom: 1px solid var(--_border);
    }
    th,
    td {
      border: 0;
      padding: 0.1em 0.5em;
    }
    td.num {
      display: flex;
      justify-content: space-between;
      gap: 1em;
    }
    td[data-label]::before {
      content: attr(data-label);
      color: var(--_muted);
      font-weight: 400;
      text-align: start;
      white-space: normal;
      margin-inline-end: 0.5em;
    }
    tbody.grouped tr.row > :first-child {
      padding-inline-start: 0.5em;
    }
    tfoot tr.total > * {
      border-top: 0;
    }
    tfoot tr.total {
      border-top: 2px solid var(--_text);
    }
  }
  @media (forced-colors: active) {
    .up,
    .down {
      color: CanvasText;
    }
  }
  /* Paper: nothing to press, every row laid out once, nothing sticky. */
  @media print {
    .actions {
      display: none;
    }
    .scroller {
      overflow: visible;
      max-height: none;
      border: 0;
    }
    .scroller thead {
      position: static;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
