import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeed } from '../src/index.js';
import { quiet } from './support/http.js';

const root = new URL('../../../', import.meta.url).pathname;
const PUBLIC = 'https://dati.comune.example/feed/';
const PAGE = `${PUBLIC}embed/embed.html?element=cst-sla-table&src=../data/focus-2016.json&dataset=sla`;

/** The href of the page's oEmbed discovery link, as a CMS reads it from the HTML. */
function discoveryHref(html: string): string | undefined {
  const link = html.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/);
  return link?.[1]?.replaceAll('&amp;', '&');
}

describe('oEmbed for the iframe embed page (on loopback, behind a proxy at a folder)', () => {
  let feed: Awaited<ReturnType<typeof startFeed>>;

  beforeAll(async () => {
    feed = await startFeed({
      port: 0,
      dataDir: `${root}packages/schema/fixtures`,
      staticDirs: [`${root}examples`, `${root}packages/widgets/dist`],
      publicUrl: PUBLIC,
      log: quiet,
    });
  });
  afterAll(() => feed.close());

  it('serves the embed page with a discovery link naming its public address, in its head', async () => {
    const response = await fetch(
      `${feed.url}/embed/embed.html?element=cst-sla-table&src=../data/focus-2016.json&dataset=sla`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await response.text();
    expect(html.indexOf('application/json+oembed')).toBeLessThan(html.indexOf('</head>'));
    const href = new URL(discoveryHref(html) ?? 'missing:');
    expect(href.origin + href.pathname).toBe(`${PUBLIC}oembed`);
    expect(href.searchParams.get('url')).toBe(PAGE);
    expect(href.searchParams.get('format')).toBe('json');
  });

  it('answers the discovery link with a sized iframe of the public page', async () => {
    const html = await (
      await fetch(
        `${feed.url}/embed/embed.html?element=cst-sla-table&src=../data/focus-2016.json&dataset=sla`,
      )
    ).text();
    const href = new URL(discoveryHref(html)!);
    const response = await fetch(`${feed.url}/oembed${href.search}&maxwidth=480`);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const answer = await response.json();
    expect(answer).toMatchObject({ version: '1.0', type: 'rich', width: 480, height: 640 });
    expect(answer.title).toBe('Tabella degli SLA: sla');
    expect(answer.html).toContain(
      `src="${PUBLIC}embed/embed.html?element=cst-sla-table&amp;src=..%2Fdata%2Ffocus-2016.json&amp;dataset=sla"`,
    );
  });

  it('names the public address whatever Host the client sends', async () => {
    const forged = await fetch(`${feed.url}/embed/embed.html?element=cst-kpi-tile&src=x.json`, {
      headers: { Host: 'evil.example' },
    });
    expect(discoveryHref(await forged.text())).toContain('https://dati.comune.example/feed/oembed?');
  });

  it('refuses pages of another origin, other formats and a missing url, as oEmbed says', async () => {
    const other = encodeURIComponent(
      'https://evil.example/feed/embed/embed.html?element=cst-sla-table&src=a.json',
    );
    expect((await fetch(`${feed.url}/oembed?url=${other}`)).status).toBe(404);
    const page = encodeURIComponent(PAGE);
    expect((await fetch(`${feed.url}/oembed?url=${page}&format=xml`)).status).toBe(501);
    expect((await fetch(`${feed.url}/oembed`)).status).toBe(400);
  });

  it('answers HEAD without a body, and leaves other pages as the static folders serve them', async () => {
    const head = await fetch(`${feed.url}/oembed?url=${encodeURIComponent(PAGE)}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const other = await (await fetch(`${feed.url}/minimal/`)).text();
    expect(other).not.toContain('json+oembed');
  });
});
