import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';

/**
 * Several feed instances share their documents through Redis. Every instance subscribes to one
 * channel; whatever an instance accepts from its own folder, its simulator or `store.set` is
 * published there (and kept under a key, for instances that start later or were away), and the
 * others take it through their own worker like a file. The ETag comes from the bytes, so every
 * instance gives a version the same ETag, and a client can resume on any of them.
 *
 * A message is a JSON header line then the document's bytes:
 * `{"type":"put","name","etag","lastModified","datasets","base","from"}\n<json>` or
 * `{"type":"delete","name","from"}\n`.
 *
 * @param {{ url: string, prefix: string, store: import('./store.js').DocumentStore,
 *   log: { info: (...a: unknown[]) => void, warn: (...a: unknown[]) => void } }} options
 */
export async function connectRedis({ url, prefix, store, log }) {
  const options = {
    lazyConnect: true,
    // While Redis is away, nothing piles up in memory: the current versions are sent again when it is back.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    retryStrategy: (times) => Math.min(times * 200, 5_000),
  };
  const pub = new Redis(url, options);
  const sub = new Redis(url, { ...options, enableOfflineQueue: true });
  const channel = `${prefix}:updates`;
  const namesKey = `${prefix}:names`;
  const keyOf = (name) => `${prefix}:doc:${name}`;
  const self = randomUUID();
  /** Messages received per document: a snapshot read while one arrived is older than it. */
  /** @type {Map<string, number>} */
  const received = new Map();
  let warned = false;

  /** @param {object} header @param {Uint8Array} [body] */
  const encode = (header, body = Buffer.alloc(0)) =>
    Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]);
  const decode = (message) => {
    const end = message.indexOf(10);
    return { header: JSON.parse(message.subarray(0, end).toString()), body: message.subarray(end + 1) };
  };

  const failed = (error) => {
    if (warned) return;
    warned = true;
    log.warn(
      `cst-feed: cannot publish to Redis (${error.message}); will send the current versions when it is back`,
    );
  };

  /** @param {import('./version.js').Version} version @param {{ datasets?: string[], base?: string }} [partialOf] */
  const publish = (version, { datasets, base } = {}) => {
    const header = {
      type: 'put',
      name: version.name,
      etag: version.etag,
      lastModified: version.lastModified,
      datasets,
      base,
      from: self,
    };
    const message = encode(header, version.body);
    return pub
      .multi()
      .set(keyOf(version.name), message)
      .sadd(namesKey, version.name)
      .publish(channel, message)
      .exec()
      .catch(failed);
  };
  const publishDelete = (name) => {
    const message = encode({ type: 'delete', name, from: self });
    return pub.multi().del(keyOf(name)).srem(namesKey, name).publish(channel, message).exec().catch(failed);
  };

  const apply = (message) => {
    const { header, body } = decode(message);
    if (header.from === self) return;
    if (header.type === 'delete') return void store.delete(header.name, 'redis');
    if (store.get(header.name)?.etag === header.etag) return;
    void store.setBytes(header.name, body, {
      origin: 'redis',
      mtimeMs: header.lastModified,
      datasets: header.datasets,
      base: header.base,
    });
  };

  /** Takes every document Redis holds (at start, and after a reconnect: what changed while away). */
  const sync = async () => {
    const names = await pub.smembers(namesKey);
    const seen = new Map(names.map((name) => [name, received.get(name) ?? 0]));
    const messages = names.length > 0 ? await pub.mgetBuffer(...names.map(keyOf)) : [];
    names.forEach((name, i) => {
      const message = messages[i];
      // This instance's own documents (its folder, its simulator) are the source: Redis may hold an older one.
      const local = store.get(name) && store.get(name)?.origin !== 'redis';
      if (message && !local && (received.get(name) ?? 0) === seen.get(name)) apply(message);
    });
    for (const [name, version] of store.entries)
      if (version.origin === 'redis' && !names.includes(name)) store.delete(name, 'redis');
  };

  /** Sends this instance's own versions (at start, and after a reconnect); a folder's owner also removes what it no longer has. */
  const republish = async () => {
    warned = false;
    for (const version of store.entries.values()) if (version.origin !== 'redis') await publish(version);
    if (!store.dataDir) return;
    for (const name of await pub.smembers(namesKey)) if (!store.get(name)) await publishDelete(name);
  };

  sub.on('messageBuffer', (from, message) => {
    if (from.toString() !== channel) return;
    try {
      const { header } = decode(message);
      received.set(header.name, (received.get(header.name) ?? 0) + 1);
      apply(message);
    } catch (error) {
      log.warn(`cst-feed: ignored a malformed message from Redis: ${/** @type {Error} */ (error).message}`);
    }
  });
  const onChange = (version) => {
    if (version.origin !== 'redis') void publish(version, version.partialOf);
  };
  const onRemove = (name, origin) => {
    if (origin !== 'redis') void publishDelete(name);
  };
  store.on('change', onChange);
  store.on('remove', onRemove);
  for (const client of [pub, sub]) client.on('error', () => {}); // reported once by `failed`; ioredis retries
  let started = false;
  // After a reconnect ioredis subscribes again on its own; the snapshot is read once it has.
  sub.on('ready', () => started && setTimeout(() => void sync().catch(failed), 100));
  pub.on('ready', () => {
    if (!started) return;
    log.info(
      `cst-feed: connected to Redis again (${prefix}): sending this instance's documents, reading the others'`,
    );
    void republish().then(sync).catch(failed);
  });

  // Queued on the subscriber until it is connected, and subscribed again by ioredis after a reconnect.
  const subscribed = sub.subscribe(channel);
  try {
    await Promise.all([pub.connect(), subscribed]);
    await republish();
    await sync();
    log.info(`cst-feed: sharing documents through Redis (${prefix})`);
  } catch (error) {
    subscribed.catch(() => {});
    log.warn(`cst-feed: Redis is not reachable yet (${/** @type {Error} */ (error).message}); retrying`);
  }
  started = true;

  return {
    async close() {
      store.off('change', onChange);
      store.off('remove', onRemove);
      pub.disconnect();
      sub.disconnect();
    },
  };
}
