import type { SeriesDataset, ValueFormat } from '@cst/schema';
import { formatValue } from '../core/format.js';
import { translate } from '../core/i18n.js';
import { areaPath, linePath } from '../core/path.js';
import { type LinearScale, linearScale } from '../core/scale.js';
import { minMaxIndices } from './downsample.js';
import { type Prepared, type PreparedSeries, xAt, xNumber, yAt } from './prepare.js';
import { DAY, type Tick, timeTicks, yearTicks } from './ticks.js';
import { trendMessages } from './trend-line.messages.js';

export interface Box {
  width: number;
  height: number;
  locale: string;
  /** Fill the area under each line. */
  area?: boolean;
}

export interface DrawnSeries {
  id: string;
  label: string;
  /** 0-based position, for colour, dash pattern and marker shape. */
  index: number;
  path: string;
  area?: string;
  /** Point markers, only for series short enough that markers stay readable. */
  markers: Array<[number, number]>;
  /** How many points were drawn out of how many. */
  drawn: number;
}

export interface TrendModel {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  x: LinearScale;
  y: LinearScale;
  xTicks: Tick[];
  yTicks: Tick[];
  lines: DrawnSeries[];
  /** Reference lines: where, and their label with the value beside it ("Obiettivo SLA: 99%"). */
  thresholds: Array<{ y: number; text: string }>;
  annotations: Array<{ x: number; label: string }>;
}

const MAX_MARKERS = 60;

/** The format of a series' values: its own, else the dataset's y format. */
export function seriesFormat(dataset: SeriesDataset, format?: ValueFormat): ValueFormat | undefined {
  return format ?? dataset.y?.format;
}

/** The format of the y axis: the dataset's, else its first series'. */
function axisFormat(dataset: SeriesDataset): ValueFormat | undefined {
  return dataset.y?.format ?? dataset.series[0]?.format;
}

/** Each reference line (threshold) in words, «Soglia SLA.3: 7 ms», in the dataset's order. */
export function thresholdTexts(dataset: SeriesDataset, locale: string): string[] {
  const format = axisFormat(dataset);
  return (dataset.thresholds ?? []).map((line) =>
    translate(trendMessages, locale, 'threshold', {
      label: line.label,
      value: formatValue(line.value, format, locale),
    }),
  );
}

function yDomain(prepared: Prepared): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const s of prepared.series) [min, max] = [Math.min(min, s.min), Math.max(max, s.max)];
  for (const t of prepared.dataset.thresholds ?? [])
    [min, max] = [Math.min(min, t.value), Math.max(max, t.value)];
  if (min > max) return [0, 1];
  // A baseline at zero when the values are far from it reads honestly; near it, it wastes the plot.
  if (min > 0 && min <= max / 2) min = 0;
  return min === max ? [min - 1, max + 1] : [min, max];
}

function xDomain(prepared: Prepared): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const s of prepared.series) {
    if (s.n === 0) continue;
    [min, max] = [Math.min(min, xAt(s, 0)), Math.max(max, xAt(s, s.n - 1))];
  }
  if (min > max) return [0, 1];
  return min === max ? [min - 1, max + 1] : [min, max];
}

function yTickLabel(value: number, step: number, format: ValueFormat | undefined, locale: string): string {
  const decimals = Math.max(0, -Math.floor(Math.log10(step || 1)));
  const style = format?.style === 'count' && decimals > 0 ? 'decimal' : (format?.style ?? 'decimal');
  return formatValue(
    value,
    { ...format, style, maximumFractionDigits: decimals, minimumFractionDigits: 0 },
    locale,
  );
}

/**
 * Pixel positions of the drawn points, every point when `picks` is undefined (a gap stays NaN):
 * one pass with the scales' arithmetic inline, no call or object per point.
 */
function pixels(
  s: PreparedSeries,
  picks: Uint32Array | undefined,
  x: LinearScale,
  y: LinearScale,
): [Float64Array, Float64Array] {
  const m = picks ? picks.length : s.n;
  const px = new Float64Array(m);
  const py = new Float64Array(m);
  const [dx, [rx, rx1]] = [x.domain[0], x.range];
  const [dy, [ry, ry1]] = [y.domain[0], y.range];
  const kx = (rx1 - rx) / (x.domain[1] - dx || 1);
  const ky = (ry1 - ry) / (y.domain[1] - dy || 1);
  for (let k = 0; k < m; k++) {
    const i = picks ? picks[k]! : k;
    px[k] = rx + (xAt(s, i) - dx) * kx;
    py[k] = ry + (yAt(s, i) - dy) * ky;
  }
  return [px, py];
}

/** Geometry for one size: scales, ticks, and each series downsampled to what the pixels can show. */
export function trendModel(prepared: Prepared, box: Box): TrendModel {
  const { dataset } = prepared;
  const type = dataset.x.type;
  const format = axisFormat(dataset);
  const rough = linearScale(yDomain(prepared), [0, 1], { nice: 5 });
  const rawTicks = rough.ticks(Math.max(2, Math.round(box.height / 50)));
  const step = (rawTicks[1] ?? 1) - (rawTicks[0] ?? 0);
  const yTicks = rawTicks.map((value) => ({ value, label: yTickLabel(value, step, format, box.locale) }));
  const longest = Math.max(...yTicks.map((t) => t.label.length), 1);
  const margin = { top: 12, right: 16, bottom: 28, left: Math.min(120, 12 + longest * 7) };
  const plotWidth = Math.max(1, box.width - margin.left - margin.right);
  const x = linearScale(xDomain(prepared), [margin.left, margin.left + plotWidth]);
  const y = linearScale(rough.domain, [box.height - margin.bottom, margin.top]);
  const count = Math.max(2, Math.floor(plotWidth / 80));
  const [x0, x1] = x.domain;
  const xTicks =
    type === 'year'
      ? yearTicks(x0, x1, count)
      : timeTicks(x0, x1, count, box.locale, type === 'date' ? DAY : undefined);
  const base = y(Math.max(y.domain[0], Math.min(0, y.domain[1])));

  const lines = prepared.series.map((s, index): DrawnSeries => {
    const maxPoints = Math.ceil(plotWidth) * 2;
    const picks = s.n > maxPoints ? minMaxIndices(s, maxPoints, 0, s.n) : undefined;
    const [px, py] = pixels(s, picks, x, y);
    const m = px.length;
    const markers: Array<[number, number]> = [];
    if (s.n <= MAX_MARKERS) {
      for (let k = 0; k < m; k++)
        if (py[k] === py[k]) markers.push([Math.round(px[k]! * 10) / 10, Math.round(py[k]! * 10) / 10]);
    }
    return {
      id: s.id,
      label: s.label,
      index,
      path: linePath(px, py),
      area: box.area ? areaPath(px, py, base) : undefined,
      markers,
      drawn: m,
    };
  });

  const texts = thresholdTexts(dataset, box.locale);
  const thresholds = (dataset.thresholds ?? []).map((line, i) => ({ y: y(line.value), text: texts[i]! }));
  const annotations = (dataset.annotations ?? [])
    .map((a) => ({ x: x(xNumber(a.x, type)), label: a.label }))
    .filter((a) => a.x >= margin.left - 0.5 && a.x <= margin.left + plotWidth + 0.5);
  return {
    width: box.width,
    height: box.height,
    margin,
    x,
    y,
    xTicks,
    yTicks,
    lines,
    thresholds,
    annotations,
  };
}
