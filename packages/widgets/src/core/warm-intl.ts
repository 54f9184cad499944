import { dateFormat } from './dates.js';
import { numberFormat } from './format.js';

let warming = false;

/**
 * The first Intl formatter a tab builds sets up the locale data (~15 ms in Chromium, once per tab;
 * the next ones cost nearly nothing). An element whose data has yet to arrive has that wait to spare:
 * Intl is set up while the browser is idle, not in the first render after the data. (Common Italian
 * and English formats need no Intl at all, plain-number.ts; the rest of a page's formats do.)
 */
export function warmIntl(localeOf: () => string): void {
  if (warming) return;
  warming = true;
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 0));
  idle(() => {
    const locale = localeOf();
    numberFormat(locale, {});
    dateFormat(locale, {});
  });
}
