import { css } from 'lit';

/** The table as one card per SLA, each field labelled: for boxes too narrow for its columns. */
const cards = css`
  colgroup {
    display: none;
  }
  /* A block table would wrap its caption in an anonymous table as narrow as its longest word. */
  caption,
  table,
  tbody,
  tr,
  tbody th,
  td {
    display: block;
  }
  thead,
  thead tr {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  thead th {
    border: 0;
    padding: 0.25em 0;
    background: none;
  }
  /* Only the sort buttons stay visible in the header: each card labels its own fields. */
  thead th:not(.sortable) {
    display: none;
  }
  tbody tr {
    border: 1px solid var(--_rule);
    border-radius: var(--_radius);
    margin-block: var(--_space);
    padding: 0.25em 0.6em;
  }
  tbody th,
  td {
    display: grid;
    grid-template-columns: minmax(5.5em, 35%) minmax(0, 1fr);
    gap: 0.5em;
    border-bottom-width: 0;
    padding: 0.25em 0;
  }
  tbody th {
    border-bottom: 0;
  }
  td.num {
    text-align: start;
    white-space: normal;
  }
  .field {
    display: block;
    font-weight: 600;
    color: var(--_muted);
  }
`;

export const slaTableStyles = css`
  :host {
    --_min-height: var(--cst-sla-table-min-height, 12rem);
    --_header-bg: var(--cst-sla-table-header-background, var(--_surface-alt));
    --_rule: var(--cst-sla-table-border-color, var(--_border));
    --_scroller-border: var(--_rule);
    --_changed-bg: var(--cst-sla-table-changed-background, light-dark(#fff3c4, #4a3d00));
    --_met: var(--cst-sla-table-met-color, var(--_status-met));
    --_at-risk: var(--cst-sla-table-at-risk-color, var(--_status-at-risk));
    --_breached: var(--cst-sla-table-breached-color, var(--_status-breached));
    --_none: var(--_status-none);
    --_max-height: var(--cst-sla-table-max-height, 32em);
    /* The narrow layout follows the element's own width, not the viewport. */
    container: cst-sla-table / inline-size;
  }
  /* Fixed columns: a live update (99,92% → 99,1%) never moves a column; the SLA label takes the rest. */
  table {
    width: 100%;
    border-collapse: collapse;
    background: var(--_surface);
    font-variant-numeric: tabular-nums;
    table-layout: fixed;
  }
  col.code {
    width: 5.5em;
  }
  col.target,
  col.measured {
    width: 8em;
  }
  col.deviation {
    width: 8.5em;
  }
  col.status {
    width: 10.5em;
  }
  caption {
    text-align: start;
    padding-block-end: var(--_space);
  }
  .title {
    display: block;
    font-weight: 700;
    font-size: 1.125em;
  }
  .summary {
    display: block;
    font-weight: 600;
  }
  .details {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  th,
  td {
    padding: 0.4em 0.6em;
    border-bottom: 1px solid var(--_rule);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  thead th {
    background: var(--_header-bg);
    white-space: nowrap;
  }
  /* Numbers fit their column; worded targets and measures ("entro 1h lavorativa") wrap inside it. */
  .num {
    text-align: end;
    white-space: nowrap;
    /* Equal-width digits, where the font has them: figures line up from row to row. */
    font-variant-numeric: tabular-nums;
  }
  td.target,
  td.measured {
    white-space: normal;
  }
  /* span.status, not .status: the Stato cell itself has the class "status" and must stay a table cell. */
  span.status {
    display: inline-flex;
    gap: 0.35em;
    align-items: baseline;
    font-weight: 600;
    white-space: nowrap;
  }
  .status.met .icon {
    color: var(--_met);
  }
  .status.at-risk .icon {
    color: var(--_at-risk);
  }
  .status.breached .icon {
    color: var(--_breached);
  }
  .status.not-measured .icon {
    color: var(--_none);
  }
  tr.breached {
    box-shadow: inset 4px 0 0 var(--_breached);
  }
  tr.at-risk {
    box-shadow: inset 4px 0 0 var(--_at-risk);
  }
  abbr {
    text-decoration: none;
  }
  .field {
    display: none;
  }
  .no-match {
    color: var(--_muted);
  }
  .actions {
    margin-top: var(--_space);
  }
  /* Cards at 48rem and below on screen: the fixed columns take 40.5em, so the SLA label keeps at least
     7.5em. On paper the sheet decides: A4 at 11 pt is about 48rem and keeps the table (cards took three
     pages for eleven SLAs); only narrower paper gets cards. */
  @media screen {
    @container cst-sla-table (max-width: 48rem) {
      ${cards}
    }
  }
  @media print {
    @container cst-sla-table (max-width: 32rem) {
      ${cards}
    }
  }
  @media (forced-colors: active) {
    tr.breached,
    tr.at-risk {
      box-shadow: none;
      border-inline-start: 4px solid CanvasText;
    }
  }
  /* Paper: nothing to press, nothing sticky or scrolling, legible in black and white. */
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
    thead th {
      background: none;
      border-bottom: 2px solid #000;
    }
    th,
    td {
      border-bottom-color: #777;
      overflow-wrap: break-word;
    }
    table {
      table-layout: auto;
    }
    col {
      width: auto !important;
    }
    /* Textual targets and measures wrap at words, so the SLA label keeps a readable column. */
    .target,
    .measured {
      white-space: normal;
    }
    td.label {
      min-width: 12em;
    }
    tr {
      break-inside: avoid;
    }
    .status .icon {
      color: #000;
    }
    tr.breached,
    tr.at-risk {
      box-shadow: none;
      border-inline-start: 4px solid #000;
    }
    tr.at-risk {
      border-inline-start-style: dashed;
    }
  }
`;
