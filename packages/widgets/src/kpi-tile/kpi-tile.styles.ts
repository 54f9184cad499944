import { css } from 'lit';

export const kpiTileStyles = css`
  :host {
    --_min-height: var(--cst-kpi-tile-min-height, 7.5rem);
    --_value-size: var(--cst-kpi-tile-value-size, 2.25rem);
    --_tile-bg: var(--cst-kpi-tile-background, var(--_surface));
    --_tile-border: var(--cst-kpi-tile-border-color, var(--_border));
    --_accent: var(--cst-kpi-tile-accent, var(--_primary));
    --_good: var(--cst-kpi-tile-good-color, var(--_status-met));
    --_bad: var(--cst-kpi-tile-bad-color, var(--_status-breached));
  }
  .tile {
    min-height: var(--_min-height);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_tile-border);
    border-top: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_tile-bg);
    display: grid;
    gap: 0.25rem;
    align-content: start;
  }
  p {
    margin: 0;
  }
  .label {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .value {
    font-size: var(--_value-size);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .qualifier {
    font-size: 0.5em;
    font-weight: 600;
    margin-inline-end: 0.25em;
  }
  .delta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.35em;
    align-items: baseline;
  }
  .delta .amount {
    font-weight: 600;
  }
  .delta.good .amount,
  .delta.good .icon {
    color: var(--_good);
  }
  .delta.bad .amount,
  .delta.bad .icon {
    color: var(--_bad);
  }
  .muted,
  .note {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .actions {
    font-size: 0.875em;
  }
  .sparkline {
    width: 100%;
    height: 2rem;
    overflow: visible;
  }
  .sparkline path {
    fill: none;
    stroke: var(--_accent);
    stroke-width: var(--cst-kpi-tile-sparkline-width, 2px);
    vector-effect: non-scaling-stroke;
  }
  .sparkline .end {
    stroke-width: calc(var(--cst-kpi-tile-sparkline-width, 2px) + 3px);
    stroke-linecap: round;
  }
  @media (forced-colors: active) {
    .tile {
      border-top-width: 4px;
    }
    .sparkline path {
      stroke: CanvasText;
    }
  }
  /* Paper: one tile never split across pages, the trend in black. */
  @media print {
    .tile {
      break-inside: avoid;
    }
    .actions {
      display: none;
    }
    .sparkline path {
      stroke: #000;
    }
  }
`;
