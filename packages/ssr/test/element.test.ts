import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderElement } from '../src/index.js';
import { fragmentHost, textOf } from './tree.js';

const focus = JSON.parse(
  readFileSync(new URL('../../schema/fixtures/focus-2016.json', import.meta.url), 'utf8'),
);

describe('renderElement', () => {
  it('renders one element of a document, with a seed for its src', async () => {
    const { html, state } = await renderElement('cst-kpi-tile', {
      data: focus,
      dataset: 'active-credentials',
      src: '/dati/focus-2016.json',
      lang: 'it',
      attributes: { refresh: '60' },
      lastModified: 'Sat, 31 Dec 2016 23:00:00 GMT',
    });
    expect(state).toBe('ready');
    const { host, children } = fragmentHost(html);
    const template = children.find((c) => c.tagName === 'template')!;
    expect(host.attrs).toEqual([
      { name: 'refresh', value: '60' },
      { name: 'dataset', value: 'active-credentials' },
      { name: 'src', value: '/dati/focus-2016.json' },
    ]);
    expect(template.attrs).toContainEqual({ name: 'shadowrootmode', value: 'open' });
    expect(html).toContain('55.211');
    const seed = children.find((c) => c.tagName === 'script')!;
    expect(seed.attrs).toEqual([
      { name: 'type', value: 'application/cst-seed+json' },
      { name: 'data-src', value: '/dati/focus-2016.json' },
    ]);
    const { data, lastModified } = JSON.parse(textOf(seed));
    expect(data).toEqual(focus);
    expect(lastModified).toBe('Sat, 31 Dec 2016 23:00:00 GMT');
  });

  it('without src, gives the browser the data as an inline JSON child, in the language asked', async () => {
    const { html } = await renderElement('cst-sla-table', { data: focus.datasets.sla, lang: 'en' });
    const inline = fragmentHost(html).children.find((c) => c.tagName === 'script')!;
    expect(inline.attrs).toEqual([{ name: 'type', value: 'application/json' }]);
    expect(JSON.parse(textOf(inline))).toEqual(focus.datasets.sla);
    expect(html).toContain('11 of 11 SLAs met');
  });

  it('escapes attribute values, and refuses a tag that is not an element with a shadow root', async () => {
    const { html } = await renderElement('cst-kpi-tile', {
      data: focus,
      dataset: 'active-credentials',
      attributes: { title: '"><script>alert(1)</script>' },
    });
    const { host, children } = fragmentHost(html);
    expect(host.attrs[0]).toEqual({ name: 'title', value: '"><script>alert(1)</script>' });
    expect(children.map((c) => c.tagName)).toEqual(['template', 'script']);
    await expect(renderElement('cst-report', { data: focus })).rejects.toThrow(/not a cst-\* element/);
    await expect(renderElement('div', { data: focus })).rejects.toThrow();
  });
});
