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
`;
