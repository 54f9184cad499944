import { isRealCalendarDate } from '../calendar.js';

const ITALIAN_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** A date written day first, as Italians do ("31/12/2016", "1.3.2016"), as ISO text; else undefined. */
export function italianDateToIso(text: string): string | undefined {
  const match = ITALIAN_DATE.exec(text.trim());
  if (!match) return undefined;
  const [, day, month, year] = match as unknown as [string, string, string, string];
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isRealCalendarDate(iso) && Number(month) <= 12 ? iso : undefined;
}

/** What an x cell of a series is: a year, a date or an instant, with its value as the schema wants it. */
export type XCell = { type: 'year'; x: number } | { type: 'date' | 'datetime'; x: string };

/** Reads an x value: 2016, "31/12/2016", "2016-12-31", "2016-12-31T18:00:00+01:00". */
export function readX(text: string): XCell | undefined {
  const value = text.trim();
  if (/^\d{4}$/.test(value)) return { type: 'year', x: Number(value) };
  const italian = italianDateToIso(value);
  if (italian) return { type: 'date', x: italian };
  if (ISO_DATE.test(value) && isRealCalendarDate(value)) return { type: 'date', x: value };
  if (ISO_DATETIME.test(value) && isRealCalendarDate(value)) return { type: 'datetime', x: value };
  return undefined;
}
