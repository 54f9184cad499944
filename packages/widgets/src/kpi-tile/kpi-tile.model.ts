import type { KpiDataset } from '@cst/schema';
import type { CsvCell } from '../core/csv.js';
import { formatPercent, formatSigned, formatValue, unitLabel } from '../core/format.js';
import { translate } from '../core/i18n.js';
import { kpiMessages } from './kpi-tile.messages.js';

export type ChangeDirection = 'up' | 'down' | 'flat';
export type Judgement = 'good' | 'bad' | 'neutral';

export interface KpiChange {
  direction: ChangeDirection;
  judgement: Judgement;
  /** "+2 (+0,6%)". */
  amount: string;
  /** "in aumento, positivo". */
  words: string;
  /** "rispetto al 2015". */
  versus: string;
}

export interface KpiModel {
  label: string;
  qualifier?: string;
  value: string;
  change?: KpiChange;
  target?: { text: string; met: boolean };
  note?: string;
  /** Everything above as one sentence for screen readers. */
  sentence: string;
}

function judge(direction: ChangeDirection, better: KpiDataset['better']): Judgement {
  if (direction === 'flat' || !better || better === 'neutral') return 'neutral';
  return direction === better ? 'good' : 'bad';
}

function changeOf(kpi: KpiDataset, locale: string): KpiChange | undefined {
  if (kpi.previous === undefined) return undefined;
  const t = (key: string, params?: Record<string, string>) => translate(kpiMessages, locale, key, params);
  const diff = kpi.value - kpi.previous;
  const direction: ChangeDirection = diff > 0 ? 'up' : diff < 0 ? 'down' : 'flat';
  const judgement = judge(direction, kpi.better);
  // A change of a percentage is itself in points, not a relative percent.
  const isPercent = kpi.format?.style === 'percent';
  const signed = formatSigned(diff, isPercent ? { ...kpi.format!, style: 'decimal' } : kpi.format, locale);
  const relative =
    !isPercent && kpi.previous !== 0
      ? ` (${formatPercent((diff / kpi.previous) * 100, locale, 1, true)})`
      : '';
  const words = judgement === 'neutral' ? t(direction) : `${t(direction)}, ${t(judgement)}`;
  const versus = kpi.previousLabel
    ? t('versus', { previous: kpi.previousLabel })
    : t('versusValue', { value: formatValue(kpi.previous, kpi.format, locale) });
  return { direction, judgement, amount: `${signed}${isPercent ? ' p.p.' : ''}${relative}`, words, versus };
}

/** What a KPI tile shows, computed once per data or locale change. */
export function kpiModel(kpi: KpiDataset, locale: string): KpiModel {
  const t = (key: string, params?: Record<string, string>) => translate(kpiMessages, locale, key, params);
  const value = formatValue(kpi.value, kpi.format, locale);
  const qualifier = kpi.qualifier ? t(`qualifier.${kpi.qualifier}`) : undefined;
  const change = changeOf(kpi, locale);
  let target: KpiModel['target'];
  if (kpi.target !== undefined) {
    const met = kpi.better === 'down' ? kpi.value <= kpi.target : kpi.value >= kpi.target;
    target = { text: t('target', { target: formatValue(kpi.target, kpi.format, locale) }), met };
  }
  const parts = [`${kpi.title}: ${qualifier ? `${qualifier} ` : ''}${value}`];
  if (change) parts.push(`${change.words} ${change.amount} ${change.versus}`);
  if (target) parts.push(`${target.text}, ${t(target.met ? 'targetMet' : 'targetMissed')}`);
  const sentence = `${parts.join(', ')}.${kpi.note ? ` ${kpi.note}` : ''}`;
  return { label: kpi.title, qualifier, value, change, target, note: kpi.note, sentence };
}

/** The figure as CSV rows: a header, then the figure with its unit, previous value and target as numbers. */
export function kpiCsvRows(kpi: KpiDataset, locale: string): CsvCell[][] {
  const t = (key: string) => translate(kpiMessages, locale, key);
  return [
    ['indicator', 'qualifier', 'value', 'unit', 'previous', 'target'].map((key) => t(`csv.${key}`)),
    [
      kpi.title,
      kpi.qualifier ? t(`qualifier.${kpi.qualifier}`) : '',
      kpi.value,
      unitLabel(kpi.format, locale),
      kpi.previous,
      kpi.target,
    ],
  ];
}
