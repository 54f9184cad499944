import { dateFormat } from './dates.js';

/** "12/03, 14:05": when stale data is from, short enough for a badge. */
export function formatStamp(value: Date, locale: string): string {
  return dateFormat(locale, { day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' }).format(
    value,
  );
}
