import { numberFormat } from './format.js';
import { plainDate } from './plain-date.js';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A cached Intl.DateTimeFormat. */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** A date as `new Intl.DateTimeFormat(locale, options)` writes it: without Intl where plainDate can. */
export function formatDateAs(date: Date, locale: string, options: Intl.DateTimeFormatOptions): string {
  return plainDate(date, locale, options) ?? dateFormat(locale, options).format(date);
}

/** An ISO date with no time is a calendar day: read it at noon UTC so no zone shifts it. */
export function parseIsoDate(value: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
}

/** 31/12/2016 in Italian, 12/31/2016 in US English. */
export function formatDate(value: Date | string, locale: string): string {
  const date = typeof value === 'string' ? parseIsoDate(value) : value;
  const options: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric' };
  if (typeof value === 'string' && !value.includes('T')) options.timeZone = 'UTC';
  return formatDateAs(date, locale, options);
}

/** 31 dicembre 2016. */
export function formatLongDate(value: Date | string, locale: string): string {
  const date = typeof value === 'string' ? parseIsoDate(value) : value;
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
  if (typeof value === 'string' && !value.includes('T')) options.timeZone = 'UTC';
  return dateFormat(locale, options).format(date);
}

/** 12/03/2017, 14:05. */
export function formatDateTime(value: Date | string, locale: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return formatDateAs(date, locale, { dateStyle: 'short', timeStyle: 'short' });
}

/** An x given in milliseconds as the ISO text it would be written in: a date's day, an instant in UTC. */
export function isoX(ms: number, type: 'date' | 'datetime'): string {
  const iso = new Date(ms).toISOString();
  return type === 'date' ? iso.slice(0, 10) : iso;
}

/**
 * A series' x as a reader reads it: 2016; 31/12/2016; 31/12/16, 18:00. Dates and instants may be
 * ISO text or milliseconds since 1970 (a date's: its midnight UTC).
 */
export function formatX(x: number | string, type: 'year' | 'date' | 'datetime', locale: string): string {
  if (type === 'year') return String(x);
  if (type === 'date') return formatDate(typeof x === 'number' ? isoX(x, type) : x, locale);
  return formatDateTime(typeof x === 'number' ? new Date(x) : x, locale);
}

const DURATION_UNITS: Array<[Intl.RelativeTimeFormatUnit & string, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/** A duration in its largest whole unit: "3 ore", "1 ora", "45 secondi", "2 giorni". */
export function formatDuration(ms: number, locale: string): string {
  const [unit, size] = DURATION_UNITS.find(([, s]) => Math.abs(ms) >= s) ?? DURATION_UNITS[3]!;
  return numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(Math.round(ms / size));
}
