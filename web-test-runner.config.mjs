import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { testRoutes } from './packages/widgets/test/server-routes.mjs';
import { chromeArgs, chromePath } from './scripts/chrome.mjs';

// Element tests in real Chromium: files named *.browser.test.ts next to the element.
export default {
  files: ['packages/*/src/**/*.browser.test.ts', 'tests/browser/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  middleware: [testRoutes],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'packages/widgets/tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath(), headless: true, args: chromeArgs },
      // Each test file in a context (a window) of its own: tabs sharing one window are hidden,
      // and a hidden page gets no animation frames or resize observations.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  concurrency: 2,
  testsFinishTimeout: 180_000,
  // Generous: the machines are shared; speed is measured by the benchmarks, not here.
  testFramework: { config: { timeout: 20_000 } },
  filterBrowserLogs: ({ type }) => type === 'error',
};
