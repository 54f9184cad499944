import { setImmediate as nextTurn } from 'node:timers/promises';
import { SSE_HEADERS, formatEvent, isCurrent } from './sse.js';

const GONE = Buffer.from(formatEvent({ event: 'gone', data: JSON.stringify({ reason: 'deleted' }) }));
const HEARTBEAT = Buffer.from(formatEvent({ comment: 'heartbeat' }));
/** Clients written to in one turn of the event loop (fewer for large frames): other requests get their turn between batches. */
const BATCH = 256;
const BATCH_BYTES = 4 * 1024 * 1024;
/** A client told `gone` that does not read it is cut off after this long. */
const GONE_GRACE_MS = 10_000;

/** @typedef {{ response: import('node:http').ServerResponse, queued: number }} Client */

/**
 * The stream clients of every published document. Every client of a document shares one encoded
 * frame per message (never a copy of the document); `write()`'s answer is respected: a client
 * that has not taken what it was sent gets no heartbeats, and one whose unsent messages pass
 * `maxUnsentBytes` is disconnected (its EventSource reconnects and resumes with Last-Event-ID).
 */
export class StreamHub {
  /** @type {Map<string, Set<Client>>} */
  streams = new Map();
  /** Fan-outs run one after the other, so every client gets the messages in order. */
  queue = Promise.resolve();
  clients = 0;
  dropped = 0;
  lastDropLog = 0;

  /**
   * @param {{ retryMs: number, heartbeatMs: number, maxUnsentBytes: number, maxClients: number,
   *   log: { info: (...a: unknown[]) => void } }} options
   */
  constructor({ retryMs, heartbeatMs, maxUnsentBytes, maxClients, log }) {
    this.retryMs = retryMs;
    this.maxUnsentBytes = maxUnsentBytes;
    this.maxClients = maxClients;
    this.log = log;
    this.timer = setInterval(() => this.#enqueue(() => this.#heartbeat()), heartbeatMs);
    this.timer.unref();
  }

  /**
   * Answers a stream request for a published document: the whole document first unless the
   * client already holds this version, then every change.
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   * @param {import('./version.js').Version} version
   * @param {string} lastEventId
   */
  attach(request, response, version, lastEventId) {
    if (this.clients >= this.maxClients) {
      response.writeHead(503, { 'Retry-After': '10', 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Too many stream clients on this instance; retry later.\n');
      return;
    }
    response.writeHead(200, SSE_HEADERS);
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    const clients = this.#clientsOf(version.name);
    /** @type {Client} */
    const client = { response, queued: 0 };
    response.write(formatEvent({ comment: `cst-feed stream ${version.name}`, retry: this.retryMs }));
    if (!isCurrent(lastEventId, version)) this.#write(client, version.frame);
    clients.add(client);
    this.clients++;
    response.on('drain', () => (client.queued = 0));
    response.on('close', () => {
      if (clients.delete(client)) this.clients--;
    });
  }

  /** Sends one message to every client of a document (created with its first version). */
  broadcast(name, frame) {
    const clients = [...this.#clientsOf(name)];
    this.#enqueue(() => this.#fanOut(clients, (client) => this.#write(client, frame), frame.length));
  }

  /** Tells a removed document's clients it is gone and ends their responses; its stream is no more. */
  gone(name) {
    const clients = [...(this.streams.get(name) ?? [])];
    this.streams.delete(name);
    this.#enqueue(() =>
      this.#fanOut(clients, ({ response }) => {
        response.end(GONE);
        setTimeout(() => response.destroy(), GONE_GRACE_MS).unref();
      }),
    );
  }

  close() {
    clearInterval(this.timer);
    for (const clients of this.streams.values()) for (const { response } of clients) response.end();
    this.streams.clear();
  }

  #clientsOf(name) {
    let clients = this.streams.get(name);
    if (!clients) this.streams.set(name, (clients = new Set()));
    return clients;
  }

  #enqueue(task) {
    this.queue = this.queue
      .then(task)
      .catch((error) => this.log.info('cst-feed: stream fan-out failed:', error));
  }

  async #fanOut(clients, send, bytesEach = 0) {
    const batch = Math.max(1, Math.min(BATCH, Math.floor(BATCH_BYTES / Math.max(1, bytesEach))));
    for (let i = 0; i < clients.length; i += batch) {
      if (i > 0) await nextTurn();
      for (const client of clients.slice(i, i + batch)) if (!client.response.writableEnded) send(client);
    }
  }

  #heartbeat() {
    const all = [...this.streams.values()].flatMap((clients) => [...clients]);
    return this.#fanOut(all, ({ response }) => {
      if (!response.writableNeedDrain) response.write(HEARTBEAT);
    });
  }

  /** @param {Client} client @param {Buffer} frame */
  #write(client, frame) {
    const { response } = client;
    if (response.destroyed) return;
    if (response.writableNeedDrain) {
      client.queued += frame.length;
      if (client.queued > this.maxUnsentBytes) return this.#drop(client);
    }
    response.write(frame);
  }

  #drop({ response }) {
    response.destroy();
    this.dropped++;
    const now = Date.now();
    if (now - this.lastDropLog < 10_000) return;
    this.lastDropLog = now;
    this.log.info(
      `cst-feed: disconnected a stream client that stopped reading (${this.dropped} so far); it will resume when it reconnects`,
    );
  }
}
