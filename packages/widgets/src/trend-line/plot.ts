import { nothing, svg } from 'lit';
import type { TrendModel } from './trend-line.model.js';

/** Marker shapes by series, so series differ in black and white too. */
export const SHAPES = [
  'M3,0A3,3 0 1 1-3,0A3,3 0 1 1 3,0Z',
  'M-3,-3h6v6h-6Z',
  'M0,-3.8L3.6,3H-3.6Z',
  'M0,-4L4,0L0,4L-4,0Z',
];

/** A series' look: colour, dash pattern and marker shape come from its class. */
export const seriesClass = (index: number) => `series s${index % 4}`;

/** The plot's marks (axes, thresholds, annotations, lines, markers) as an SVG fragment; no DOM work. */
export function plotMarks(model: TrendModel, active?: { x: number; y: number; series: number }) {
  const { margin, width, height } = model;
  const [left, right] = [margin.left, width - margin.right];
  const bottom = height - margin.bottom;
  return svg`
    <g part="axis" class="axis y">
      ${model.yTicks.map(
        (
          t,
        ) => svg`<line class="grid" x1=${left} x2=${right} y1=${model.y(t.value)} y2=${model.y(t.value)}></line>
          <text x=${left - 6} y=${model.y(t.value)} dy="0.32em" text-anchor="end">${t.label}</text>`,
      )}
    </g>
    <g part="axis" class="axis x">
      <line class="domain" x1=${left} x2=${right} y1=${bottom} y2=${bottom}></line>
      ${model.xTicks.map(
        (t) => svg`<line x1=${model.x(t.value)} x2=${model.x(t.value)} y1=${bottom} y2=${bottom + 5}></line>
          <text x=${model.x(t.value)} y=${bottom + 18} text-anchor="middle">${t.label}</text>`,
      )}
    </g>
    ${model.thresholds.map(
      (
        t,
      ) => svg`<g class="threshold" part="threshold"><line x1=${left} x2=${right} y1=${t.y} y2=${t.y}></line>
        <text x=${right} y=${t.y - 4} text-anchor="end">${t.label} ${t.value}</text></g>`,
    )}
    ${model.annotations.map(
      (
        a,
      ) => svg`<g class="annotation" part="annotation"><line x1=${a.x} x2=${a.x} y1=${margin.top} y2=${bottom}></line>
        <text x=${a.x + 4} y=${margin.top + 10}>${a.label}</text></g>`,
    )}
    ${model.lines.map(
      (l) => svg`<g class=${seriesClass(l.index)}>
        ${l.area ? svg`<path class="area" d=${l.area}></path>` : nothing}
        <path class="line" d=${l.path}></path>
        ${
          l.markers.length
            ? svg`<g class="markers">${l.markers.map(
                ([x, y]) => svg`<path d=${SHAPES[l.index % 4]} transform="translate(${x} ${y})"></path>`,
              )}</g>`
            : nothing
        }
      </g>`,
    )}
    ${
      active
        ? svg`<g class=${`${seriesClass(active.series)} focus`}>
          <line class="crosshair" x1=${active.x} x2=${active.x} y1=${margin.top} y2=${bottom}></line>
          <circle cx=${active.x} cy=${active.y} r="5"></circle></g>`
        : nothing
    }`;
}
