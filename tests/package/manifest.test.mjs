// The Custom Elements Manifest that editors, Storybook and the JSX types read (after `pnpm build`):
// every element is there with its tag, its attributes as the element really observes them, typed
// events, parts and CSS properties with the global tokens, and paths that lead into dist/. Also
// the editor data generated from it (VS Code, JetBrains) and where package.json points to them.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readTokens } from '../../packages/widgets/build/cem/tokens.mjs';
import { COLOUR_TOKENS } from '../../packages/widgets/dist/core/colour-tokens.js';

const widgets = new URL('../../packages/widgets/', import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, widgets), 'utf8'));
const manifest = read('custom-elements.json');
const pkg = read('package.json');
const declarations = manifest.modules.flatMap((mod) => (mod.declarations ?? []).map((d) => ({ ...d, mod })));
const elements = declarations.filter((d) => d.customElement);
const byTag = (tag) => elements.find((d) => d.tagName === tag);
const TAGS = [
  'cst-bar-chart',
  'cst-data-table',
  'cst-deployment-matrix',
  'cst-kpi-tile',
  'cst-report',
  'cst-share',
  'cst-sla-table',
  'cst-trend-line',
];
const DATA_ELEMENTS = TAGS.filter((tag) => tag !== 'cst-report');

describe('custom-elements.json', () => {
  it('declares the eight elements, each with its tag, and no other class as an element', () => {
    assert.deepEqual(elements.map((d) => d.tagName).sort(), TAGS);
    const definitions = manifest.modules
      .flatMap((mod) => mod.exports ?? [])
      .filter((e) => e.kind === 'custom-element-definition');
    assert.deepEqual(definitions.map((d) => d.name).sort(), TAGS);
  });

  it('lists exactly the attributes each element observes, with their properties (dataset -> datasetId)', async () => {
    // Lit's Node build defines the elements in plain Node: the attributes come from the real classes.
    await import(new URL('dist/all.js', widgets).href);
    for (const tag of TAGS) {
      const observed = [...customElements.get(tag).observedAttributes].sort();
      const listed = byTag(tag)
        .attributes.map((a) => a.name)
        .sort();
      assert.deepEqual(listed, observed, tag);
    }
    const dataset = byTag('cst-sla-table').attributes.find((a) => a.name === 'dataset');
    assert.equal(dataset.fieldName, 'datasetId');
  });

  it('lists only public properties and methods (no private state, no Lit plumbing)', () => {
    const sla = byTag('cst-sla-table').members.map((m) => m.name);
    for (const name of ['datasetId', 'src', 'columns', 'sortBy', 'downloadCsv', 'status'])
      assert.ok(sla.includes(name), name);
    for (const name of ['rows', 'viewState', 'styles', 'properties', 'connectedCallback', 'renderReady']) {
      assert.ok(!sla.includes(name), `${name} is not public API`);
    }
  });

  it('types cst-data and cst-error on every data element, with their detail types, and no guessed events', () => {
    for (const tag of DATA_ELEMENTS) {
      const events = new Map(byTag(tag).events.map((e) => [e.name, e]));
      assert.equal(events.get('cst-data')?.type?.text, 'CstDataEvent', tag);
      assert.equal(events.get('cst-error')?.type?.text, 'CstErrorEvent', tag);
      assert.match(events.get('cst-data').description, /CstDataDetail/);
      assert.match(events.get('cst-error').description, /CstErrorDetail/);
    }
    const events = declarations.flatMap((d) => d.events ?? []);
    assert.deepEqual(
      events.filter((e) => !/^cst-[a-z-]+$/.test(e.name ?? '')),
      [],
      'every event is a named cst-* event (no guesses from dispatchEvent calls)',
    );
  });

  it('documents the parts and component CSS properties, and every global --cst-* token on every data element', () => {
    const theme = readFileSync(new URL('src/core/theme.ts', widgets), 'utf8');
    const tokens = readTokens(theme).map((t) => t.name);
    assert.ok(
      tokens.includes('--cst-color-status-met') && tokens.includes('--cst-font-family'),
      tokens.join(),
    );
    const written = theme.match(/var\(\s*--cst-[\w-]+/g).map((v) => v.slice(4).trim());
    assert.equal(tokens.length, new Set([...written, ...COLOUR_TOKENS.map((t) => t.property)]).size);
    for (const tag of DATA_ELEMENTS) {
      const element = byTag(tag);
      assert.ok(
        element.cssParts.some((p) => p.name === 'base'),
        `${tag} parts`,
      );
      const properties = element.cssProperties.map((p) => p.name);
      assert.ok(
        properties.some((p) => p.startsWith(`--${tag}-`)),
        `${tag} own properties`,
      );
      for (const token of tokens) assert.ok(properties.includes(token), `${tag} lacks ${token}`);
    }
    const met = byTag('cst-kpi-tile').cssProperties.find((p) => p.name === '--cst-color-status-met');
    assert.match(met.description, /--bsi-color-success/);
  });

  it('leads every module path and reference into dist/, to files the package ships', () => {
    const paths = [];
    JSON.stringify(manifest, (key, value) => {
      if ((key === 'path' || key === 'module') && typeof value === 'string') paths.push(value);
      return value;
    });
    assert.ok(paths.length > 100);
    const wrong = paths.filter((p) => !p.startsWith('dist/') || !existsSync(new URL(p, widgets)));
    assert.deepEqual([...new Set(wrong)], []);
  });
});

describe('editor data generated from the manifest', () => {
  it('VS Code: every tag with its attributes (dataset included: in HTML it is the attribute)', () => {
    const data = read(pkg.exports['./vscode.html-custom-data.json']);
    assert.deepEqual(data.tags.map((t) => t.name).sort(), TAGS);
    const sla = data.tags.find((t) => t.name === 'cst-sla-table');
    for (const name of ['src', 'dataset', 'refresh', 'columns', 'filter']) {
      assert.ok(
        sla.attributes.some((a) => a.name === name),
        name,
      );
    }
    const css = read(pkg.exports['./vscode.css-custom-data.json']);
    assert.ok(css.properties.some((p) => p.name === '--cst-color-status-met'));
  });

  it('JetBrains: package.json names web-types, which lists every tag with attributes and events', () => {
    const webTypes = read(pkg['web-types']);
    assert.equal(webTypes.name, pkg.name);
    assert.equal(webTypes.version, pkg.version);
    const html = webTypes.contributions.html.elements;
    assert.deepEqual(html.map((e) => e.name).sort(), TAGS);
    const kpi = html.find((e) => e.name === 'cst-kpi-tile');
    assert.ok(kpi.attributes.some((a) => a.name === 'dataset'));
    assert.deepEqual(
      kpi.js.events.map((e) => e.name),
      ['cst-data', 'cst-error'],
    );
  });
});
