// The oEmbed answer for the iframe embed page (packages/feed/src/oembed.js), in Node.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { discoveryLink, oembed } from '../../packages/feed/src/oembed.js';

const PAGE = 'https://dati.comune.example/cst/embed/embed.html';
const EMBED = `${PAGE}?element=cst-sla-table&src=/data/focus-2016.json&dataset=sla`;
const ask = (url, extra = '') =>
  oembed(`https://dati.comune.example/oembed?url=${encodeURIComponent(url)}${extra}`, PAGE);

/** The attributes of the iframe in an answer's html. */
function iframeOf(html) {
  assert.match(html, /^<iframe [^<>]*><\/iframe>$/);
  return Object.fromEntries(
    [...html.matchAll(/\s([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [
      name,
      value
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&'),
    ]),
  );
}

describe('oembed(request, embedPage)', () => {
  it('answers a rich iframe sized within maxwidth and maxheight', () => {
    const answer = ask(EMBED, '&maxwidth=600&maxheight=500&format=json');
    assert.equal(answer.status, 200);
    const { html, ...fields } = answer.body;
    assert.deepEqual(fields, {
      version: '1.0',
      type: 'rich',
      provider_name: 'cst-widgets',
      provider_url: 'https://dati.comune.example/',
      title: 'Tabella degli SLA: sla',
      width: 600,
      height: 500,
    });
    const iframe = iframeOf(html);
    assert.equal(iframe.src, `${PAGE}?element=cst-sla-table&src=%2Fdata%2Ffocus-2016.json&dataset=sla`);
    assert.equal(iframe.width, '600');
    assert.equal(iframe.height, '500');
    assert.equal(iframe.title, 'Tabella degli SLA: sla');
  });

  it("uses the element's usual height and a default width when the consumer sets no limit", () => {
    assert.deepEqual([ask(EMBED).body.width, ask(EMBED).body.height], [640, 640]);
    const kpi = ask(
      `${PAGE}?element=cst-kpi-tile&src=/data/focus-2016.json&dataset=active-credentials`,
      '&maxheight=900',
    );
    assert.equal(kpi.body.height, 200, 'a tile needs less than the limit');
    assert.equal(
      ask(EMBED, '&maxwidth=abc&maxheight=-5').body.width,
      640,
      'limits that are not numbers are ignored',
    );
  });

  it('titles the frame in English when the embed asks for English', () => {
    assert.equal(ask(`${EMBED}&lang=en-GB`).body.title, 'SLA table: sla');
  });

  it('keeps only the embed page parameters and escapes what it writes', () => {
    const hostile = `${PAGE}?element=cst-kpi-tile&src=/d.json&dataset=${encodeURIComponent('"><script>alert(1)</script>')}&onload=alert(2)`;
    const { html, title } = ask(hostile).body;
    assert.doesNotMatch(html, /<script|onload/);
    const iframe = iframeOf(html);
    assert.equal(new URL(iframe.src).searchParams.get('dataset'), '"><script>alert(1)</script>');
    assert.equal(new URL(iframe.src).searchParams.has('onload'), false);
    assert.equal(iframe.title, title);
  });

  it('accepts the embed page given as its folder', () => {
    const answer = oembed(
      `https://x/oembed?url=${encodeURIComponent(EMBED)}`,
      'https://dati.comune.example/cst/embed/',
    );
    assert.equal(answer.status, 200);
  });

  it('refuses what is not an embed of this page', () => {
    const cases = [
      [`https://elsewhere.example/cst/embed/embed.html?element=cst-sla-table&src=/d.json`, 404, /origin/],
      [`https://dati.comune.example/other.html?element=cst-sla-table&src=/d.json`, 404, /embed page/],
      [`${PAGE}?element=script&src=/d.json`, 404, /unknown element/],
      [`${PAGE}?element=constructor&src=/d.json`, 404, /unknown element/],
      [`${PAGE}?element=cst-sla-table`, 404, /src/],
      [`${PAGE}?element=cst-sla-table&src=javascript:alert(1)`, 404, /src/],
      ['javascript:alert(1)', 404, /web address/],
      ['not a url', 404, /web address/],
    ];
    for (const [url, status, reason] of cases) {
      const answer = ask(url);
      assert.equal(answer.ok, false, url);
      assert.equal(answer.status, status, url);
      assert.match(answer.reason, reason, url);
    }
    assert.equal(ask(EMBED, '&format=xml').status, 501, 'only json');
    assert.equal(oembed('https://x/oembed', PAGE).status, 400, 'no url parameter');
  });
});

describe('discoveryLink(page, endpoint)', () => {
  it('points at the endpoint for this very page, and the endpoint answers it', () => {
    const link = discoveryLink(EMBED, 'https://dati.comune.example/oembed');
    assert.match(link, /^<link rel="alternate" type="application\/json\+oembed" href="[^"]+" \/>$/);
    const href = link.match(/href="([^"]+)"/)[1].replace(/&amp;/g, '&');
    assert.equal(new URL(href).searchParams.get('url'), EMBED);
    assert.equal(oembed(href, PAGE).status, 200);
  });
});
