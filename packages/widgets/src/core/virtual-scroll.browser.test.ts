import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement, css } from 'lit';
import { property } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import { VirtualScroll } from './virtual-scroll.js';

/**
 * A list of `count` rows of 20px in a 200px box under a 20px sticky header; virtual above 50 rows.
 * `--row` and `--box` on the host change both heights (as text zoom would).
 */
class TestList extends LitElement {
  static override styles = css`
    .scroller {
      height: var(--box, 200px);
      overflow: auto;
    }
    .head {
      position: sticky;
      top: 0;
      height: 20px;
      background: white;
    }
    .row {
      height: var(--row, 20px);
    }
    .body {
      box-sizing: border-box;
    }
  `;

  @property({ type: Number }) count = 1000;

  readonly virtualScroll = new VirtualScroll(this, {
    rows: () => this.count,
    virtual: () => this.count > 50,
    rowSelector: '.row',
    rowHeight: 'fixed',
    head: '.head',
    overscan: 2,
  });

  protected override render() {
    const { start, end, offset, total } = this.virtualScroll.window;
    const rows = [];
    for (let i = start; i < end; i++) rows.push(html`<div class="row">${i}</div>`);
    if (this.count <= 50) return html`<div class="list">${rows}</div>`;
    return html`<div class="scroller" ${ref(this.virtualScroll.attach)}>
      <div class="head">head</div>
      <div class="body" style=${styleMap({ height: `${total}px`, paddingTop: `${offset}px` })}>${rows}</div>
    </div>`;
  }
}
customElements.define('test-virtual-list', TestList);

const scroller = (el: TestList) => el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
const shown = (el: TestList) =>
  [...el.shadowRoot!.querySelectorAll('.row')].map((r) => Number(r.textContent));

async function list(count = 1000): Promise<TestList> {
  const el = await fixture<TestList>(html`<test-virtual-list .count=${count}></test-virtual-list>`);
  // The first resize observation measures the box: 200px tall, rows of 20px.
  await waitUntil(() => el.virtualScroll.metrics.viewport === 200, 'never measured', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

async function scrollTo(el: TestList, top: number): Promise<void> {
  const box = scroller(el);
  const scrolled = oneEvent(box, 'scroll');
  box.scrollTop = top;
  await scrolled;
  await el.updateComplete;
}

/** The types of the listeners removed from `target` from now on. */
function watchRemovals(target: EventTarget): Set<string> {
  const removed = new Set<string>();
  const remove = target.removeEventListener.bind(target);
  target.removeEventListener = (type: string, ...rest: [EventListenerOrEventListenerObject]) => {
    removed.add(type);
    remove(type, ...rest);
  };
  return removed;
}

/** Counts the ResizeObservers created while `body` runs that still observe something. */
function trackObservers() {
  const Original = globalThis.ResizeObserver;
  const live = new Set<ResizeObserver>();
  globalThis.ResizeObserver = class extends Original {
    override observe(target: Element, options?: ResizeObserverOptions): void {
      live.add(this);
      super.observe(target, options);
    }
    override disconnect(): void {
      live.delete(this);
      super.disconnect();
    }
  };
  return { live, restore: () => (globalThis.ResizeObserver = Original) };
}

describe('VirtualScroll', () => {
  it('renders the rows in view plus the overscan, and follows the scroll', async () => {
    const el = await list();
    expect(el.virtualScroll.metrics).to.deep.equal({ rowHeight: 20, viewport: 200, head: 20, foot: 0 });
    expect(shown(el)).to.deep.equal([...Array(13).keys()]);
    await scrollTo(el, 1000);
    // Row 50 is at the top of the view; 11 rows fit; 2 more on each side.
    expect(shown(el)[0]).to.equal(48);
    expect(shown(el).at(-1)).to.equal(62);
    expect(el.virtualScroll.window.offset).to.equal(48 * 20);
    expect(el.virtualScroll.window.total).to.equal(1000 * 20);
  });

  /** Zooms the rows and the box to twice their height, and waits until the list measured them. */
  async function zoom(el: TestList): Promise<void> {
    el.style.setProperty('--row', '40px');
    el.style.setProperty('--box', '400px');
    await waitUntil(() => el.virtualScroll.metrics.viewport === 400, 'never measured again', {
      timeout: 5000,
    });
    await el.updateComplete;
    await waitUntil(() => scroller(el).scrollTop !== 0 && shown(el).length > 0);
  }
  /** The row just below the sticky header. */
  const topRow = (el: TestList) => {
    const edge = scroller(el).getBoundingClientRect().top + 20;
    const rows = [...el.shadowRoot!.querySelectorAll('.row')];
    return Number(rows.find((r) => r.getBoundingClientRect().bottom > edge + 0.5)!.textContent);
  };

  it('keeps the row at the top of the view when the rows turn out taller (zoom, first measurement)', async () => {
    const el = await list();
    await scrollTo(el, 500 * 20);
    expect(topRow(el)).to.equal(500);
    await zoom(el);
    expect(el.virtualScroll.metrics.rowHeight).to.equal(40);
    expect(scroller(el).scrollTop).to.equal(500 * 40);
    await el.updateComplete;
    expect(topRow(el)).to.equal(500);
  });

  it('keeps the end of the list in view when the rows turn out taller', async () => {
    const el = await list();
    await scrollTo(el, scroller(el).scrollHeight);
    expect(shown(el).at(-1)).to.equal(999);
    await zoom(el);
    await waitUntil(() => shown(el).at(-1) === 999, 'the end went out of the DOM', { timeout: 3000 });
    const last = [...el.shadowRoot!.querySelectorAll('.row')].at(-1)!.getBoundingClientRect();
    expect(Math.round(last.bottom)).to.equal(Math.round(scroller(el).getBoundingClientRect().bottom));
  });

  it('renders every row, with no box to watch, when the list is short', async () => {
    const el = await fixture<TestList>(html`<test-virtual-list .count=${30}></test-virtual-list>`);
    expect(shown(el)).to.have.length(30);
    expect(el.shadowRoot!.querySelector('.scroller')).to.equal(null);
  });

  it('reveal(index) scrolls a row below the view just into sight, and brings it into the DOM', async () => {
    const el = await list();
    el.virtualScroll.reveal(100);
    await el.updateComplete;
    expect(scroller(el).scrollTop).to.equal(101 * 20 - (200 - 20));
    await oneEvent(scroller(el), 'scroll');
    await el.updateComplete;
    const row = [...el.shadowRoot!.querySelectorAll('.row')].find((r) => r.textContent === '100')!;
    const box = scroller(el).getBoundingClientRect();
    expect(row.getBoundingClientRect().bottom).to.be.at.most(box.bottom);
    expect(row.getBoundingClientRect().top).to.be.at.least(box.top + 20);
  });

  it('reveal(index) of a row above the view puts it at the top; of a row in view does nothing', async () => {
    const el = await list();
    await scrollTo(el, 4000);
    el.virtualScroll.reveal(201);
    await el.updateComplete;
    expect(scroller(el).scrollTop).to.equal(4000);
    el.virtualScroll.reveal(150);
    await el.updateComplete;
    expect(scroller(el).scrollTop).to.equal(3000);
  });

  it('disconnecting the host stops the resize observer and the scroll listener', async () => {
    const tracker = trackObservers();
    try {
      const el = await list();
      expect(tracker.live.size).to.equal(1);
      await scrollTo(el, 4000);
      const removed = watchRemovals(scroller(el));
      el.remove();
      expect(tracker.live.size).to.equal(0);
      expect([...removed]).to.deep.equal(['scroll']);
      expect(shown(el)[0]).to.equal(198);
    } finally {
      tracker.restore();
    }
  });

  it('reconnecting the host watches the box again', async () => {
    const tracker = trackObservers();
    try {
      const el = await list();
      const parent = el.parentElement!;
      el.remove();
      expect(tracker.live.size).to.equal(0);
      parent.append(el);
      expect(tracker.live.size).to.equal(1);
      await waitUntil(() => scroller(el).clientHeight === 200);
      await scrollTo(el, 2000);
      expect(shown(el)[0]).to.equal(98);
    } finally {
      tracker.restore();
    }
  });

  it('a list that becomes short drops the box, its observer and listener, and starts again at the top', async () => {
    const tracker = trackObservers();
    try {
      const el = await list();
      await scrollTo(el, 2000);
      const removed = watchRemovals(scroller(el));
      el.count = 40;
      await el.updateComplete;
      expect(tracker.live.size).to.equal(0);
      expect([...removed]).to.deep.equal(['scroll']);
      expect(shown(el)).to.have.length(40);
      el.count = 1000;
      await el.updateComplete;
      expect(shown(el)[0]).to.equal(0);
    } finally {
      tracker.restore();
    }
  });

  describe('printing', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('renders every row as soon as beforeprint is dispatched, and the window again after printing', async () => {
      const el = await list();
      await scrollTo(el, 4000);
      window.dispatchEvent(new Event('beforeprint'));
      // No await: the page is laid out for paper right after the event.
      expect(shown(el)).to.have.length(1000);
      expect(shown(el)[999]).to.equal(999);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(shown(el).length).to.be.lessThan(30);
      expect(shown(el)[0]).to.equal(198);
    });

    it('renders every row under emulated print media (no beforeprint), and the window on screen', async () => {
      const el = await list();
      await emulateMedia({ media: 'print' });
      await waitUntil(() => shown(el).length === 1000, `rows while printing: ${shown(el).length}`);
      await emulateMedia({ media: 'screen' });
      await waitUntil(() => shown(el).length < 30, 'still every row on screen');
    });

    it('a disconnected list no longer listens for printing', async () => {
      const el = await list();
      const removed = watchRemovals(window);
      el.remove();
      expect([...removed].sort()).to.deep.equal(['afterprint', 'beforeprint']);
      window.dispatchEvent(new Event('beforeprint'));
      window.dispatchEvent(new Event('afterprint'));
      expect(shown(el).length).to.be.lessThan(30);
    });
  });
});
