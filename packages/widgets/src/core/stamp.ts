const stamps = new Map<string, Intl.DateTimeFormat>();

/**
 * "12/03, 14:05": when stale data is from, short enough for a badge. Through Intl, not the date
 * tables of fast-date.ts: a badge is rare, and the tables would weigh on every element for it.
 */
export function formatStamp(value: Date, locale: string): string {
  let format = stamps.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: '2-digit',
      month: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    stamps.set(locale, format);
  }
  return format.format(value);
}
