// The React 19 host: builds examples/react with Vite, serves the build, and checks in Chromium that
// React passes `data` as a property (objects, not "[object Object]") and receives the typed events.
import { hostExampleSuite } from '../support/host-example.mjs';

hostExampleSuite(
  'the React 19 example',
  new URL('../../examples/react/', import.meta.url).pathname,
  'React state',
);
