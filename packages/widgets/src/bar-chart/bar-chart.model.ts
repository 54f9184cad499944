import type { SeriesDataset, TableDataset, ValueFormat } from '@cst/schema';
import { chartMessages } from '../charts/chart.messages.js';
import type { ChartTable } from '../charts/chart.parts.js';
import type { CsvCell } from '../core/csv.js';
import { isoX } from '../core/dates.js';
import { formatValue, formatYear } from '../core/format.js';
import { type Dictionary, translate } from '../core/i18n.js';

export const ORIENTATIONS = ['horizontal', 'vertical'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];
export const SORTS = ['none', 'asc', 'desc'] as const;
export type BarSort = (typeof SORTS)[number];

export interface BarSeries {
  id: string;
  label: string;
  format?: ValueFormat;
}
export interface BarCategory {
  label: string;
  values: (number | null)[];
}
/** The figures a bar chart draws: categories × series, sorted and cut. */
export interface BarData {
  categoryLabel: string;
  series: BarSeries[];
  categories: BarCategory[];
}
export interface BarOptions {
  labelColumn?: string;
  valueColumns?: readonly string[];
  sort?: BarSort;
  top?: number;
}

const NUMERIC = new Set(['count', 'decimal', 'currency', 'percent']);

/**
 * Categories and series of a table (label column, value columns) or of a series dataset (x as
 * category). By default a table's value columns are the numeric ones of the first one's type:
 * counts and euros on one axis would compare what cannot be compared.
 */
export function barData(data: TableDataset | SeriesDataset, options: BarOptions = {}): BarData {
  let result: BarData;
  if (data.kind === 'table') {
    const label =
      data.columns.find((c) => c.id === options.labelColumn) ?? data.columns.find((c) => c.type === 'text');
    const first = data.columns.find((c) => NUMERIC.has(c.type));
    const chosen = options.valueColumns?.length
      ? options.valueColumns.map((id) => data.columns.find((c) => c.id === id)).filter((c) => c !== undefined)
      : data.columns.filter((c) => c.type === first?.type && c !== label);
    result = {
      categoryLabel: label?.label ?? '',
      series: chosen.map((c) => ({
        id: c.id,
        label: c.group ? `${c.group} ${c.label}` : c.label,
        format: c.format ?? { style: c.type === 'delta' ? 'percent' : (c.type as ValueFormat['style']) },
      })),
      categories: data.rows.map((row, i) => ({
        label: String(label ? (row.cells[label.id] ?? '') : i + 1),
        values: chosen.map((c) => {
          const v = row.cells[c.id];
          return typeof v === 'number' ? v : null;
        }),
      })),
    };
  } else {
    const xs = [...new Set(data.series.flatMap((s) => s.points.map(([x]) => x)))];
    result = {
      categoryLabel: data.x.label ?? '',
      series: data.series.map((s) => ({ id: s.id, label: s.label, format: s.format ?? data.y?.format })),
      categories: xs.map((x) => ({
        label: typeof x === 'string' ? x : data.x.type === 'year' ? formatYear(x) : isoX(x, data.x.type),
        values: data.series.map((s) => s.points.find(([px]) => px === x)?.[1] ?? null),
      })),
    };
  }
  const sort = options.sort ?? 'none';
  if (sort !== 'none') {
    const key = (c: BarCategory) => c.values[0] ?? -Infinity;
    result.categories = [...result.categories].sort((a, b) =>
      sort === 'asc' ? key(a) - key(b) : key(b) - key(a),
    );
  }
  if (options.top && options.top > 0) result.categories = result.categories.slice(0, options.top);
  return result;
}

export function formatBar(value: number, series: BarSeries, locale: string): string {
  return formatValue(value, series.format, locale);
}

/** Each category's values as written on its bars ("-" for a missing value). */
export function barTexts(data: BarData, locale: string): string[][] {
  return data.categories.map((c) =>
    c.values.map((v, s) => (v === null ? '-' : formatBar(v, data.series[s]!, locale))),
  );
}

/** The bars as a table: a row per category, its values as written on the bars. */
export function barTable(data: BarData, locale: string): ChartTable {
  const texts = barTexts(data, locale);
  return {
    head: [data.categoryLabel, ...data.series.map((s) => s.label)],
    body: data.categories.map((c, i) => [c.label, ...texts[i]!]),
  };
}

/** The bars as CSV rows, in the order drawn: numbers stay numbers, a missing value is empty. */
export function barCsvRows(data: BarData): CsvCell[][] {
  return [
    [data.categoryLabel, ...data.series.map((s) => s.label)],
    ...data.categories.map((c) => [c.label, ...c.values]),
  ];
}

/** A sentence per series: the highest and lowest category, for the text description. */
export function barSummary(
  data: BarData,
  orientation: Orientation,
  locale: string,
  messages: Dictionary = chartMessages,
): string {
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(messages, locale, key, params);
  const parts = [
    t('bars', { orientation: t(orientation), count: data.categories.length }) +
      (data.series.length > 1 ? t('series', { names: data.series.map((s) => s.label).join(', ') }) : '') +
      '.',
  ];
  data.series.forEach((series, s) => {
    const withValue = data.categories.filter((c) => c.values[s] !== null && c.values[s] !== undefined);
    if (!withValue.length) return;
    const max = withValue.reduce((a, b) => (b.values[s]! > a.values[s]! ? b : a));
    const min = withValue.reduce((a, b) => (b.values[s]! < a.values[s]! ? b : a));
    parts.push(
      t('extremes', {
        series: series.label,
        maxLabel: max.label,
        max: formatBar(max.values[s]!, series, locale),
        minLabel: min.label,
        min: formatBar(min.values[s]!, series, locale),
      }),
    );
  });
  return parts.join(' ');
}
