import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { type PropertyValues, ReactiveElement } from 'lit';
import '../cst-trend-line.js';
import { FOCUS_URL } from '../../test/docs.js';
import { PRINT_WIDTH, SizeController } from './size.js';

class PrintProbe extends ReactiveElement {
  readonly size = new SizeController(this);
  /** The width each update drew at. */
  drawn: number[] = [];
  protected override update(changed: PropertyValues): void {
    super.update(changed);
    this.drawn.push(this.size.measure());
  }
}
customElements.define('cst-print-probe', PrintProbe);

async function probeIn(width: number): Promise<PrintProbe> {
  const box = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px"><cst-print-probe style="display: block"></cst-print-probe></div>`,
  );
  const el = box.querySelector<PrintProbe>('cst-print-probe')!;
  await waitUntil(() => el.size.width === width, `width: ${el.size.width}`);
  await el.updateComplete;
  return el;
}

describe('SizeController on paper', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it("on beforeprint draws at once at A4's width, and at its screen width after printing", async () => {
    const el = await probeIn(1500);
    dispatchEvent(new Event('beforeprint'));
    // Before any microtask: the browser lays the page out for paper as soon as the event returns.
    expect(el.drawn.at(-1)).to.equal(PRINT_WIDTH);
    expect(el.size.printing).to.equal(true);
    dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(el.drawn.at(-1)).to.equal(1500);
    expect(el.size.printing).to.equal(false);
  });

  it('on beforeprint keeps a width narrower than A4', async () => {
    const el = await probeIn(300);
    dispatchEvent(new Event('beforeprint'));
    expect(el.drawn.at(-1)).to.equal(300);
    dispatchEvent(new Event('afterprint'));
  });

  it('draws a trend line at the width it has on paper as soon as the print media query turns on', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div class="paper">
        <style>
          .paper {
            width: 1600px;
          }
          @media print {
            .paper {
              width: 500px;
            }
          }
        </style>
        <cst-trend-line src=${FOCUS_URL} dataset="credentials-by-year"></cst-trend-line>
      </div>`,
    );
    const el = box.querySelector('cst-trend-line')!;
    const svg = () => el.shadowRoot!.querySelector('svg.plot');
    await waitUntil(() => svg()?.getAttribute('width') === '1600', 'drawn at 1600 px', { timeout: 5000 });
    let onPaper: string | null = null;
    const query = matchMedia('print');
    const read = () => (onPaper = svg()!.getAttribute('width'));
    query.addEventListener('change', read, { once: true });
    await emulateMedia({ media: 'print' });
    await waitUntil(() => onPaper !== null, 'the print media query never turned on');
    expect(onPaper, 'drawn again before the listeners after its own returned').to.equal('500');
    // Drawn for its box, the chart's text is not scaled down: 11 px, above 8 pt.
    const tick = el.shadowRoot!.querySelector('svg.plot text')!;
    const size = parseFloat(getComputedStyle(tick).fontSize) * (tick as SVGGraphicsElement).getScreenCTM()!.a;
    expect(size).to.be.at.least((8 * 96) / 72);
    await emulateMedia({ media: 'screen' });
    await waitUntil(() => svg()!.getAttribute('width') === '1600', 'drawn for the screen again');
  });
});
