import { css } from 'lit';

/** What cst-bar-chart and cst-share share: title, plot with one tab stop, tooltip, legend, data table and its tools. */
export const chartStyles = css`
  figure {
    margin: 0;
  }
  figcaption {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .plot {
    position: relative;
    margin-block: var(--_space);
    border-radius: var(--_radius);
  }
  svg {
    display: block;
    overflow: visible;
    font-size: 12px;
  }
  svg text {
    fill: var(--_text);
  }
  .axis text {
    fill: var(--_muted);
  }
  .axis line {
    stroke: var(--_border);
    stroke-opacity: 0.5;
  }
  .zero {
    stroke: var(--_text);
  }
  .s0 {
    fill: var(--_series-1);
  }
  .s1 {
    fill: url(#hatch-1);
  }
  .s2 {
    fill: var(--_series-3);
  }
  .s3 {
    fill: url(#hatch-3);
  }
  .hatch-1 rect {
    fill: var(--_series-2);
  }
  .hatch-3 rect {
    fill: var(--_series-4);
  }
  pattern line {
    stroke: var(--_surface);
    stroke-width: 2;
  }
  .mark.active {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    pointer-events: none;
    padding: 0.2em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.875em;
    max-width: 16rem;
    transform: translate(-50%, calc(-100% - 6px));
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.2);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .legend svg {
    width: 1em;
    height: 1em;
  }
  .swatch {
    stroke: var(--_text);
    stroke-width: 1;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
  }
  .data table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  .data caption {
    text-align: start;
    font-weight: 600;
  }
  .data th,
  .data td {
    padding: 0.2em 0.6em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
  }
  .data td {
    text-align: end;
  }
  @media (forced-colors: active) {
    .s0,
    .s2,
    .hatch-1 rect,
    .hatch-3 rect {
      fill: CanvasText;
    }
    pattern line {
      stroke: Canvas;
    }
    svg text {
      fill: CanvasText;
    }
    .mark.active {
      stroke: Highlight;
    }
  }
  @media print {
    .tools,
    .tooltip {
      display: none;
    }
    figure {
      break-inside: avoid;
    }
  }
`;
