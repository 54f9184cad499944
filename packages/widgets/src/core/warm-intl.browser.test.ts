import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../cst-kpi-tile.js';

/** The locales Intl.NumberFormat has been built for since the spy went in. */
function spyOnNumberFormat(): string[] {
  const built: string[] = [];
  const NumberFormat = Intl.NumberFormat;
  Intl.NumberFormat = new Proxy(NumberFormat, {
    construct(target, args: ConstructorParameters<typeof Intl.NumberFormat>) {
      built.push(String(args[0]));
      return new target(...args);
    },
  });
  return built;
}

const idle = () => new Promise((resolve) => requestIdleCallback(resolve));

describe('Intl while the data is on its way', () => {
  it('is set up while the browser is idle, before the data arrives, in the element’s language', async () => {
    const built = spyOnNumberFormat();
    // The server answers after 3 s: the element stays loading meanwhile.
    const el = await fixture<HTMLElement & { status: string }>(
      html`<cst-kpi-tile lang="it" src="/__test/slow/3000" dataset="uptime"></cst-kpi-tile>`,
    );
    await idle();
    await waitUntil(() => built.length > 0, 'no formatter built while waiting', { timeout: 2000 });
    expect(el.status).to.equal('loading');
    expect(built[0]).to.equal('it');
  });
});
