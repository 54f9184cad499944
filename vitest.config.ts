import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Node tests for pure logic: schema, models, formatting, data sources. Locale and zone pinned.
export default defineConfig({
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'tests/node/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/*.browser.test.ts'],
    environment: 'node',
    env: { TZ: 'Europe/Rome', LANG: 'it_IT.UTF-8' },
  },
});
