// A process of stream clients (a process may hold only so many descriptors), driven over IPC
// by feed.bench.mjs. Times are absolute (timeOrigin + now), comparable across processes.
import { StreamClients } from './clients.mjs';

const clients = new StreamClients();
const now = () => performance.timeOrigin + performance.now();

process.on('message', async (message) => {
  switch (message.type) {
    case 'open':
      await clients.open(message.url, message.count, message.options);
      process.send({ type: 'open', held: clients.held, refused: clients.refused });
      break;
    case 'expect': {
      const watch = clients.expect(message.marker);
      watch.since = message.since - performance.timeOrigin;
      break;
    }
    case 'count':
      process.send({ type: 'count', count: clients.watch?.times.length ?? 0 });
      break;
    case 'times':
      process.send({ type: 'times', times: clients.watch?.times ?? [] });
      break;
    case 'close':
      clients.close();
      process.send({ type: 'close' });
      process.exit(0);
  }
});
process.send({ type: 'ready', now: now() });
