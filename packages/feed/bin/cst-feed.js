#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { startFeed } from '../src/index.js';

const usage = `Usage: cst-feed [--port 8080] [--host 127.0.0.1] --data <folder> [--static <folder> ...] [--no-simulate]

Serves the report documents of <folder> at /data/<name>.json (validated, with ETag,
Last-Modified, Cache-Control and CORS) and their updates at /stream/<name> (Server-Sent
Events); --static folders are served as they are ("/prefix=folder" mounts one under a prefix).
The simulator (on unless --no-simulate) evolves focus-2016.json live.`;

let values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string' },
      static: { type: 'string', multiple: true, default: [] },
      simulate: { type: 'boolean', default: true },
      'no-simulate': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  console.error(`${error.message}\n\n${usage}`);
  process.exit(2);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const port = Number(values.port);
if (!values.data || !Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`${values.data ? `invalid port: ${values.port}` : 'missing --data <folder>'}\n\n${usage}`);
  process.exit(2);
}

const simulate = values.simulate && !values['no-simulate'];
try {
  const feed = await startFeed({
    port,
    host: values.host,
    dataDir: values.data,
    staticDirs: values.static,
    simulate,
  });
  const names = [...feed.store.entries.keys()];
  console.log(`cst-feed: serving on ${feed.url}/`);
  for (const name of names)
    console.log(`  ${feed.url}/data/${name}.json  (stream: ${feed.url}/stream/${name})`);
  if (simulate) console.log('  simulator: on (focus-2016 evolves every 3 s)');
  const stop = () => feed.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`cst-feed: ${error.code === 'EADDRINUSE' ? `port ${port} is in use` : error.message}`);
  process.exit(1);
}
