import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ReportDocument } from '@cst/schema';
import { type PropertyValues, ReactiveElement } from 'lit';
import '../cst-bar-chart.js';
import '../cst-trend-line.js';
import { focusReport } from '../../test/docs.js';
import { SizeController } from './size.js';

const frame = () => new Promise(requestAnimationFrame);

/** Counts the reads of an element's own width (each may force a layout of the page). */
function countWidthReads(el: HTMLElement): { reads: number } {
  const counter = { reads: 0 };
  const proto = HTMLElement.prototype;
  for (const name of ['clientWidth', 'offsetWidth'] as const) {
    const own =
      Object.getOwnPropertyDescriptor(Element.prototype, name) ??
      Object.getOwnPropertyDescriptor(proto, name)!;
    Object.defineProperty(el, name, {
      configurable: true,
      get() {
        counter.reads++;
        return own.get!.call(this);
      },
    });
  }
  const rect = el.getBoundingClientRect.bind(el);
  el.getBoundingClientRect = () => {
    counter.reads++;
    return rect();
  };
  return counter;
}

let focus: ReportDocument;
before(async () => {
  focus = await focusReport();
});

for (const [tag, dataset, drawn] of [
  ['cst-bar-chart', 'usage-by-category', 'rect[part="bar"]'],
  ['cst-trend-line', 'credentials-by-year', 'path.line'],
] as const) {
  describe(`${tag}: its width, without forcing a layout`, () => {
    it('draws in the first frame when it gets data as it is connected', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
      const el = document.createElement(tag) as HTMLElement & { data: unknown; dataset: DOMStringMap };
      el.setAttribute('dataset', dataset);
      (el as unknown as { data: unknown }).data = focus;
      box.append(el);
      await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
      expect(el.shadowRoot!.querySelector(drawn), 'drawn before any frame').to.not.equal(null);
    });

    it('off screen in a content-visibility: auto section, waits for the observer instead of reading its width', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div style="width: 480px">
          <div style="height: 300vh"></div>
          <section style="content-visibility: auto; contain-intrinsic-size: auto 400px"></section>
        </div>`,
      );
      const el = document.createElement(tag) as HTMLElement;
      el.setAttribute('dataset', dataset);
      box.querySelector('section')!.append(el);
      await frame();
      await frame();
      const counter = countWidthReads(el);
      (el as unknown as { data: unknown }).data = focus;
      await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
      expect(counter.reads, 'width reads while off screen').to.equal(0);
      el.scrollIntoView();
      // Once laid out, the observer gives the width and the drawing fits the 480px box.
      const plotWidth = () => el.shadowRoot!.querySelector(drawn)?.closest('svg')?.getAttribute('width');
      await waitUntil(() => plotWidth() === '480', `plot width once in view: ${plotWidth()}`);
    });
  });
}

describe('SizeController', () => {
  class SizeProbe extends ReactiveElement {
    readonly size = new SizeController(this);
    updates = 0;
    protected override update(changed: PropertyValues): void {
      super.update(changed);
      this.updates++;
    }
  }
  customElements.define('cst-size-probe', SizeProbe);

  it('stops observing its size when disconnected, and observes again when put back', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 300px"><cst-size-probe style="display: block"></cst-size-probe></div>`,
    );
    const el = box.querySelector<SizeProbe>('cst-size-probe')!;
    await waitUntil(() => el.size.width === 300, `width: ${el.size.width}`);
    await el.updateComplete;
    const updates = el.updates;
    // Out of the page an element has no box: an observer still watching would report a width of 0.
    el.remove();
    for (let i = 0; i < 3; i++) await frame();
    expect(el.size.width).to.equal(300);
    expect(el.updates).to.equal(updates);

    box.style.width = '200px';
    box.append(el);
    await waitUntil(() => el.size.width === 200, `width once back: ${el.size.width}`);
  });
});
