import { formatValue } from '../core/format.js';
import { translate } from '../core/i18n.js';
import { type Prepared, nearestIndex, xAt, yAt } from './prepare.js';
import { trendMessages } from './trend-line.messages.js';
import { formatX } from '../core/dates.js';
import { type TrendModel, seriesFormat } from './trend-line.model.js';

/** A point of the chart: which series, which point of it. */
export interface PointRef {
  series: number;
  index: number;
}

/** A point in words, for the tooltip and the announcement: "Credenziali attive, 2016: 13.584". */
export function pointText(prepared: Prepared, { series, index }: PointRef, locale: string): string {
  const t = (key: string, params?: Record<string, string>) => translate(trendMessages, locale, key, params);
  const s = prepared.series[series]!;
  const y = yAt(s, index);
  return t('point', {
    series: s.label,
    x: formatX(s.points[index]![0], prepared.dataset.x.type, locale),
    y: y === y ? formatValue(y, seriesFormat(prepared.dataset, s.format), locale) : t('gap'),
  });
}

/** The same point kept inside the series after they changed; undefined when its series has no points. */
export function clampPoint(point: PointRef | undefined, prepared: Prepared): PointRef | undefined {
  if (!point) return undefined;
  const { series } = prepared;
  const s = Math.min(point.series, series.length - 1);
  if (s < 0 || series[s]!.n === 0) return undefined;
  return { series: s, index: Math.min(point.index, series[s]!.n - 1) };
}

/** The nearest point of another series with points, `step` series up or down; the same series if none. */
function otherSeries(prepared: Prepared, { series, index }: PointRef, step: 1 | -1): PointRef {
  const all = prepared.series;
  let next = series + step;
  while (all[next] && all[next]!.n === 0) next += step;
  if (!all[next]) return { series, index };
  return { series: next, index: nearestIndex(all[next]!, xAt(all[series]!, index)) };
}

/**
 * Where a key moves the active point: left and right by a point, Page Up and Down by a tenth of the
 * series, Home and End to its ends, up and down to the nearest point of the next series. From no
 * active point, the last point of the first series. Undefined for any other key.
 */
export function keyMove(
  key: string,
  current: PointRef | undefined,
  prepared: Prepared,
): PointRef | undefined {
  const from = current ?? { series: 0, index: (prepared.series[0]?.n ?? 0) - 1 };
  const n = prepared.series[from.series]?.n ?? 0;
  if (n === 0) return undefined;
  const page = Math.max(1, Math.round(n / 10));
  const to = (index: number) => ({ series: from.series, index: Math.max(0, Math.min(n - 1, index)) });
  const moves: Record<string, () => PointRef> = {
    ArrowRight: () => to(from.index + 1),
    ArrowLeft: () => to(from.index - 1),
    Home: () => to(0),
    End: () => to(n - 1),
    PageDown: () => to(from.index + page),
    PageUp: () => to(from.index - page),
    ArrowDown: () => otherSeries(prepared, from, 1),
    ArrowUp: () => otherSeries(prepared, from, -1),
  };
  return moves[key]?.();
}

/** The point nearest to a pixel of the plot, over every series; undefined when no series has points. */
export function pointAt(prepared: Prepared, model: TrendModel, px: number, py: number): PointRef | undefined {
  const x = model.x.invert(px);
  let best: (PointRef & { distance: number }) | undefined;
  prepared.series.forEach((s, series) => {
    if (s.n === 0) return;
    const index = nearestIndex(s, x);
    const y = yAt(s, index);
    const distance = Math.abs(model.x(xAt(s, index)) - px) + (y === y ? Math.abs(model.y(y) - py) : 1e6);
    if (!best || distance < best.distance) best = { series, index, distance };
  });
  return best && { series: best.series, index: best.index };
}

/** Where the active point sits in the plot, in pixels (a gap sits on the x axis). */
export function pointPosition(prepared: Prepared, model: TrendModel, { series, index }: PointRef) {
  const s = prepared.series[series]!;
  const y = yAt(s, index);
  return { x: model.x(xAt(s, index)), y: y === y ? model.y(y) : model.y(model.y.domain[0]), series };
}
