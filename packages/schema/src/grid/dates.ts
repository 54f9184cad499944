import { daysInMonth, isRealCalendarDate, parseIsoDateTime } from '../calendar.js';

const ITALIAN_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
/** A day first date and a time: "12/03/2017 14:05", "12.03.2017 14.05.30". */
const ITALIAN_DATETIME = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}),?[ T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** ISO date and time, seconds and offset optional: "2017-03-12T14:05", "2017-03-12 14:05:30+01:00". */
const ISO_DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?(Z|[+-]\d{2}:?\d{2})?$/;

const pad = (n: number | string, width = 2) => String(n).padStart(width, '0');

/** A date written day first, as Italians do ("31/12/2016", "1.3.2016"), as ISO text; else undefined. */
export function italianDateToIso(text: string): string | undefined {
  const match = ITALIAN_DATE.exec(text.trim());
  if (!match) return undefined;
  const [, day, month, year] = match as unknown as [string, string, string, string];
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return isRealCalendarDate(iso) && Number(month) <= 12 ? iso : undefined;
}

/**
 * A local date and time (a clock's, with no offset) as ISO text with the offset this computer's time
 * zone has then: "2017-03-12T14:05:00+01:00" in Rome. Undefined for a day or a time that does not exist.
 */
function localToIso(
  year: number,
  month: number,
  day: number,
  hours: number,
  minutes: number,
  seconds: number,
) {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const local = new Date(0);
  local.setFullYear(year, month - 1, day);
  local.setHours(hours, minutes, seconds, 0);
  const offset = -local.getTimezoneOffset();
  const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}${zone}`;
}

/** An instant as the schema writes it, from ISO text whose seconds or offset may be left out. */
function isoDateTime(match: RegExpExecArray): string | undefined {
  const [, year, month, day, hours, minutes, seconds = '00', offset] = match as unknown as string[];
  if (offset === undefined)
    return localToIso(+year!, +month!, +day!, +hours!, +minutes!, Math.floor(+seconds));
  const iso = `${year}-${month}-${day}T${hours}:${minutes}:${seconds}${offset}`;
  return Number.isNaN(parseIsoDateTime(iso)) ? undefined : iso;
}

/** What an x cell of a series is: a year, a date or an instant, with its value as the schema wants it. */
export type XCell = { type: 'year'; x: number } | { type: 'date' | 'datetime'; x: string };

/**
 * Reads an x value: a year (2016), a date (31/12/2016, 2016-12-31), an instant (2016-12-31T18:00:00+01:00),
 * or a date and time with no offset (12/03/2017 14:05, 2017-03-12T14:05), read in this computer's
 * time zone: a reader's browser shows it at the same clock time.
 */
export function readX(text: string): XCell | undefined {
  const value = text.trim();
  if (/^\d{4}$/.test(value)) return { type: 'year', x: Number(value) };
  const italian = italianDateToIso(value);
  if (italian) return { type: 'date', x: italian };
  if (ISO_DATE.test(value)) return isRealCalendarDate(value) ? { type: 'date', x: value } : undefined;
  if (!Number.isNaN(parseIsoDateTime(value))) return { type: 'datetime', x: value };
  const iso = ISO_DATETIME.exec(value);
  const local = iso ? undefined : ITALIAN_DATETIME.exec(value);
  const x = iso
    ? isoDateTime(iso)
    : local && localToIso(+local[3]!, +local[2]!, +local[1]!, +local[4]!, +local[5]!, +(local[6] ?? 0));
  return x ? { type: 'datetime', x } : undefined;
}
