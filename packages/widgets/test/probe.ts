import { type DatasetKindDef, type KpiDataset, kpiKind } from '@cst/schema';
import { html } from 'lit';
import { CstElement } from '../src/core/base-element.js';
import type { CstErrorEvent } from '../src/core/events.js';

/** How often a KPI dataset has been checked with its schema, on this page. */
export const checks = { count: 0 };

/** The KPI kind, counting each check: the schema a real element brings, with a counter. */
const countedKpi: DatasetKindDef<'kpi'> = { ...kpiKind, check: () => (checks.count++, []) };

/**
 * `<cst-probe>`: the shared base element with the smallest possible drawing (a KPI's value and the
 * locale, as text), so that tests of the data path see exactly what the base does, whatever the
 * real elements draw. It counts its updates.
 */
export class CstProbe extends CstElement<'kpi'> {
  protected readonly kinds = [countedKpi] as const;
  updates = 0;

  protected isEmpty(): boolean {
    return false;
  }

  protected override updated(): void {
    this.updates++;
  }

  protected renderReady(kpi: KpiDataset) {
    return html`<p part="value">${kpi.value}</p>
      <p part="locale">${this.locale}</p>`;
  }
}
if (!customElements.get('cst-probe')) customElements.define('cst-probe', CstProbe);

declare global {
  interface HTMLElementTagNameMap {
    'cst-probe': CstProbe;
  }
}

/** What a probe shows: its value, its stale badge, its error, in words. */
export function shows(el: CstProbe): { value?: string; stale?: string; error?: string } {
  const text = (part: string) =>
    el.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
  return { value: text('value'), stale: text('stale'), error: text('error') };
}

/** Records what an element tells: accepted data (`cst-data`) and problems (`cst-error` details). */
export function listen(el: HTMLElement): { data: number; errors: CstErrorEvent['detail'][] } {
  const heard = { data: 0, errors: [] as CstErrorEvent['detail'][] };
  el.addEventListener('cst-data', () => heard.data++);
  el.addEventListener('cst-error', (event) => heard.errors.push(event.detail));
  return heard;
}
