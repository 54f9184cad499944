import { css } from 'lit';

export const shareStyles = css`
  :host {
    --_min-height: var(--cst-share-min-height, 14rem);
    --_donut-size: var(--cst-share-donut-size, 12rem);
  }
  .layout {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 3);
    align-items: center;
  }
  .donut svg {
    width: var(--_donut-size);
    height: var(--_donut-size);
  }
  .donut text {
    font-size: 15px;
    font-weight: 700;
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 4px;
  }
  .bar {
    flex: 1 1 100%;
  }
  .stack {
    display: flex;
    min-height: 2.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .segment {
    display: flex;
    align-items: center;
    justify-content: center;
    min-width: 0;
    overflow: hidden;
    font-weight: 700;
    white-space: nowrap;
  }
  .segment span {
    padding: 0 0.3em;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .segment.s0 {
    background: var(--_series-1);
  }
  .segment.s1 {
    background: repeating-linear-gradient(45deg, var(--_series-2) 0 4px, var(--_surface) 4px 6px);
  }
  .segment.s2 {
    background: var(--_series-3);
  }
  .segment.s3 {
    background: repeating-linear-gradient(45deg, var(--_series-4) 0 4px, var(--_surface) 4px 6px);
  }
  /* The ring sits on a band of the surface colour: it keeps its contrast on any segment colour. */
  .segment.active {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
    box-shadow: inset 0 0 0 5px var(--_surface);
  }
  .legend {
    flex-direction: column;
  }
  .bar + .legend {
    flex-direction: row;
  }
  .legend .pct {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .hidden-defs {
    position: absolute;
    width: 0;
    height: 0;
  }
  @media (forced-colors: active) {
    .segment {
      forced-color-adjust: none;
      color: CanvasText;
    }
    .segment span {
      background: Canvas;
    }
    .segment.s0,
    .segment.s2 {
      background: CanvasText;
    }
    .segment.s1,
    .segment.s3 {
      background: repeating-linear-gradient(45deg, CanvasText 0 4px, Canvas 4px 6px);
    }
  }
  /* Set here, not in a style attribute: a strict CSP (style-src 'self') blocks those. */
  .tooltip.centred {
    left: 50%;
    top: 0;
  }
  /* Paper: no tooltip; the bar's segments are backgrounds, which browsers drop in print unless told. */
  @media print {
    .tooltip {
      display: none;
    }
    .segment {
      print-color-adjust: exact;
    }
  }
`;
