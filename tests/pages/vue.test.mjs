// The Vue 3 host: builds examples/vue with Vite (single-file components through @vitejs/plugin-vue),
// serves the build, and checks in Chromium that Vue binds `data` as a property (objects, not
// "[object Object]") and receives the typed events.
import { hostExampleSuite } from '../support/host-example.mjs';

hostExampleSuite(
  'the Vue 3 example',
  new URL('../../examples/vue/', import.meta.url).pathname,
  'Vue reactive state',
);
