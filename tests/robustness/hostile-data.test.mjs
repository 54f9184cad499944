// A corpus of hostile data fed to every element through `data` and through `src`: HTML and SVG
// payloads, `javascript:` URLs, bidi controls, 100.000-character labels, deeply nested JSON,
// numbers as strings, `__proto__` / `constructor` keys. Each case must end rendered (the payload
// visible as text) or rejected with a readable error; no script runs (a canary global), nothing
// in the page outside the element changes, Object.prototype stays clean, and a 10 ms timer keeps
// ticking (the longest gap is reported, not asserted tightly).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser } from '../support/browser.mjs';
import { ELEMENTS, focus, openArena, serveArena } from './support.mjs';

const LABEL_KEYS = new Set(['title', 'label', 'description', 'note', 'name', 'qualifier', 'url']);

/** Payload strings: `marker` is what must appear as text when the element renders the case. */
const STRINGS = {
  html: `<img src=x onerror="window.__pwned='html'"><b>grassetto</b>`,
  svg: `<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned='svg'"><script>window.__pwned='svg-script'</script></svg>`,
  script: `</script><script>window.__pwned='script'</script>`,
  url: `javascript:window.__pwned='url'`,
  bidi: '\u202Eevil\u202C \u2066isolato\u2069 \u200Fmark \u202Dforce\u202C',
  long: 'L'.repeat(100_000),
};

/**
 * Replaces every label-like string of a dataset with `payload` (matrix status labels included:
 * the schema caps labels at 500 characters, so 100.000 is refused before any cell is drawn).
 */
function relabel(value, payload) {
  if (Array.isArray(value)) return value.map((v) => relabel(v, payload));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        LABEL_KEYS.has(k) && typeof v === 'string' ? payload : relabel(v, payload),
      ]),
    );
  return value;
}

/** Every number as a string ("4788" instead of 4788). */
function stringifyNumbers(value) {
  if (Array.isArray(value)) return value.map(stringifyNumbers);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stringifyNumbers(v)]));
  return typeof value === 'number' ? String(value) : value;
}

function nestedText(depth) {
  return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

/** Inserts raw JSON members after the first `{` of the dataset text (and of every object in a list). */
function withRawKeys(dataset, members) {
  return JSON.stringify(dataset).replace(/\{/g, `{${members},`).replace(/,\}/g, '}');
}

/** case name → (dataset) → JSON text of the hostile dataset. */
const CASES = {
  ...Object.fromEntries(
    Object.entries(STRINGS).map(([name, payload]) => [name, (d) => JSON.stringify(relabel(d, payload))]),
  ),
  'numbers-as-strings': (d) => JSON.stringify(stringifyNumbers(d)),
  'deeply-nested': (d) => JSON.stringify(d).replace(/^\{/, `{"extra":${nestedText(5_000)},`),
  'nested-as-data': () => nestedText(5_000),
  ['__proto__']: (d) => withRawKeys(d, '"__proto__":{"polluted":"yes","kind":"kpi"}'),
  constructor: (d) => withRawKeys(d, '"constructor":{"prototype":{"polluted":"yes"}}'),
};

const MARKERS = {
  html: '<b>grassetto</b>',
  svg: '<svg xmlns',
  script: '</script><script>',
  url: 'javascript:window',
  bidi: 'isolato',
  long: 'L'.repeat(1000),
};

/** Files for the `src` route: a whole document around the hostile dataset. */
const files = {};
for (const [tag, id] of Object.entries(ELEMENTS))
  for (const [name, make] of Object.entries(CASES)) {
    const { datasets: _, ...head } = focus;
    files[`${tag}-${name}.json`] =
      `{${JSON.stringify(head).slice(1, -1)},"datasets":{"${id}":${make(focus.datasets[id])}}}`;
  }

/** Runs in the page: mounts one element, waits for a final state, collects what a user would see. */
async function mountCase({ tag, id, route, text, srcUrl }) {
  const arena = document.getElementById('arena');
  const outside = () => {
    const body = document.body.cloneNode(true);
    body.querySelector('#arena').replaceChildren();
    return document.head.outerHTML + body.outerHTML + document.title;
  };
  const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).join(',');
  const before = { outside: outside(), proto: protoKeys() };
  let last = performance.now();
  let maxGap = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
  }, 10);
  const el = document.createElement(tag);
  let thrown = '';
  try {
    if (route === 'data') el.data = JSON.parse(text);
    else {
      el.setAttribute('dataset', id);
      el.setAttribute('src', srcUrl);
    }
  } catch (error) {
    thrown = String(error);
  }
  arena.append(el);
  const t0 = performance.now();
  while (el.status === 'loading' && performance.now() - t0 < 15_000)
    await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
  // Give an injected <img onerror> or <svg onload> time to fire.
  await new Promise((r) => setTimeout(r, 150));
  clearInterval(timer);
  const deepText = (node) => {
    let out = '';
    const walk = (n) => {
      if (n.nodeType === Node.TEXT_NODE) out += n.data;
      if (n.shadowRoot) walk(n.shadowRoot);
      for (const c of n.childNodes) walk(c);
    };
    walk(node);
    return out;
  };
  const dangerous = [];
  const scan = (n) => {
    if (n.nodeType === Node.ELEMENT_NODE) {
      if (/^(script|iframe|object|embed|foreignobject)$/i.test(n.localName) && n.closest('#arena'))
        dangerous.push(n.localName);
      for (const a of n.attributes) {
        if (/^on/i.test(a.name)) dangerous.push(`${n.localName}[${a.name}]`);
        if (/^(href|src|xlink:href|action|formaction)$/i.test(a.name) && /^\s*javascript:/i.test(a.value))
          dangerous.push(`${n.localName}[${a.name}=javascript:]`);
      }
    }
    if (n.shadowRoot) scan(n.shadowRoot);
    for (const c of n.childNodes) scan(c);
  };
  scan(el);
  const result = {
    status: el.status,
    thrown,
    text: deepText(el.shadowRoot ?? el),
    errorText: el.shadowRoot?.querySelector('[part~="error"]')?.textContent.trim() ?? '',
    dangerous,
    pwned: window.__pwned,
    polluted: {}.polluted ?? [].polluted ?? Object.prototype.polluted,
    outsideChanged: outside() !== before.outside,
    protoChanged: protoKeys() !== before.proto,
    maxGap,
  };
  el.remove();
  return result;
}

let server;
let browser;

before(async () => {
  server = await serveArena(files);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const gaps = [];
for (const [tag, id] of Object.entries(ELEMENTS)) {
  describe(`${tag} with hostile data`, () => {
    let arena;
    before(async () => {
      arena = await openArena(browser, `${server.url}/`);
    });
    after(async () => {
      const pageErrors = arena.errors.filter(
        (e) => !/Failed to load resource|Fetch API cannot load (javascript|data):/.test(e),
      );
      await arena.page.close();
      assert.deepEqual(pageErrors, []);
    });

    for (const route of ['data', 'src'])
      for (const [name, make] of Object.entries(CASES)) {
        it(`${name} through ${route}: text or a readable error, no script, page untouched`, async (t) => {
          const text = route === 'data' ? make(focus.datasets[id]) : undefined;
          const srcUrl = `${server.url}/files/${tag}-${name}.json`;
          const r = await arena.page.evaluate(mountCase, { tag, id, route, text, srcUrl });
          gaps.push(r.maxGap);
          t.diagnostic(
            `${r.status}${r.errorText ? ` (${r.errorText.slice(0, 120)})` : ''}; longest timer gap ${r.maxGap.toFixed(0)} ms`,
          );
          assert.equal(r.thrown, '', 'setting the data throws');
          assert.equal(r.pwned, undefined, 'a script from the data ran');
          assert.deepEqual(r.dangerous, [], 'markup from the data reached the DOM');
          assert.equal(r.polluted, undefined, 'Object.prototype polluted');
          assert.equal(r.protoChanged, false, 'Object.prototype changed');
          assert.equal(r.outsideChanged, false, 'the page outside the element changed');
          assert.ok(['ready', 'empty', 'error'].includes(r.status), `final state ${r.status}`);
          assert.ok(r.maxGap < 15_000, `the page froze for ${r.maxGap.toFixed(0)} ms`);
          if (r.status === 'error') assert.match(r.errorText, /\S{3,}/, 'error without a readable message');
          if (r.status === 'ready' && MARKERS[name]) {
            assert.ok(
              r.text.includes(MARKERS[name]),
              `payload not rendered as text: ${r.text.slice(0, 200)}`,
            );
          }
        });
      }

    if (tag === 'cst-deployment-matrix')
      it('100.000-character status labels keep the page responsive', async () => {
        const d = structuredClone(focus.datasets[id]);
        for (const s of d.statuses) s.label = STRINGS.long;
        const r = await arena.page.evaluate(mountCase, { tag, id, route: 'data', text: JSON.stringify(d) });
        assert.equal(r.status, 'error', `final state ${r.status}`);
        assert.match(r.errorText, /statuses\[0\]\.label: è troppo lungo: 100000 caratteri, al massimo 500/);
        assert.ok(r.maxGap < 1_000, `the page froze for ${r.maxGap.toFixed(0)} ms`);
      });

    it('a javascript: or data: src is refused with a readable error, no script runs', async () => {
      for (const src of [
        `javascript:window.__pwned='src'`,
        `data:text/html,<script>window.__pwned=1</script>`,
      ]) {
        const r = await arena.page.evaluate(mountCase, { tag, id, route: 'src', srcUrl: src });
        assert.equal(r.pwned, undefined);
        assert.equal(r.status, 'error', `${src} gave ${r.status}`);
        assert.match(r.errorText, /\S{3,}/);
      }
    });
  });
}

after(() => {
  if (gaps.length)
    console.log(
      `# hostile data: longest timer gap ${Math.max(...gaps).toFixed(0)} ms over ${gaps.length} cases`,
    );
});
