import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../src/index.js';
import { elementsOf, readText } from './tree.js';

const fixtures = new URL('../../schema/fixtures/', import.meta.url).pathname;
const data = { '/data': fixtures };
const minimal = JSON.parse(readFileSync(join(fixtures, 'minimal.json'), 'utf8'));

/** The page without what cst-render inserts: its shadow roots (ours hold no template) and seeds. */
const strip = (html: string) =>
  html
    .replace(/<template shadowroot="open" shadowrootmode="open">[\s\S]*?<\/template>/g, '')
    .replace(/<script type="application\/cst-seed\+json"[^>]*>[\s\S]*?<\/script>/g, '');

function folder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cst-ssr-'));
  for (const [name, content] of Object.entries(files))
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

describe('renderPage', () => {
  it('leaves every byte of the page outside what it inserts as it was (CRLF, BOM, quoting, entities)', async () => {
    const page =
      '\uFEFF<!DOCTYPE html>\r\n<html lang=it><head><title>a &amp; b</title></head>\r\n<body>\r\n' +
      "<p class='x'>caf&eacute;<br/>ok</p><cst-kpi-tile src=/data/minimal.json dataset=services>\r\n" +
      '  <span>testo di riserva</span></cst-kpi-tile><!-- fine --></body></html>\r\n';
    const { html, rendered } = await renderPage(page, { data });
    expect(rendered).toHaveLength(1);
    expect(strip(html)).toBe(page);
    // Inserted right after the start tag: the shadow root is the element's first child.
    const tile = elementsOf(html).find((element) => element.tagName === 'cst-kpi-tile')!;
    expect(tile.attrs).toEqual([
      { name: 'src', value: '/data/minimal.json' },
      { name: 'dataset', value: 'services' },
    ]);
    expect(tile.childNodes.map((child) => child.nodeName).slice(0, 2)).toEqual(['template', 'script']);
  });

  it("renders each element of the Focus 2016 page with the seed's figures, into declarative shadow DOM", async () => {
    const page = readFileSync(new URL('../../../examples/focus-2016/index.html', import.meta.url), 'utf8');
    const { html, rendered, skipped } = await renderPage(page, { data, url: '/focus-2016/' });
    expect(skipped).toEqual([]);
    expect(rendered).toHaveLength(24);
    expect(rendered.every((e) => e.state === 'ready')).toBe(true);
    const text = readText(html);
    const figures = [
      'SLA.1',
      '99,92%',
      '4.788',
      '2.383',
      '55.211',
      '16 su 28',
      'Bagno a Ripoli',
      '11.240.255,77 €',
    ];
    for (const figure of [...figures, '981.483', '70,2%']) expect(text).toContain(figure);
    // One seed, in the cst-report that names the document.
    expect(html.match(/<script type="application\/cst-seed\+json"/g)).toHaveLength(1);
    expect(html).toMatch(
      /<cst-report [^>]*><script type="application\/cst-seed\+json" data-src="\/data\/focus-2016.json">/,
    );
  });

  it('resolves a relative src against the page URL and its <base>, as a browser does', async () => {
    const tile = '<cst-kpi-tile src="../data/minimal.json" dataset="services"></cst-kpi-tile>';
    const rendered = async (page: string, url: string) =>
      (await renderPage(page, { data, url })).rendered.length;
    expect(await rendered(`<body>${tile}</body>`, '/reports/')).toBe(1);
    expect(await rendered(`<body>${tile}</body>`, '/reports/2016/')).toBe(0); // /reports/data/…
    expect(await rendered(`<head><base href="/x/"></head><body>${tile}</body>`, '/reports/2016/')).toBe(1);
    expect(await rendered(`<head><base href="../"></head><body>${tile}</body>`, '/reports/2016/x.html')).toBe(
      1,
    );
    const other = await renderPage(
      `<head><base href="https://elsewhere.example/x/"></head><body>${tile}</body>`,
      {
        data,
      },
    );
    expect(other.skipped).toEqual([
      {
        tag: 'cst-kpi-tile',
        dataset: 'services',
        reason: '../data/minimal.json is not under a mapped prefix',
      },
    ]);
  });

  it('leaves to the browser what it cannot reach, and says why', async () => {
    const page = `<body>
      <cst-kpi-tile stream="/stream/x" dataset="a"></cst-kpi-tile>
      <cst-kpi-tile src="/elsewhere/x.json" dataset="b"></cst-kpi-tile>
      <cst-kpi-tile dataset="c"></cst-kpi-tile>
      <cst-report stream="/stream/x"><cst-kpi-tile dataset="d"></cst-kpi-tile></cst-report>
      <cst-bar-chart src="/data/minimal.json" dataset="e"><table><tr><th>Anno</th><th>Utenti</th></tr><tr><th>2016</th><td>4.788</td></tr></table></cst-bar-chart>
      <cst-bar-chart src="/data/export.csv" dataset="f"></cst-bar-chart>
      <cst-report src="/data/export.csv"><cst-kpi-tile dataset="g"></cst-kpi-tile></cst-report>
      <cst-unknown-thing src="/data/minimal.json"></cst-unknown-thing></body>`;
    const { html, rendered, skipped } = await renderPage(page, { data });
    expect(rendered).toEqual([]);
    expect(html).toBe(page);
    expect(skipped.map((s) => `${s.dataset}: ${s.reason}`)).toEqual([
      'a: its data comes only from a stream (/stream/x)',
      'b: /elsewhere/x.json is not under a mapped prefix',
      'c: it has no data: no src, no inline JSON, no cst-report around it',
      "d: its cst-report's data comes only from a stream",
      'e: its <table> child is already in the page, as readers without JavaScript see it',
      'f: /data/export.csv is a CSV file, which the browser reads',
      'g: /data/export.csv is a CSV file, which the browser reads',
    ]);
  });

  it('renders a missing file and a broken document as the browser shows them, in the page language', async () => {
    const dir = folder({ 'broken.json': '{"schemaVersion": "1.0", ', 'report.json': minimal });
    const page = `<html lang="en"><body>
      <cst-kpi-tile src="/d/missing.json" dataset="services"></cst-kpi-tile>
      <cst-kpi-tile src="/d/broken.json" dataset="services"></cst-kpi-tile>
      <cst-kpi-tile src="/d/report.json" dataset="nope"></cst-kpi-tile></body></html>`;
    const { html, rendered } = await renderPage(page, { data: { '/d': dir } });
    expect(rendered.map((e) => e.state)).toEqual(['error', 'error', 'error']);
    expect(rendered.map((e) => e.problems.map((p) => p.code))).toEqual([
      ['http'],
      ['invalid-json'],
      ['dataset-missing'],
    ]);
    const text = readText(html);
    expect(text).toContain('404');
    expect(text).toMatch(/not valid JSON|JSON/);
    expect(text).toContain('nope');
    // The browser starts from the same problems: each URL's seed carries it.
    const seeds = [
      ...html.matchAll(/<script type="application\/cst-seed\+json" data-src="([^"]+)">([^<]*)<\/script>/g),
    ];
    expect(Object.fromEntries(seeds.map(([, src, json]) => [src, Object.keys(JSON.parse(json!))]))).toEqual({
      '/d/missing.json': ['receivedAt', 'problem'],
      '/d/broken.json': ['receivedAt', 'problem'],
      '/d/report.json': ['receivedAt', 'lastModified', 'data'],
    });
  });

  it('never reads a file outside a mapped folder', async () => {
    const dir = folder({ 'inside.json': minimal });
    const secret = folder({ 'secret.json': { secret: 'do not publish' } });
    const name = secret.split('/').at(-1);
    for (const src of [
      `/d/../${name}/secret.json`,
      `/d/%2e%2e/${name}/secret.json`,
      `/d/..%2f${name}%2fsecret.json`,
    ]) {
      const { html } = await renderPage(`<body><cst-kpi-tile src="${src}"></cst-kpi-tile></body>`, {
        data: { '/d': dir },
      });
      expect(html, src).not.toContain('do not publish');
    }
  });

  it('writes data as text: hostile strings leave neither the seed nor the shadow root', async () => {
    const evil = '</script><script>alert(1)</script><img src=x onerror=alert(1)><!--';
    const doc = structuredClone(minimal);
    doc.datasets.services.title = evil;
    doc.title = evil;
    const dir = folder({ 'evil.json': doc });
    const page = `<body><cst-kpi-tile src="/d/evil.json" dataset="services"></cst-kpi-tile></body>`;
    const { html } = await renderPage(page, { data: { '/d': dir } });
    const tags = elementsOf(html).map((element) => element.tagName);
    expect(tags.filter((t) => t === 'img')).toEqual([]);
    expect(tags.filter((t) => t === 'script')).toHaveLength(1);
    expect(readText(html)).toContain(evil);
    const seed = html.match(
      /<script type="application\/cst-seed\+json" data-src="[^"]+">([^<]*)<\/script>/,
    )![1]!;
    expect(JSON.parse(seed).data.datasets.services.title).toBe(evil);
  });

  it('renders an element from its inline JSON child, writing no seed (the child is in the page)', async () => {
    const dataset = JSON.stringify(minimal.datasets.services);
    const page = `<body><cst-kpi-tile><script type="application/json">${dataset}</script></cst-kpi-tile></body>`;
    const { html, rendered } = await renderPage(page, { data });
    expect(rendered).toMatchObject([{ route: 'inline', state: 'ready' }]);
    expect(html).not.toContain('cst-seed');
    expect(readText(html)).toContain('356');
  });

  it('renders the page again to the same page', async () => {
    const page = `<body><cst-report src="/data/minimal.json"><cst-kpi-tile dataset="services"></cst-kpi-tile>
      <cst-sla-table dataset="sla"></cst-sla-table></cst-report></body>`;
    const once = await renderPage(page, { data, now: 0 });
    const twice = await renderPage(once.html, { data, now: 0 });
    expect(twice.html).toBe(once.html);
  });

  it('gives the CSP hashes of every inline style it wrote', async () => {
    const page = `<body><cst-trend-line src="/data/minimal.json" dataset="credentials"></cst-trend-line></body>`;
    const { html, styleHashes } = await renderPage(page, { data });
    const { createHash } = await import('node:crypto');
    const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const styles = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map(([, css]) => sha(css!));
    const attributes = [...html.matchAll(/ style="([^"]*)"/g)].map(([, value]) => sha(value!));
    expect(attributes.length).toBeGreaterThan(0);
    expect(new Set(styleHashes)).toEqual(new Set([...styles, ...attributes]));
  });
});
