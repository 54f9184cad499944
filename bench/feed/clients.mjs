import { connect } from 'node:net';

/**
 * Many SSE clients in this process, each a raw TCP connection (no per-client parser): each keeps
 * only the last bytes it saw, to find a marker that a chunk boundary may split.
 */
export class StreamClients {
  sockets = [];
  held = 0;
  refused = 0;
  closed = 0;
  /** @type {{ marker: string, since: number, times: number[] } | undefined} */
  watch;

  /** Opens `count` stream connections, `parallel` at a time; resolves when each has its answer's status. */
  async open(url, count, { parallel = 200, stalled = false } = {}) {
    const { hostname, port, pathname, search } = new URL(url);
    const request = `GET ${pathname}${search} HTTP/1.1\r\nHost: ${hostname}\r\nAccept: text/event-stream\r\n\r\n`;
    const one = () =>
      new Promise((resolve) => {
        const socket = connect(Number(port), hostname);
        const state = { socket, tail: '', seen: '' };
        let answered = false;
        socket.on('error', () => {});
        socket.on('close', () => {
          this.closed++;
          if (!answered) resolve(undefined);
        });
        socket.on('connect', () => socket.write(request));
        socket.on('data', (chunk) => {
          const text = state.tail + chunk.toString('latin1');
          if (!answered) {
            answered = true;
            if (text.startsWith('HTTP/1.1 200')) this.held++;
            else this.refused++;
            this.sockets.push(state);
            if (stalled) socket.pause();
            resolve(undefined);
          }
          const watch = this.watch;
          if (watch && state.seen !== watch.marker && text.includes(watch.marker)) {
            state.seen = watch.marker;
            watch.times.push(performance.now() - watch.since);
          }
          state.tail = text.slice(-96);
        });
      });
    for (let i = 0; i < count; i += parallel) {
      await Promise.all(Array.from({ length: Math.min(parallel, count - i) }, one));
    }
  }

  /** Starts timing a marker's arrival at every client. */
  expect(marker) {
    this.watch = { marker, since: performance.now(), times: [] };
    return this.watch;
  }

  close() {
    for (const { socket } of this.sockets) socket.destroy();
    this.sockets = [];
  }
}

/** Sequential GETs of a URL until stopped: each one's time, as a visitor's page would see it. */
export function getLoop(url) {
  const times = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const start = performance.now();
      try {
        const response = await fetch(url, { headers: { 'Accept-Encoding': 'br' } });
        await response.arrayBuffer();
        times.push(performance.now() - start);
      } catch {
        times.push(Infinity);
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  return {
    times,
    stop: async () => {
      running = false;
      await done;
      return times;
    },
  };
}

export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** The same clients in a process of their own (bench/feed/client-process.mjs). */
export class RemoteClients {
  held = 0;
  refused = 0;

  constructor(fork, path) {
    this.child = fork(path, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.ended = new Promise((_, reject) =>
      this.child.once('exit', (code) => reject(new Error(`client process ended (${code})`))),
    );
    this.ended.catch(() => {});
    this.ready = this.#reply('ready');
  }

  #reply(type) {
    const answer = new Promise((resolve) => {
      const on = (message) => {
        if (message.type !== type) return;
        this.child.off('message', on);
        resolve(message);
      };
      this.child.on('message', on);
    });
    return Promise.race([answer, this.ended]);
  }

  async open(url, count, options = {}) {
    await this.ready;
    this.child.send({ type: 'open', url, count, options });
    const { held, refused } = await this.#reply('open');
    Object.assign(this, { held, refused });
  }

  /** Starts timing a marker from an absolute time (performance.timeOrigin + now). */
  expect(marker, since) {
    this.child.send({ type: 'expect', marker, since });
  }

  async count() {
    this.child.send({ type: 'count' });
    return (await this.#reply('count')).count;
  }

  async times() {
    this.child.send({ type: 'times' });
    return (await this.#reply('times')).times;
  }

  async close() {
    if (!this.child.connected) return;
    this.child.send({ type: 'close' });
    await this.#reply('close').catch(() => {});
  }
}
