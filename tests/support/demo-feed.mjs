// The demo as `npm start` serves it (scripts/start.sh), for the tests of its pages: the example
// documents, the example pages, the built elements and Bootstrap Italia under /vendor/.
import { startFeed } from '../../packages/feed/src/index.js';

const root = new URL('../../', import.meta.url).pathname;

/**
 * Starts the demo's feed on a free port, quiet; `options` adds to it (e.g. the simulator).
 * @param {import('../../packages/feed/src/index.js').FeedOptions} [options]
 */
export function startDemoFeed(options = {}) {
  return startFeed({
    port: 0,
    dataDir: `${root}packages/schema/fixtures`,
    staticDirs: [
      `${root}examples`,
      `${root}packages/widgets/dist`,
      `/vendor/bootstrap-italia=${root}examples/node_modules/bootstrap-italia/dist`,
    ],
    log: { info() {}, warn() {} },
    ...options,
  });
}
