import { waitUntil } from '@open-wc/testing';

/** Runs of white space (no-break spaces included) as one space, trimmed. */
export const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** The text of an element's shadow root, squashed. */
export const text = (el: Element): string => squash(el.shadowRoot?.textContent);

/** The first match of `selector` in an element's shadow root. */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);

/** Every match of `selector` in an element's shadow root. */
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** The first element of the shadow root whose `part` list holds `name`. */
export const part = (el: Element, name: string): HTMLElement | null => $(el, `[part~="${name}"]`);

/** Waits until a cst element has left the loading state and rendered. */
export async function ready<T extends Element>(el: T): Promise<T> {
  const element = el as unknown as { status: string; updateComplete: Promise<boolean> };
  await waitUntil(() => element.status !== 'loading', 'element stayed loading', { timeout: 5000 });
  await element.updateComplete;
  return el;
}

const frame = () => new Promise(requestAnimationFrame);

/** The layout-shift scores the browser reports while `change` runs and its frames are painted. */
export async function layoutShifts(change: () => Promise<unknown>): Promise<number[]> {
  await frame();
  const shifts: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
  });
  observer.observe({ type: 'layout-shift' });
  await change();
  // A shift is reported after the frame that painted it.
  for (let i = 0; i < 3; i++) await frame();
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return shifts;
}
