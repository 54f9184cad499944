import { css } from 'lit';

export const trendLineStyles = css`
  :host {
    --_min-height: var(--cst-trend-line-min-height, 20rem);
    --_stroke-width: var(--cst-trend-line-stroke-width, 2px);
    --_area-opacity: var(--cst-trend-line-area-opacity, 0.15);
    --_grid: var(--cst-trend-line-grid-color, color-mix(in srgb, var(--_border) 35%, transparent));
    --_threshold: var(--cst-trend-line-threshold-color, var(--_status-breached));
    --_tooltip-bg: var(--cst-trend-line-tooltip-background, var(--_surface));
  }
  .chart {
    margin: 0;
    min-height: var(--_min-height);
  }
  .title {
    font-weight: 600;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    margin: 0.25rem 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: flex;
    gap: 0.35em;
    align-items: center;
  }
  .plot-box {
    position: relative;
  }
  .plot {
    display: block;
    overflow: visible;
    font-size: 11px;
    touch-action: pan-y;
  }
  .plot:focus-visible {
    outline: 3px solid var(--_focus);
  }
  text {
    fill: var(--_muted);
  }
  .axis path {
    fill: none;
    stroke: var(--_border);
  }
  .axis .grid {
    stroke: var(--_grid);
  }
  .series {
    --_color: var(--_series-1);
  }
  .s1 {
    --_color: var(--_series-2);
    --_dash: 6 3;
  }
  .s2 {
    --_color: var(--_series-3);
    --_dash: 2 3;
  }
  .s3 {
    --_color: var(--_series-4);
    --_dash: 8 3 2 3;
  }
  .line {
    fill: none;
    stroke: var(--_color);
    stroke-width: var(--_stroke-width);
    stroke-dasharray: var(--_dash, none);
    stroke-linejoin: round;
  }
  .area {
    fill: var(--_color);
    opacity: var(--_area-opacity);
    stroke: none;
  }
  .markers,
  .key {
    display: none;
  }
  :host([markers]) .markers {
    display: inline;
  }
  .markers path,
  .key,
  .focus circle {
    fill: var(--_color);
    stroke: var(--_surface);
  }
  .focus .crosshair {
    stroke: var(--_muted);
    stroke-dasharray: 2 2;
  }
  .threshold line,
  .annotation line {
    stroke: var(--_threshold);
    stroke-dasharray: 4 4;
  }
  .annotation line {
    stroke: var(--_muted);
  }
  .threshold text {
    fill: var(--_threshold);
  }
  .tooltip {
    position: absolute;
    transform: translate(-50%, calc(-100% - 10px));
    padding: 0.15rem 0.4rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_tooltip-bg);
    font-size: 0.8125em;
    white-space: nowrap;
    pointer-events: none;
  }
  .tools,
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
  }
  .table-box {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
  }
  caption .info {
    display: block;
    font-weight: 400;
    color: var(--_muted);
  }
  th,
  td {
    padding: 0.15rem 0.6rem;
    border-bottom: 1px solid var(--_grid);
    text-align: end;
  }
  thead th,
  tbody th {
    text-align: start;
  }
  @media (forced-colors: active) {
    .series,
    .threshold {
      --_color: CanvasText;
      --_threshold: CanvasText;
    }
    .focus circle {
      fill: Highlight;
    }
  }
  @media print {
    .series {
      --_color: #000;
    }
    .markers,
    .key {
      display: inline;
    }
    .tools,
    .pager,
    .tooltip,
    .focus {
      display: none;
    }
    /* Drawn for the screen's width; the viewBox scales it to the paper's (no resize event comes in print). */
    .plot-box {
      height: auto !important;
    }
    .plot {
      width: 100%;
      height: auto;
    }
    .plot:focus-visible {
      outline: none;
    }
    .chart {
      break-inside: avoid;
    }
  }
`;
