import { type ShareDataset, shareTotal } from '@cst/schema';
import { chartMessages } from '../charts/chart.messages.js';
import type { ChartTable } from '../charts/chart.parts.js';
import type { CsvCell } from '../core/csv.js';
import { formatValue } from '../core/format.js';
import { translate } from '../core/i18n.js';
import { donutArc, donutCentroid, pieAngles } from './donut.js';

export const VARIANTS = ['donut', 'bar'] as const;
export type ShareVariant = (typeof VARIANTS)[number];

export interface SliceView {
  id: string;
  label: string;
  /** The part in percent of the whole. */
  percent: number;
  /** "70,2%". */
  percentText: string;
  /** The value as the dataset formats it ("1.234"), when it is not already a percent. */
  valueText?: string;
  /** Donut: the arc's path and where its label sits; undefined for an empty part. */
  path?: string;
  centroid: [number, number];
  /** Donut: whether the arc is wide enough to carry its label. */
  labelled: boolean;
}
export interface ShareModel {
  slices: SliceView[];
  summary: string;
  /** The parts as a table: name, share and, when the values are not percents, the value. */
  table: ChartTable;
}

/** Outer radius of the donut in its 0-centred viewBox. */
export const RADIUS = 100;

/**
 * Parts of a whole with their percentages: values that are already percents adding up to
 * about 100 are used as they are (70,2 / 29,8), anything else is divided by the total.
 */
export function shareModel(share: ShareDataset, locale: string, variant: ShareVariant = 'donut'): ShareModel {
  const total = shareTotal(share);
  const isPercent = share.format?.style === 'percent' && Math.abs(total - 100) <= 0.5;
  const digits = {
    minimumFractionDigits: share.format?.minimumFractionDigits ?? 0,
    maximumFractionDigits: share.format?.maximumFractionDigits ?? 1,
  };
  const angles = pieAngles(share.parts.map((p) => p.value));
  const inner = RADIUS * 0.58;
  const pad = share.parts.length > 1 ? 0.01 : 0;
  const slices = share.parts.map((part, i): SliceView => {
    const percent = isPercent ? part.value : total > 0 ? (part.value / total) * 100 : 0;
    const { start, end } = angles[i]!;
    return {
      id: part.id,
      label: part.label,
      percent,
      percentText: formatValue(percent, { style: 'percent', ...digits }, locale),
      valueText: isPercent ? undefined : formatValue(part.value, share.format, locale),
      path: part.value > 0 ? donutArc(start, end, inner, RADIUS, pad) : undefined,
      centroid: donutCentroid(start, end, inner, RADIUS),
      labelled: end - start > 0.45,
    };
  });
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(chartMessages, locale, key, params);
  const largest = slices.reduce<SliceView | undefined>(
    (a, b) => (!a || b.percent > a.percent ? b : a),
    undefined,
  );
  const summary = [
    t('parts', {
      kind: t(variant),
      count: slices.length,
      list: slices.map((s) => `${s.label} ${s.percentText}`).join(', '),
    }),
    largest && slices.length > 1 ? t('largest', { label: largest.label }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const withValues = slices.some((s) => s.valueText !== undefined);
  const table = {
    head: [t('part'), t('share'), ...(withValues ? [t('value')] : [])],
    body: slices.map((s) => [s.label, s.percentText, ...(withValues ? [s.valueText ?? ''] : [])]),
  };
  return { slices, summary, table };
}

/** The parts as CSV rows: name, share in percent and the value as given, both as numbers. */
export function shareCsvRows(share: ShareDataset, model: ShareModel, locale: string): CsvCell[][] {
  const t = (key: string) => translate(chartMessages, locale, key);
  return [
    [t('part'), t('sharePercent'), t('value')],
    ...model.slices.map((slice, i) => [slice.label, slice.percent, share.parts[i]!.value]),
  ];
}
