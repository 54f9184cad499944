import type { ValueFormat } from '@cst/schema';
import { plainNumber } from './plain-number.js';

// Building an Intl formatter costs far more than using one, and formatting runs per cell: keep one
// per locale and options.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A cached Intl.NumberFormat. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

const writers = new Map<string, (value: number) => string>();

/**
 * Writes a number as `new Intl.NumberFormat(locale, options)` would: without Intl where
 * plainNumber knows how (see why there), through a cached Intl formatter otherwise.
 */
export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions): string {
  const key = locale + JSON.stringify(options);
  let write = writers.get(key);
  if (!write) {
    const plain = plainNumber(locale, options);
    // Intl is built only if a value needs it, and then once (not looked up again per value).
    let format: Intl.NumberFormat | undefined;
    const intl = (v: number) => (format ??= numberFormat(locale, options)).format(v);
    write = plain ? (v) => plain(v) ?? intl(v) : intl;
    writers.set(key, write);
  }
  return write(value);
}

/** A unit's name as Intl writes it after 2 ("ms", "giorni", "hrs"): the label of a column of that unit. */
export function unitName(unit: string, locale: string): string {
  const parts = numberFormat(locale, { style: 'unit', unit }).formatToParts(2);
  return parts.find((part) => part.type === 'unit')?.value ?? '';
}

/** The unit of a value format as a CSV column writes it beside plain numbers: %, EUR, ms, giorni. */
export function unitLabel(format: ValueFormat | undefined, locale: string): string {
  if (format?.style === 'percent') return '%';
  if (format?.style === 'currency') return format.currency ?? 'EUR';
  if (format?.style !== 'unit' || !format.unit) return format?.suffix ?? '';
  return unitName(format.unit, locale);
}

/**
 * Intl options for a value format. Grouping is always on: Italian style writes 4.788,
 * and Intl's default for it-IT leaves four-digit numbers ungrouped.
 */
export function intlOptions(format: ValueFormat | undefined): Intl.NumberFormatOptions {
  const style = format?.style ?? 'count';
  const options: Intl.NumberFormatOptions = { useGrouping: 'always' as unknown as boolean };
  // A count has no decimals, but a compact one does: 2.200.000 → "2,2 milioni".
  if (style === 'count' && format?.notation !== 'compact') options.maximumFractionDigits = 0;
  if (style === 'percent') options.style = 'percent';
  if (style === 'currency') {
    options.style = 'currency';
    options.currency = format?.currency ?? 'EUR';
  }
  if (style === 'unit' && format?.unit) {
    options.style = 'unit';
    options.unit = format.unit;
    options.unitDisplay = 'short';
  }
  if (format?.minimumFractionDigits !== undefined)
    options.minimumFractionDigits = format.minimumFractionDigits;
  if (format?.maximumFractionDigits !== undefined) {
    options.maximumFractionDigits = Math.max(
      format.maximumFractionDigits,
      options.minimumFractionDigits ?? 0,
    );
  }
  if (format?.notation === 'compact') {
    options.notation = 'compact';
    options.compactDisplay = 'long';
  }
  return options;
}

/**
 * From a million billions up, digits written out say nothing a reader can use (past 2^53 they are
 * not even the document's) and run to 400 characters for 1e308, wider than any cell: such values
 * are written in scientific notation instead, 1,798E308.
 */
const SCIENTIFIC_FROM = 1e15;

/** The options for one value: scientific notation for a value too large to write out. */
function optionsFor(scaled: number, options: Intl.NumberFormatOptions): Intl.NumberFormatOptions {
  if (Math.abs(scaled) < SCIENTIFIC_FROM || !Number.isFinite(scaled)) return options;
  return { ...options, notation: 'scientific', maximumFractionDigits: 3, minimumFractionDigits: 0 };
}

/** Formats a value by its dataset format: 99,92% · 11.240.255,77 € · 4.788 · 7 ms. */
export function formatValue(value: number, format: ValueFormat | undefined, locale: string): string {
  // Report percents are written in percent (99.92), Intl wants fractions.
  const scaled = format?.style === 'percent' ? value / 100 : value;
  const text = formatNumber(scaled, locale, optionsFor(value, intlOptions(format)));
  return format?.suffix ? `${text} ${format.suffix}` : text;
}

/** A signed change, e.g. +26,4% (value in percent) or −1.357. */
export function formatSigned(value: number, format: ValueFormat | undefined, locale: string): string {
  const options = { ...intlOptions(format), signDisplay: 'exceptZero' as const };
  const scaled = format?.style === 'percent' ? value / 100 : value;
  return formatNumber(scaled, locale, optionsFor(value, options));
}

/** A percent written in percent units, grouped as every figure is: formatPercent(6760.6, 'it-IT') → "6.760,6%". */
export function formatPercent(value: number, locale: string, digits = 1, signed = false): string {
  const options: Intl.NumberFormatOptions = {
    style: 'percent',
    useGrouping: 'always' as unknown as boolean,
    maximumFractionDigits: digits,
    signDisplay: signed ? 'exceptZero' : 'auto',
  };
  return formatNumber(value / 100, locale, optionsFor(value, options));
}

/** Percentage points, sign always shown: +0,92. The unit word comes from the messages. */
export function formatPoints(value: number, locale: string, digits = 2): string {
  const options: Intl.NumberFormatOptions = {
    useGrouping: 'always' as unknown as boolean,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  };
  return formatNumber(value, locale, optionsFor(value, options));
}

/** A plain count with grouping: 4.788. */
export function formatCount(value: number, locale: string): string {
  return formatValue(value, { style: 'count' }, locale);
}

/** A year as a year: 2016, never 2.016. */
export function formatYear(value: number): string {
  return String(Math.trunc(value));
}
