// Dates and instants read by character codes: a trend line of a million timestamps reads each one
// here, once, so there is no split, no regular expression and no Date.parse on the way.
//
// A digit is read as `code - 48` and all of a text's digits are checked at once: `d | (9 - d)` is
// negative exactly when d is not 0-9. Numbers stay small integers, which V8 keeps unboxed.

/** One day, in milliseconds. */
export const DAY_MS = 86_400_000;
/** The farthest instant a JavaScript Date holds, either side of 1970. */
export const MAX_MS = 8.64e15;

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

/** The last day read, as `year * 10000 + month * 100 + day`, and its days since 1970: a series' points share their days. */
let lastDate = -1;
let lastDays = 0;

/**
 * The leading `YYYY-MM-DD` of `s` as the days since 1970-01-01, or NaN when it is not a date of
 * the calendar (2016-02-30, month 13, a letter anywhere).
 */
function leadingDay(s: string): number {
  const y0 = s.charCodeAt(0) - 48;
  const y1 = s.charCodeAt(1) - 48;
  const y2 = s.charCodeAt(2) - 48;
  const y3 = s.charCodeAt(3) - 48;
  const m0 = s.charCodeAt(5) - 48;
  const m1 = s.charCodeAt(6) - 48;
  const d0 = s.charCodeAt(8) - 48;
  const d1 = s.charCodeAt(9) - 48;
  const digits =
    y0 |
    (9 - y0) |
    y1 |
    (9 - y1) |
    y2 |
    (9 - y2) |
    y3 |
    (9 - y3) |
    m0 |
    (9 - m0) |
    m1 |
    (9 - m1) |
    d0 |
    (9 - d0) |
    d1 |
    (9 - d1);
  if (digits < 0 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  const date = year * 10_000 + month * 100 + day;
  if (date === lastDate) return lastDays;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  lastDate = date;
  return (lastDays = daysFromCivil(year, month, day));
}

/** True when an ISO date's day exists in its month (the shape alone accepts 2016-02-31). */
export function isRealCalendarDate(value: string): boolean {
  return value.length >= 10 && !Number.isNaN(leadingDay(value));
}

/** `YYYY-MM-DD` as the milliseconds of its midnight UTC; NaN for any other text or a day that does not exist. */
export function parseIsoDate(s: string): number {
  return s.length === 10 ? leadingDay(s) * DAY_MS : NaN;
}

/** The offset at `i` (`Z`, or `±hh`, `±hhmm`, `±hh:mm` after an optional space) in ms, if it runs to the end of `s`. */
function offsetAt(s: string, i: number): number {
  if (s.charCodeAt(i) === 90) return i + 1 === s.length ? 0 : NaN; // Z
  if (s.charCodeAt(i) === 32) i++;
  const sign = s.charCodeAt(i) === 43 ? 1 : s.charCodeAt(i) === 45 ? -1 : 0;
  if (sign === 0 || i + 3 > s.length) return NaN;
  const h0 = s.charCodeAt(i + 1) - 48;
  const h1 = s.charCodeAt(i + 2) - 48;
  i += 3;
  const colon = i < s.length && s.charCodeAt(i) === 58;
  if (colon) i++;
  const whole = i === s.length;
  const m0 = whole ? 0 : s.charCodeAt(i) - 48;
  const m1 = whole ? 0 : s.charCodeAt(i + 1) - 48;
  const hours = h0 * 10 + h1;
  const minutes = m0 * 10 + m1;
  const digits = h0 | (9 - h0) | h1 | (9 - h1) | m0 | (9 - m0) | m1 | (9 - m1);
  if (digits < 0 || hours > 23 || minutes > 59) return NaN;
  if (whole ? colon : i + 2 !== s.length) return NaN;
  return sign * (hours * 60 + minutes) * 60_000;
}

/**
 * An ISO date and time with its offset as milliseconds since 1970, NaN for anything else:
 * `YYYY-MM-DDThh:mm:ss`, a space instead of the T, up to nine decimals of a second (read to the
 * millisecond), then `Z` or an offset `±hh`, `±hhmm` or `±hh:mm` (a space may come before it).
 * Exactly what the schema's date-time accepts (valibot's isoTimestamp with a real calendar day).
 */
export function parseIsoDateTime(s: string): number {
  if (s.length < 20) return NaN;
  const days = leadingDay(s);
  const separator = s.charCodeAt(10);
  const h0 = s.charCodeAt(11) - 48;
  const h1 = s.charCodeAt(12) - 48;
  const i0 = s.charCodeAt(14) - 48;
  const i1 = s.charCodeAt(15) - 48;
  const s0 = s.charCodeAt(17) - 48;
  const s1 = s.charCodeAt(18) - 48;
  const digits =
    h0 | (9 - h0) | h1 | (9 - h1) | i0 | (9 - i0) | i1 | (9 - i1) | s0 | (9 - s0) | s1 | (9 - s1);
  const hours = h0 * 10 + h1;
  const minutes = i0 * 10 + i1;
  const seconds = s0 * 10 + s1;
  if (
    digits < 0 ||
    days !== days ||
    (separator !== 84 && separator !== 32) || // T or space
    s.charCodeAt(13) !== 58 ||
    s.charCodeAt(16) !== 58 ||
    hours > 23 ||
    minutes > 59 ||
    seconds > 59
  )
    return NaN;
  // A decimal point and 1-9 digits; the first three are the milliseconds.
  let ms = 0;
  let end = 19;
  if (s.charCodeAt(19) === 46) {
    for (let scale = 100; ++end < s.length && end < 29; scale = (scale / 10) | 0) {
      const d = s.charCodeAt(end) - 48;
      if ((d | (9 - d)) < 0) break;
      ms += d * scale;
    }
    if (end === 20) return NaN;
  }
  const offset = offsetAt(s, end);
  return days * DAY_MS + hours * 3_600_000 + minutes * 60_000 + seconds * 1000 + ms - offset;
}
