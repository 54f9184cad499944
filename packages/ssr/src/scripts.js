import { SEED_TYPE } from '@cst/widgets/server.js';
import { defaultTreeAdapter, html, serializeOuter } from 'parse5';

/**
 * JSON as the text of a `<script>` data block. Inside a script, `</script` or `<!--` in a string
 * would end or change the element: every `<` is written `\u003c`, the same JSON.
 * @param {unknown} value
 */
function scriptJson(value) {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * A `<script>` data block, made as a node and serialized by parse5 (attribute values escaped).
 * @param {Array<{ name: string, value: string }>} attrs
 * @param {unknown} value
 */
function dataScript(attrs, value) {
  const script = defaultTreeAdapter.createElement('script', html.NS.HTML, attrs);
  defaultTreeAdapter.insertText(script, scriptJson(value));
  return serializeOuter(script);
}

/**
 * The seed of a source, for the browser: `src` is the URL as the page writes it (the browser
 * resolves it as the elements resolve theirs).
 * @param {string} src
 * @param {import('@cst/widgets/server.js').Seed} seed
 */
export function seedScript(src, seed) {
  return dataScript(
    [
      { name: 'type', value: SEED_TYPE },
      { name: 'data-src', value: src },
    ],
    seed,
  );
}

/** An inline JSON child: the element's data when it has no URL. @param {unknown} data */
export function inlineScript(data) {
  return dataScript([{ name: 'type', value: 'application/json' }], data);
}

export { SEED_TYPE };
