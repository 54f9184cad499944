import { formatDate } from './dates.js';
import { formatValue } from './format.js';

let warming = false;

/**
 * The first Intl formatter a tab builds sets up the locale data (~15 ms in Chromium, once per tab;
 * the next ones cost nearly nothing). An element whose data has yet to arrive has that wait to spare:
 * the page's formatters are built while the browser is idle, not in the first render after the data.
 */
export function warmIntl(localeOf: () => string): void {
  if (warming) return;
  warming = true;
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 0));
  idle(() => {
    const locale = localeOf();
    formatValue(0, undefined, locale);
    formatDate(new Date(0), locale);
  });
}
