import type { SeriesDataset } from '@cst/schema';
import { html, nothing, svg } from 'lit';
import type { TrendModel } from './trend-line.model.js';

/** Marker shapes by series, so series differ in black and white too. */
export const SHAPES = [
  'M3,0A3,3 0 1 1-3,0A3,3 0 1 1 3,0Z',
  'M-3,-3h6v6h-6Z',
  'M0,-3.8L3.6,3H-3.6Z',
  'M0,-4L4,0L0,4L-4,0Z',
];

const round = (value: number) => Math.round(value * 100) / 100;

/** A series' look: colour, dash pattern and marker shape come from its class. */
export const seriesClass = (index: number) => `series s${index % 4}`;

/** The legend: each series' line and marker beside its name (the plot's description names them for screen readers). */
export function legend(dataset: SeriesDataset) {
  return html`<ul part="legend" class="legend" aria-hidden="true">
    ${dataset.series.map(
      (s, i) =>
        html`<li>
          <svg width="28" height="12" focusable="false">
            <g class=${seriesClass(i)}>
              <line class="line" x1="1" x2="27" y1="6" y2="6"></line>
              <path class="key" d=${SHAPES[i % 4]} transform="translate(14 6)"></path>
            </g></svg
          >${s.label}
        </li>`,
    )}
  </ul>`;
}

/** What the plot (the element's one tab stop) does with keys, focus and the pointer. */
export interface PlotHandlers {
  onKey: (event: KeyboardEvent) => void;
  onFocus: () => void;
  onBlur: () => void;
  onPointer: (event: PointerEvent) => void;
  onLeave: () => void;
}

// Every tick label, on either axis, from one template: a template costs most the first time it renders.
const label = (x: number, y: number, dy: string, anchor: string, text: string) =>
  svg`<text x=${x} y=${y} dy=${dy} text-anchor=${anchor}>${text}</text>`;

/**
 * The plot (axes, thresholds, annotations, lines, markers, focus) as one SVG template; no DOM work.
 * `fit`: drawn at a default width, not a measured one, it fits its box by its viewBox.
 */
export function plot(
  model: TrendModel,
  title: string,
  on: PlotHandlers,
  active?: { x: number; y: number; series: number },
  fit = false,
) {
  const { margin, width, height } = model;
  const [left, right] = [margin.left, width - margin.right];
  const bottom = height - margin.bottom;
  // Grid lines and tick marks as one path per axis: two elements, not one per tick.
  let grid = '';
  for (const t of model.yTicks) grid += `M${left},${round(model.y(t.value))}H${right}`;
  let marks = `M${left},${bottom}H${right}`;
  for (const t of model.xTicks) marks += `M${round(model.x(t.value))},${bottom}v5`;
  return html`<svg
    part="plot"
    class="plot"
    role="img"
    tabindex="0"
    width=${fit ? '100%' : width}
    height=${height}
    viewBox="0 0 ${width} ${height}"
    aria-label=${title}
    aria-describedby="description"
    @keydown=${on.onKey}
    @focus=${on.onFocus}
    @blur=${on.onBlur}
    @pointermove=${on.onPointer}
    @pointerleave=${on.onLeave}
  >
    <g part="axis" class="axis y">
      <path class="grid" d=${grid}></path>
      ${model.yTicks.map((t) => label(left - 6, round(model.y(t.value)), '0.32em', 'end', t.label))}
    </g>
    <g part="axis" class="axis x">
      <path class="domain" d=${marks}></path>
      ${model.xTicks.map((t) => label(round(model.x(t.value)), bottom + 18, '0', 'middle', t.label))}
    </g>
    ${model.thresholds.map(
      (
        t,
      ) => svg`<g class="threshold" part="threshold"><line x1=${left} x2=${right} y1=${t.y} y2=${t.y}></line>
        <text x=${right} y=${t.y - 4} text-anchor="end">${t.text}</text></g>`,
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
    }
  </svg>`;
}
