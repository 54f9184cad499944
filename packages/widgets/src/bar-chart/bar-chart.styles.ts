import { css } from 'lit';

export const barChartStyles = css`
  :host {
    --_min-height: var(--cst-bar-chart-min-height, 16rem);
  }
  .mark {
    cursor: default;
  }
  .category {
    font-size: 13px;
  }
  /* Drawn for the screen's width; the viewBox scales it to the paper's (no resize event comes in print). */
  @media print {
    .plot > svg {
      width: 100%;
      height: auto;
    }
    .tooltip {
      display: none;
    }
  }
`;
