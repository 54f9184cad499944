import { formatCount, formatPercent, formatValue } from '../core/format.js';
import { translate } from '../core/i18n.js';
import { trendMessages } from './trend-line.messages.js';
import { formatX } from '../core/dates.js';
import { seriesFormat, thresholdTexts } from './trend-line.model.js';
import { type Prepared, type PreparedSeries, xAt, yAt } from './prepare.js';

function seriesStats(s: PreparedSeries, prepared: Prepared, locale: string): string {
  const t = (key: string, params?: Record<string, string>) => translate(trendMessages, locale, key, params);
  // Extremes and ends were found while preparing: no pass over the points here.
  const { points, first, last, lo, hi } = s;
  if (first < 0) return t('noValues', { label: s.label });
  const type = prepared.dataset.x.type;
  const format = seriesFormat(prepared.dataset, s.format);
  const value = (i: number) => formatValue(yAt(s, i), format, locale);
  const x = (i: number) => formatX(points[i]![0], type, locale);
  const [a, b] = [yAt(s, first), yAt(s, last)];
  const change = a === 0 ? Math.sign(b) * Infinity : ((b - a) / Math.abs(a)) * 100;
  // Within 1% of the first value reads as flat; from zero there is no percent, so the amount is given.
  const amount = Number.isFinite(change)
    ? formatPercent(Math.abs(change), locale, 1)
    : formatValue(Math.abs(b - a), format, locale);
  const trend = Math.abs(change) < 1 ? t('flat') : t(change > 0 ? 'up' : 'down', { change: amount });
  return t('stats', {
    label: s.label,
    min: value(lo),
    minX: x(lo),
    max: value(hi),
    maxX: x(hi),
    last: value(last),
    lastX: x(last),
    trend,
  });
}

/**
 * What the chart shows, in words, from every point (not the drawn ones): the range, and for each
 * series its minimum, maximum, last value and overall trend.
 */
export function describeTrend(prepared: Prepared, locale: string): string {
  const t = (key: string, params?: Record<string, string>) => translate(trendMessages, locale, key, params);
  const { dataset, series } = prepared;
  const type = dataset.x.type;
  let first: [number, string | number] | undefined;
  let last: typeof first;
  let count = 0;
  for (const s of series) {
    count += s.n;
    if (s.n === 0) continue;
    if (!first || xAt(s, 0) < first[0]) first = [xAt(s, 0), s.points[0]![0]];
    if (!last || xAt(s, s.n - 1) > last[0]) last = [xAt(s, s.n - 1), s.points[s.n - 1]![0]];
  }
  const summary = t('summary', {
    title: dataset.title,
    series: series.length === 1 ? t('seriesOne') : t('seriesMany', { count: String(series.length) }),
    first: first ? formatX(first[1], type, locale) : '',
    last: last ? formatX(last[1], type, locale) : '',
    count: formatCount(count, locale),
  });
  const parts = [summary, ...series.map((s) => seriesStats(s, prepared, locale))];
  // The lines drawn across the chart (targets, thresholds) are said too: a reader who cannot see
  // them would otherwise not know what the values are measured against.
  const lines = thresholdTexts(dataset, locale);
  if (lines.length > 0) parts.push(t('thresholds', { list: lines.join('; ') }));
  if (prepared.view === 'cumulative') parts.push(t('cumulative'));
  return parts.join(' ');
}
