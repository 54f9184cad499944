// One feed under test, in a process of its own (its RSS is its own): the feed's startFeed from
// FEED_SRC (this repo's, or another checkout's for a before/after comparison), driven over IPC.
// Env: FEED_SRC, DATA_DIR (optional with REDIS), REDIS, MAX_DOC_MB.
const { startFeed } = await import(process.env.FEED_SRC);

const feed = await startFeed({
  port: 0,
  dataDir: process.env.DATA_DIR || undefined,
  simulate: false,
  maxStreamClients: 100_000,
  ...(process.env.MAX_DOC_MB ? { maxDocumentBytes: Number(process.env.MAX_DOC_MB) * 1024 * 1024 } : {}),
  ...(process.env.REDIS ? { redis: process.env.REDIS } : {}),
  log: { info() {}, warn: (...args) => console.error(...args.map(String).map((s) => s.slice(0, 200))) },
});

/** One step of a live document: a changed SLA figure and a new updatedAt (the clients' marker). */
function changed(doc, updatedAt) {
  const sla = doc.datasets.sla;
  const items = sla.items.map((item, i) =>
    i === 0 ? { ...item, measured: { ...item.measured, value: 99 + Math.random() } } : item,
  );
  return { ...doc, updatedAt, datasets: { ...doc.datasets, sla: { ...sla, items } } };
}

process.on('message', async (message) => {
  if (message.type === 'set') {
    const entry = feed.store.get(message.name);
    await feed.store.set(message.name, changed(entry.doc, message.updatedAt), { datasets: ['sla'] });
    process.send({ type: 'set', updatedAt: message.updatedAt });
  } else if (message.type === 'etag') {
    process.send({ type: 'etag', etag: feed.store.get(message.name)?.etag });
  } else if (message.type === 'stats') {
    // What this feed says of its stream clients (the first feed had no such count).
    process.send({ type: 'stats', clients: feed.hub?.clients, dropped: feed.hub?.dropped });
  } else if (message.type === 'stop') {
    await feed.close();
    process.exit(0);
  }
});
process.send({ type: 'ready', url: feed.url });
