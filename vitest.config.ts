import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Node tests read @cst/schema from its sources, the file its exports name under the `source`
// condition, as the browser tests and the bundles do: a schema edit is tested without a rebuild.
// An alias rather than ssr.resolve.conditions: Vitest hands those to Node as --conditions, which a
// worker thread started by the code under test (the feed's) inherits, and it would load TypeScript.
const schema = new URL('./packages/schema/', import.meta.url);
const { exports } = JSON.parse(readFileSync(new URL('package.json', schema), 'utf8'));

// Node tests for pure logic: schema, models, formatting, data sources. Locale and zone pinned.
export default defineConfig({
  resolve: {
    alias: [{ find: /^@cst\/schema$/, replacement: fileURLToPath(new URL(exports['.'].source, schema)) }],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'tests/node/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/*.browser.test.ts'],
    environment: 'node',
    env: { TZ: 'Europe/Rome', LANG: 'it_IT.UTF-8' },
  },
});
