const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const LONG_DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH = `(${MONTHS.join('|')})`;
const TIME = '(\\d\\d):(\\d\\d):(\\d\\d)';

/** The three forms RFC 9110 (5.6.7) lets a recipient accept: IMF-fixdate, RFC 850, asctime. */
const IMF_FIXDATE = new RegExp(`^${DAY}, (\\d\\d) ${MONTH} (\\d{4}) ${TIME} GMT$`);
const RFC_850 = new RegExp(`^${LONG_DAY}, (\\d\\d)-${MONTH}-(\\d\\d) ${TIME} GMT$`);
const ASCTIME = new RegExp(`^${DAY} ${MONTH} ( \\d|\\d\\d) ${TIME} (\\d{4})$`);

/** A two-digit year more than 50 years ahead is from the past century (RFC 9110, 5.6.7). */
function fullYear(twoDigits, now) {
  const thisYear = new Date(now).getUTCFullYear();
  let year = Math.floor(thisYear / 100) * 100 + twoDigits;
  if (year > thisYear + 50) year -= 100;
  return year;
}

function toTime(year, month, day, hour, minute, second) {
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  const time = Date.UTC(year, month, day, hour, minute, Math.min(second, 59));
  return new Date(time).getUTCDate() === day ? time : undefined; // no 31 February
}

/**
 * The time an HTTP-date names, in ms, or undefined when the text is not one. Strict, unlike
 * Date.parse, which takes "2030", "1" or "yesterday 12:00" as dates.
 * @param {string} text
 */
export function parseHttpDate(text, now = Date.now()) {
  const value = text.trim();
  /** The matched fields as numbers, the month as its index; undefined when the form does not match. */
  const fields = (regex, order) => {
    const m = regex.exec(value);
    if (!m) return undefined;
    const [year, month, day, hour, minute, second] = order.map((i) => m[i] ?? '');
    return [Number(year), MONTHS.indexOf(month), Number(day), Number(hour), Number(minute), Number(second)];
  };
  const imf = fields(IMF_FIXDATE, [3, 2, 1, 4, 5, 6]);
  if (imf) return toTime(...imf);
  const rfc850 = fields(RFC_850, [3, 2, 1, 4, 5, 6]);
  if (rfc850) return toTime(fullYear(rfc850[0], now), ...rfc850.slice(1));
  const asctime = fields(ASCTIME, [6, 1, 2, 3, 4, 5]);
  return asctime && toTime(...asctime);
}
