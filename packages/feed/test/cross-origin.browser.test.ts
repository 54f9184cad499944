import { expect, waitUntil } from '@open-wc/testing';
import { doc, put } from './support/live.js';

// A CMS page on another origin than the feed's: it loads cst-widgets.js from the feed as a
// module script (which needs CORS), takes its data and stream from there, and renders.
const feedUrl: string = (await (await fetch('/__feed')).json()).url;

/** The portal's page: no code of ours but the script tag and the element, as an editor pastes them. */
function cmsPage(name: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="it"><head>
    <script type="module" src="${feedUrl}/cst-widgets.js"></script></head><body>
    <cst-kpi-tile src="${feedUrl}/data/${name}.json" stream="${feedUrl}/stream/${name}" dataset="uptime"></cst-kpi-tile>
    </body></html>`;
  frame.style.width = '600px';
  frame.style.height = '300px';
  document.body.append(frame);
  return frame;
}

function shown(frame: HTMLIFrameElement): string {
  const tile = frame.contentDocument?.querySelector('cst-kpi-tile') as
    (HTMLElement & { status?: string }) | null;
  return tile?.shadowRoot?.querySelector('[part~="value"]')?.textContent?.trim() ?? '';
}

describe('a CMS page on another origin', () => {
  it('loads the bundle from the feed as a module script, renders its data, and takes its stream', async () => {
    expect(new URL(feedUrl).origin).to.not.equal(location.origin);
    const name = `cors-${Math.random().toString(36).slice(2, 8)}`;
    await put(name, doc(99.5));
    const frame = cmsPage(name);
    try {
      await waitUntil(() => shown(frame) === '99,5%', `not rendered: "${shown(frame)}"`, { timeout: 10_000 });
      const tile = frame.contentDocument!.querySelector('cst-kpi-tile') as HTMLElement & { status: string };
      expect(tile.status).to.equal('ready');
      await new Promise((r) => setTimeout(r, 300)); // the stream opens after the first fetch
      await put(name, doc(97.25), ['uptime']);
      await waitUntil(() => shown(frame) === '97,25%', `no live update: "${shown(frame)}"`, {
        timeout: 10_000,
      });
    } finally {
      frame.remove();
    }
  });
});
