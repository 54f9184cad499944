// Dates and instants read by character codes: a trend line of a million timestamps reads each one
// here, once, so there is no split, no regular expression and no Date.parse on the way.

/** One day, in milliseconds. */
export const DAY_MS = 86_400_000;
/** The farthest instant a JavaScript Date holds, either side of 1970. */
export const MAX_MS = 8.64e15;

/** The digit at `i` of `s` as a number, or NaN when it is not one of 0-9. */
function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : NaN;
}

/** Two digits at `i`, as a number (NaN if either is not a digit). */
const two = (s: string, i: number) => digit(s, i) * 10 + digit(s, i + 1);

/** The days of a month (1-12) of a year in the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/**
 * The leading `YYYY-MM-DD` of `s` as the days since 1970-01-01, or NaN when it is not a date of
 * the calendar (2016-02-30, month 13, a letter anywhere).
 */
function leadingDay(s: string): number {
  const year = digit(s, 0) * 1000 + digit(s, 1) * 100 + two(s, 2);
  const month = two(s, 5);
  const day = two(s, 8);
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || !(month >= 1 && month <= 12)) return NaN;
  return day >= 1 && day <= daysInMonth(year, month) ? daysFromCivil(year, month, day) : NaN;
}

/** True when an ISO date's day exists in its month (the shape alone accepts 2016-02-31). */
export function isRealCalendarDate(value: string): boolean {
  return value.length >= 10 && !Number.isNaN(leadingDay(value));
}

/** `YYYY-MM-DD` as the milliseconds of its midnight UTC; NaN for any other text or a day that does not exist. */
export function parseIsoDate(s: string): number {
  return s.length === 10 ? leadingDay(s) * DAY_MS : NaN;
}

/**
 * An ISO date and time with its offset as milliseconds since 1970, NaN for anything else:
 * `YYYY-MM-DDThh:mm:ss`, a space instead of the T, up to nine decimals of a second (read to the
 * millisecond), then `Z` or an offset `±hh`, `±hhmm` or `±hh:mm` (a space may come before it).
 * Exactly what the schema's date-time accepts (valibot's isoTimestamp with a real calendar day).
 */
export function parseIsoDateTime(s: string): number {
  const n = s.length;
  if (n < 20) return NaN;
  const days = leadingDay(s);
  const separator = s.charCodeAt(10);
  const hours = two(s, 11);
  const minutes = two(s, 14);
  const seconds = two(s, 17);
  if (
    (separator !== 84 && separator !== 32) || // T or space
    s.charCodeAt(13) !== 58 ||
    s.charCodeAt(16) !== 58 ||
    !(hours <= 23 && minutes <= 59 && seconds <= 59)
  )
    return NaN;
  let i = 19;
  let ms = 0;
  if (s.charCodeAt(i) === 46) {
    // A decimal point and 1-9 digits; the first three are the milliseconds.
    const start = ++i;
    for (let scale = 100; i < n && i - start < 9 && digit(s, i) === digit(s, i); i++, scale /= 10)
      ms += digit(s, i) * scale;
    if (i === start) return NaN;
    ms = Math.floor(ms);
  }
  let offset = 0;
  if (s.charCodeAt(i) === 90)
    i++; // Z
  else {
    if (s.charCodeAt(i) === 32) i++;
    const sign = s.charCodeAt(i) === 43 ? 1 : s.charCodeAt(i) === 45 ? -1 : 0;
    const oh = two(s, i + 1);
    if (!sign || !(oh <= 23)) return NaN;
    i += 3;
    let om = 0;
    if (i < n) {
      if (s.charCodeAt(i) === 58) i++;
      om = two(s, i);
      if (!(om <= 59)) return NaN;
      i += 2;
    }
    offset = sign * (oh * 60 + om) * 60_000;
  }
  if (i !== n) return NaN;
  return days * DAY_MS + hours * 3_600_000 + minutes * 60_000 + seconds * 1000 + ms - offset;
}
