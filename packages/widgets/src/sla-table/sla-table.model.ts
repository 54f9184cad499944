import { type ReportDocument, type SlaDataset, type SlaStatus, evaluateSla } from '@cst/schema';
import { formatDate } from '../core/dates.js';
import { formatPercent, formatPoints, formatValue, unitLabel } from '../core/format.js';
import { translate } from '../core/i18n.js';
import { coreText } from '../core/messages.js';
import type { SortState } from '../core/sort.js';
import { slaMessages } from './sla-table.messages.js';

export const SLA_COLUMNS = ['code', 'label', 'target', 'measured', 'deviation', 'status'] as const;
export type SlaColumn = (typeof SLA_COLUMNS)[number];
/** all; breached; at-risk; problems: every row that is not met (breached, at risk, not measured). */
export const SLA_FILTERS = ['all', 'breached', 'at-risk', 'problems'] as const;
export type SlaFilter = (typeof SLA_FILTERS)[number];
/** The columns a reader can sort on. */
export const SORTABLE_COLUMNS: readonly SlaColumn[] = ['code', 'deviation', 'status'];

/** One SLA as the table shows it: every cell already formatted for the locale. */
export interface SlaRow {
  index: number;
  code: string;
  label: string;
  /** "almeno" / "al massimo", or empty for a qualitative target. */
  direction: string;
  target: string;
  measured: string;
  /** "+0,92", "+50%", "Nessuno scostamento", "—". */
  deviation: string;
  /** Short unit after the deviation ("p.p.") and its spoken expansion ("punti percentuali"). */
  deviationUnit?: { short: string; long: string };
  /** The number sorted on; null for words or nothing. */
  deviationValue: number | null;
  status: SlaStatus;
  statusText: string;
}

const t = (locale: string, key: string, params?: Record<string, string | number>) =>
  translate(slaMessages, locale, key, params);
const plural = (locale: string, key: string, count: number, params: Record<string, number>) =>
  t(locale, `${key}.${count === 1 ? 'one' : 'other'}`, params);

/** Reads the `columns` attribute: known keys in the order given; all columns when none is known. */
export function parseColumns(value: string | null | undefined): SlaColumn[] {
  const wanted = (value ?? '').split(',').map((part) => part.trim().toLowerCase());
  const known = wanted.filter(
    (key, i): key is SlaColumn =>
      (SLA_COLUMNS as readonly string[]).includes(key) && wanted.indexOf(key) === i,
  );
  return known.length ? known : [...SLA_COLUMNS];
}

/** Reads the `filter` attribute; anything unknown shows all rows. */
export function parseFilter(value: string | null | undefined): SlaFilter {
  return (SLA_FILTERS as readonly string[]).includes(value ?? '') ? (value as SlaFilter) : 'all';
}

/** The rows of an SLA dataset, evaluated with the schema's rules and formatted. */
export function slaRows(
  dataset: SlaDataset,
  locale: string,
  atRiskMargin = dataset.atRiskMargin ?? 0,
): SlaRow[] {
  return dataset.items.map((item, index) => {
    const { status, deviation } = evaluateSla(item, atRiskMargin);
    const { target, measured } = item;
    const format = target.direction === 'text' ? undefined : target.format;
    let deviationText = t(locale, 'none');
    let deviationUnit: SlaRow['deviationUnit'] = { short: '', long: t(locale, 'noneLong') };
    let deviationValue: number | null = null;
    if (deviation && 'text' in deviation) {
      deviationText = deviation.text;
      deviationUnit = undefined;
    } else if (deviation) {
      deviationValue = deviation.value;
      const points = deviation.unit === 'pp';
      deviationText = points
        ? formatPoints(deviation.value, locale, 2)
        : formatPercent(deviation.value, locale, 1, true);
      deviationUnit = points ? { short: t(locale, 'pp'), long: t(locale, 'ppLong') } : undefined;
    }
    return {
      index,
      code: item.code,
      label: item.label,
      direction: t(locale, `direction.${target.direction}`),
      target:
        target.direction === 'text'
          ? target.text
          : (target.text ?? formatValue(target.value, format, locale)),
      measured: !measured
        ? t(locale, 'status.not-measured')
        : (measured.text ?? formatValue((measured as { value: number }).value, format, locale)),
      deviation: deviationText,
      deviationUnit,
      deviationValue,
      status,
      statusText: t(locale, `status.${status}`),
    };
  });
}

// Ascending status puts what needs attention first.
const STATUS_RANK: Record<SlaStatus, number> = { breached: 0, 'at-risk': 1, 'not-measured': 2, met: 3 };
// Created on the first sort by code, not when the module loads: most pages never sort.
let codeOrder: Intl.Collator | undefined;

function compare(a: SlaRow, b: SlaRow, column: string): number {
  if (column === 'code') {
    codeOrder ??= new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
    return codeOrder.compare(a.code, b.code);
  }
  if (column === 'status') return STATUS_RANK[a.status] - STATUS_RANK[b.status];
  return (a.deviationValue ?? 0) - (b.deviationValue ?? 0);
}

/**
 * Filters and sorts rows (by a sortable column; any other leaves document order); ties keep
 * document order, and rows without a deviation sort last either way.
 */
export function arrangeRows(rows: readonly SlaRow[], filter: SlaFilter, sort?: SortState): SlaRow[] {
  const kept =
    filter === 'all'
      ? [...rows]
      : rows.filter((row) => (filter === 'problems' ? row.status !== 'met' : row.status === filter));
  if (!sort || !SORTABLE_COLUMNS.includes(sort.column as SlaColumn)) return kept;
  const { column } = sort;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return kept.sort((a, b) => {
    if (column === 'deviation' && (a.deviationValue === null) !== (b.deviationValue === null)) {
      return a.deviationValue === null ? 1 : -1;
    }
    return sign * compare(a, b, column) || a.index - b.index;
  });
}

/** The caption: "11 SLA su 11 rispettati", the period, and when the data is from. */
export function slaCaption(
  rows: readonly SlaRow[],
  dataset: SlaDataset,
  document: ReportDocument | undefined,
  locale: string,
): { summary: string; details: string[] } {
  const count = (status: SlaStatus) => rows.filter((row) => row.status === status).length;
  const atRisk = count('at-risk');
  const reached = count('met') + atRisk;
  const parts = [plural(locale, 'summary', reached, { reached, total: rows.length })];
  if (atRisk) parts.push(plural(locale, 'atRisk', atRisk, { count: atRisk }));
  for (const [key, status] of [
    ['breached', 'breached'],
    ['notMeasured', 'not-measured'],
  ] as const) {
    const n = count(status);
    if (n) parts.push(plural(locale, key, n, { count: n }));
  }
  const details: string[] = [];
  const period = document?.period;
  if (period) {
    const label = period.label ?? `${formatDate(period.from, locale)}–${formatDate(period.to, locale)}`;
    details.push(t(locale, 'period', { period: label }));
  }
  const asOf = dataset.asOf ?? document?.updatedAt;
  if (asOf) details.push(coreText(locale, 'asOf', { date: formatDate(asOf, locale) }));
  return { summary: parts.join(', '), details };
}

/** A cell's key among the changed cells: "SLA.1|measured". */
export const cellKey = (code: string, column: SlaColumn): string => `${code}|${column}`;

/** What changed between two sets of rows: the cells (by `cellKey`), and the rows whose status changed. */
export function diffRows(
  previous: readonly SlaRow[],
  next: readonly SlaRow[],
): { cells: string[]; statusChanges: SlaRow[] } {
  const before = new Map(previous.map((row) => [row.code, row]));
  const cells: string[] = [];
  const statusChanges: SlaRow[] = [];
  for (const row of next) {
    const old = before.get(row.code);
    for (const column of SLA_COLUMNS) {
      const changed =
        !old ||
        (column !== 'code' && old[column] !== row[column]) ||
        (column === 'deviation' && old.deviationUnit?.short !== row.deviationUnit?.short);
      if (changed) cells.push(cellKey(row.code, column));
    }
    if (old && old.status !== row.status) statusChanges.push(row);
  }
  return { cells, statusChanges };
}

/** Every SLA in document order as CSV rows: numbers stay numbers, units in their own columns. */
export function slaCsvRows(
  dataset: SlaDataset,
  rows: readonly SlaRow[],
  locale: string,
): (string | number)[][] {
  const header = [
    ...['code', 'label'].map((key) => t(locale, `column.${key}`)),
    t(locale, 'csv.direction'),
    t(locale, 'column.target'),
    t(locale, 'column.measured'),
    t(locale, 'csv.unit'),
    t(locale, 'column.deviation'),
    t(locale, 'csv.deviationUnit'),
    t(locale, 'column.status'),
  ];
  const body = dataset.items.map((item, i) => {
    const row = rows[i]!;
    const { target, measured } = item;
    const numeric = target.direction !== 'text' && !target.text;
    const measure = measured ? (measured.text ?? (measured as { value: number }).value) : '';
    const unit =
      target.direction !== 'text' && (numeric || typeof measure === 'number')
        ? unitLabel(target.format, locale)
        : '';
    return [
      item.code,
      item.label,
      row.direction,
      target.direction === 'text' ? target.text : (target.text ?? target.value),
      measure,
      unit,
      row.deviationValue ?? (row.deviationUnit?.short === '' ? '' : row.deviation),
      row.deviationValue === null ? '' : (row.deviationUnit?.short ?? '%'),
      row.statusText,
    ];
  });
  return [header, ...body];
}
