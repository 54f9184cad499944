import type { ValueFormat } from '@cst/schema';
import { formatValue } from '../core/format.js';
import { linearScale } from '../core/scale.js';
import { type BarData, type Orientation, barTexts } from './bar-chart.model.js';

export interface BarMark {
  x: number;
  y: number;
  width: number;
  height: number;
  series: number;
  category: number;
  /** The formatted value, written beside the bar ("-" for a missing value, which draws nothing). */
  text: string;
  missing: boolean;
  textX: number;
  textY: number;
  anchor: 'start' | 'middle';
  /** "Pagamenti, Anno 2016": the category, and the series when there are several. */
  name: string;
  /** "Pagamenti, Anno 2016: 110.509": what the tooltip says. */
  sentence: string;
}
export interface BarLayout {
  width: number;
  height: number;
  bars: BarMark[];
  labels: { x: number; y: number; text: string; anchor: 'start' | 'middle' }[];
  ticks: { at: number; text: string }[];
  /** Where the value axis starts (the zero line). */
  zero: number;
  plot: { x: number; y: number; width: number; height: number };
}

const CHAR = 7;
const BAR = 16;
const LABEL_LINE = 20;
const CATEGORY_GAP = 10;
const LABEL_INSET = 6;
const VERTICAL_HEIGHT = 260;

/** Bars, labels and ticks in pixels for a width: pure, so a Node test can check every number. */
export function barLayout(data: BarData, orientation: Orientation, width: number, locale: string): BarLayout {
  const values = data.categories.flatMap((c) => c.values).filter((v): v is number => v !== null);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values, 1e-9);
  const texts = barTexts(data, locale);
  const room = Math.max(...texts.flat().map((t) => t.length), 1) * CHAR + 8;
  const bars: BarMark[] = [];
  const labels: BarLayout['labels'] = [];
  const n = data.series.length;
  // Ticks are round numbers: no cents, and millions in words ("4 milioni") so the axis stays narrow.
  const format = data.series[0]?.format;
  const tickFormat: ValueFormat = {
    ...format,
    style: format?.style ?? 'count',
    minimumFractionDigits: 0,
    maximumFractionDigits: format?.style === 'count' ? 0 : 1,
    notation: Math.max(hi, -lo) >= 1e6 ? 'compact' : 'standard',
  };
  const tickText = (t: number) => formatValue(t, tickFormat, locale);
  const name = (c: number, s: number) =>
    `${data.categories[c]!.label}${n > 1 ? `, ${data.series[s]!.label}` : ''}`;
  if (orientation === 'horizontal') {
    const scale = linearScale([lo, hi], [0, Math.max(40, width - room)], { nice: 5 });
    const step = LABEL_LINE + n * (BAR + 2) + CATEGORY_GAP;
    const zero = scale(0);
    data.categories.forEach((category, c) => {
      const top = c * step;
      // Off the axis line, so it does not strike through the first letter.
      labels.push({ x: LABEL_INSET, y: top + 14, text: category.label, anchor: 'start' });
      category.values.forEach((v, s) => {
        const y = top + LABEL_LINE + s * (BAR + 2);
        const end = v === null ? zero : scale(v);
        bars.push({
          x: Math.min(zero, end),
          y,
          width: Math.abs(end - zero),
          height: BAR,
          series: s,
          category: c,
          text: texts[c]![s]!,
          missing: v === null,
          textX: Math.max(zero, end) + 4,
          textY: y + BAR - 4,
          anchor: 'start',
          name: name(c, s),
          sentence: `${name(c, s)}: ${texts[c]![s]}`,
        });
      });
    });
    const height = data.categories.length * step;
    const ticks = scale
      .ticks(Math.max(2, Math.floor(width / 120)))
      .map((t) => ({ at: scale(t), text: tickText(t) }));
    return {
      width,
      height: height + 20,
      bars,
      labels,
      ticks,
      zero,
      plot: { x: 0, y: 0, width: scale.range[1], height },
    };
  }
  const left = Math.min(80, room);
  const plotHeight = VERTICAL_HEIGHT - 2 * LABEL_LINE;
  const scale = linearScale([lo, hi], [plotHeight + LABEL_LINE, LABEL_LINE], { nice: 5 });
  const band = (width - left) / Math.max(1, data.categories.length);
  const barWidth = Math.max(2, (band * 0.8) / n);
  const zero = scale(0);
  data.categories.forEach((category, c) => {
    const x0 = left + c * band + band * 0.1;
    const chars = Math.max(3, Math.floor(band / CHAR));
    const text = category.label.length > chars ? `${category.label.slice(0, chars - 1)}…` : category.label;
    labels.push({ x: left + (c + 0.5) * band, y: plotHeight + LABEL_LINE + 16, text, anchor: 'middle' });
    category.values.forEach((v, s) => {
      const end = v === null ? zero : scale(v);
      const x = x0 + s * barWidth;
      bars.push({
        x,
        y: Math.min(zero, end),
        width: barWidth - 1,
        height: Math.abs(end - zero),
        series: s,
        category: c,
        text: texts[c]![s]!,
        missing: v === null,
        textX: x + barWidth / 2,
        textY: Math.min(zero, end) - 4,
        anchor: 'middle',
        name: name(c, s),
        sentence: `${name(c, s)}: ${texts[c]![s]}`,
      });
    });
  });
  const ticks = scale.ticks(5).map((t) => ({ at: scale(t), text: tickText(t) }));
  return {
    width,
    height: VERTICAL_HEIGHT,
    bars,
    labels,
    ticks,
    zero,
    plot: { x: left, y: LABEL_LINE, width: width - left, height: plotHeight },
  };
}
