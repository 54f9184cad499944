// pnpm bench:feed: what one feed instance holds and how fast it fans out, and the same over Redis
// with two instances; with 100 stalled clients and a 20 MB document; while 9 MB and 200 MB
// documents arrive. FEED_DIR=<checkout>/packages/feed measures another feed (e.g. main's) with
// the same clients; CLIENTS=n (default 10000) per instance. See bench/README.md.
import { execFileSync, fork, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RemoteClients, getLoop, percentile } from './feed/clients.mjs';
import { focusText, writeLargeDocument } from './feed/documents.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const feedDir = resolve(process.env.FEED_DIR ?? join(here, '../packages/feed'));
const asked = Number(process.env.CLIENTS ?? 10_000);
const limit = Number(execFileSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).trim());
/** Clients per instance: as asked, unless the descriptor limit cannot be raised that far. */
const wanted = process.env.FEED_BENCH_LIMITED ? Math.min(asked, limit - 1000) : asked;
const CHANGES = 5;

function load() {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
}

/** A process's resident memory in MB; NaN once it is gone. */
function rssMb(pid) {
  try {
    return Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? NaN) / 1024;
  } catch {
    return NaN;
  }
}
const round = (x, digits = 1) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : x);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A feed process (bench/feed/server.mjs) on `feedDir`'s sources. */
async function startServer(env) {
  const child = fork(join(here, 'feed/server.mjs'), [], {
    env: { ...process.env, FEED_SRC: join(feedDir, 'src/index.js'), ...env },
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  let exit;
  const exited = new Promise((r) => child.on('exit', (code, signal) => r((exit = signal ?? code))));
  /** A message to the feed process; none once it has died (its death is reported by `reply`). */
  const tell = (message) => child.connected && child.send(message, () => {});
  const died = () =>
    exited.then(() => {
      throw new Error(`the feed process ended (${exit}): ${stderr.slice(-600)}`);
    });
  const reply = (type) =>
    Promise.race([
      new Promise((r) =>
        child.on('message', function on(m) {
          if (m.type === type) {
            child.off('message', on);
            r(m);
          }
        }),
      ),
      died(),
    ]);
  const { url } = await Promise.race([
    reply('ready'),
    exited.then(() => {
      throw new Error(`feed did not start: ${stderr}`);
    }),
  ]);
  return {
    url,
    pid: child.pid,
    stderr: () => stderr,
    exit: () => exit,
    etag: async (name) => {
      tell({ type: 'etag', name });
      return (await reply('etag')).etag;
    },
    set: (name, updatedAt) => tell({ type: 'set', name, updatedAt }),
    stats: async () => {
      tell({ type: 'stats' });
      const { clients, dropped } = await reply('stats');
      return { clients, dropped };
    },
    stop: async () => {
      if (exit === undefined) {
        tell({ type: 'stop' });
        await Promise.race([exited, sleep(5000)]);
        child.kill('SIGKILL');
      }
    },
  };
}

/** `CHANGES` document changes; each one's latency to every client, as one list. */
async function fanOut(server, clientSets, name) {
  const all = [];
  const lastPerChange = [];
  const expectedCount = clientSets.reduce((n, c) => n + c.held, 0);
  for (let k = 0; k < CHANGES; k++) {
    const marker = new Date(Date.UTC(2030, 0, 1, 0, 0, k, Math.floor(Math.random() * 1000))).toISOString();
    const since = performance.timeOrigin + performance.now();
    for (const clients of clientSets) clients.expect(marker, since);
    server.set(name, marker);
    const end = Date.now() + 30_000;
    const arrived = async () =>
      (await Promise.all(clientSets.map((c) => c.count()))).reduce((a, b) => a + b, 0);
    while ((await arrived()) < expectedCount && Date.now() < end) await sleep(50);
    const times = (await Promise.all(clientSets.map((c) => c.times()))).flat();
    all.push(...times);
    lastPerChange.push(times.length ? Math.max(...times) : NaN);
    await sleep(500);
  }
  return {
    reached: `${Math.round(all.length / CHANGES)}/${expectedCount}`,
    p50: round(percentile(all, 50)),
    p99: round(percentile(all, 99)),
    lastClientMedian: round(percentile(lastPerChange, 50)),
  };
}

/** Stream clients in a process of their own: a process holds at most `ulimit -n` descriptors. */
const clientProcesses = [];
const clientProcess = () => {
  const clients = new RemoteClients(fork, join(here, 'feed/client-process.mjs'));
  clientProcesses.push(clients.child);
  return clients;
};

function summary(times) {
  const finite = times.filter(Number.isFinite);
  return {
    count: times.length,
    failed: times.length - finite.length,
    p50: round(percentile(finite, 50)),
    p99: round(percentile(finite, 99)),
    max: round(Math.max(...finite)),
  };
}

async function baselineGet(url) {
  const loop = getLoop(url);
  await sleep(2000);
  return summary(await loop.stop());
}

async function oneInstance(dataDir) {
  const server = await startServer({ DATA_DIR: dataDir });
  try {
    await sleep(1000);
    const rssBefore = rssMb(server.pid);
    const getIdle = await baselineGet(`${server.url}/data/focus-2016.json`);
    const id = (await server.etag('focus-2016')).slice(1, -1);
    const clients = clientProcess();
    const t0 = performance.now();
    await clients.open(`${server.url}/stream/focus-2016?lastEventId=${id}`, wanted);
    const connectSeconds = (performance.now() - t0) / 1000;
    await sleep(2000);
    const rssAfter = rssMb(server.pid);
    const loop = getLoop(`${server.url}/data/focus-2016.json`);
    const fan = await fanOut(server, [clients], 'focus-2016');
    const getDuring = summary(await loop.stop());
    await clients.close();
    return {
      held: clients.held,
      refused: clients.refused,
      connectSeconds: round(connectSeconds),
      rssMb: { before: round(rssBefore), after: round(rssAfter) },
      rssPerClientKb: round(((rssAfter - rssBefore) * 1024) / Math.max(1, clients.held), 2),
      fanOutMs: fan,
      getIdleMs: getIdle,
      getDuringFanOutMs: getDuring,
      alive: server.exit() === undefined,
    };
  } finally {
    await server.stop();
  }
}

async function startRedis() {
  const dir = mkdtempSync(join(tmpdir(), 'cst-bench-redis-'));
  const socket = join(dir, 'redis.sock');
  const redis = spawn(
    '/usr/bin/redis-server',
    ['--port', '0', '--unixsocket', socket, '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 200 && !existsSync(socket); i++) await sleep(25);
  return {
    socket,
    stop: () => {
      redis.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function twoInstances(dataDir) {
  if (!existsSync(join(feedDir, 'src/redis.js'))) return { skipped: 'this feed has no Redis support' };
  const redis = await startRedis();
  const a = await startServer({ DATA_DIR: dataDir, REDIS: redis.socket });
  const b = await startServer({ REDIS: redis.socket });
  try {
    await sleep(1500);
    const before = [rssMb(a.pid), rssMb(b.pid)];
    const id = (await a.etag('focus-2016')).slice(1, -1);
    const sets = [clientProcess(), clientProcess()];
    await sets[0].open(`${a.url}/stream/focus-2016?lastEventId=${id}`, wanted);
    await sets[1].open(`${b.url}/stream/focus-2016?lastEventId=${id}`, wanted);
    await sleep(2000);
    const after = [rssMb(a.pid), rssMb(b.pid)];
    const loop = getLoop(`${b.url}/data/focus-2016.json`);
    const fan = await fanOut(a, sets, 'focus-2016');
    const getDuring = summary(await loop.stop());
    await Promise.all(sets.map((c) => c.close()));
    return {
      held: sets.map((s) => s.held),
      rssMb: { before: before.map((x) => round(x)), after: after.map((x) => round(x)) },
      rssPerClientKb: sets.map((s, i) => round(((after[i] - before[i]) * 1024) / Math.max(1, s.held), 2)),
      fanOutMs: fan,
      getDuringFanOutMs: getDuring,
    };
  } finally {
    await Promise.all([a.stop(), b.stop()]);
    redis.stop();
  }
}

/** Where the running scenario has been, with the feed's RSS at each step: reported when the feed dies. */
let phase = [];
const at = (name, pid) => phase.push(`${name} (feed RSS ${round(rssMb(pid))} MB)`);

async function stalledAndLarge(dataDir) {
  const big = join(dataDir, 'big.json');
  await writeLargeDocument(big, 20 * 1024 * 1024);
  const server = await startServer({ DATA_DIR: dataDir, MAX_DOC_MB: '32' });
  try {
    await sleep(3000);
    const rssBefore = rssMb(server.pid);
    const stalled = clientProcess();
    at('connecting 100 stalled clients to the 20 MB document', server.pid);
    await stalled.open(`${server.url}/stream/big`, 100, { stalled: true, parallel: 20 });
    await sleep(3000);
    at(`100 stalled clients connected`, server.pid);
    const rssStalled = rssMb(server.pid);
    const id = (await server.etag('focus-2016')).slice(1, -1);
    const clients = clientProcess();
    await clients.open(`${server.url}/stream/focus-2016?lastEventId=${id}`, wanted);
    const loop = getLoop(`${server.url}/data/focus-2016.json`);
    at(`${clients.held} clients connected; rewriting the 20 MB document`, server.pid);
    const bigBefore = await server.etag('big');
    const rewritten = performance.now();
    await writeLargeDocument(big, 20 * 1024 * 1024, 'riga nuova'); // a new version of the large document
    while ((await server.etag('big')) === bigBefore && performance.now() - rewritten < 60_000)
      await sleep(100);
    const newVersionAfterSeconds = round((performance.now() - rewritten) / 1000, 2);
    await sleep(2000);
    at('the 20 MB document rewritten', server.pid);
    const rssAfterRewrite = rssMb(server.pid);
    const statsAfterRewrite = await server.stats();
    const fan = await fanOut(server, [clients], 'focus-2016');
    const getDuring = summary(await loop.stop());
    const rssAtEnd = rssMb(server.pid);
    await clients.close();
    await stalled.close();
    return {
      stalledHeld: stalled.held,
      held: clients.held,
      newVersionAfterSeconds,
      feedSaysAfterRewrite: statsAfterRewrite,
      rssMb: {
        before: round(rssBefore),
        with100Stalled: round(rssStalled),
        afterRewrite: round(rssAfterRewrite),
        atEnd: round(rssAtEnd),
      },
      fanOutMs: fan,
      getDuringMs: getDuring,
      alive: server.exit() === undefined,
      exit: server.exit(),
    };
  } finally {
    await server.stop();
  }
}

async function arrivingDocuments(dataDir) {
  const server = await startServer({ DATA_DIR: dataDir });
  try {
    await sleep(1000);
    const result = {};
    for (const [name, mb] of [
      ['nine', 9],
      ['huge', 200],
    ]) {
      const file = join(tmpdir(), `cst-bench-${name}-${process.pid}.json`);
      await writeLargeDocument(file, mb * 1024 * 1024);
      const loop = getLoop(`${server.url}/data/focus-2016.json`);
      await sleep(500);
      const start = performance.now();
      execFileSync('mv', [file, join(dataDir, `${name}.json`)]);
      let servedAfter;
      let refusedAfter;
      while (performance.now() - start < 90_000 && server.exit() === undefined) {
        const status = await fetch(`${server.url}/data/${name}.json`, { method: 'HEAD' }).then(
          (r) => r.status,
          () => 0,
        );
        if (status === 200) {
          servedAfter = round((performance.now() - start) / 1000, 2);
          break;
        }
        if (server.stderr().includes(`refused ${name}.json`)) {
          refusedAfter = round((performance.now() - start) / 1000, 2);
          break;
        }
        await sleep(50);
      }
      await sleep(1000);
      result[`${mb}MB`] = {
        ...(refusedAfter === undefined
          ? { servedAfterSeconds: servedAfter ?? 'not within 90 s' }
          : { refusedAfterSeconds: refusedAfter }),
        getMs: summary(await loop.stop()),
        rssMb: round(rssMb(server.pid)),
      };
    }
    result.alive = server.exit() === undefined;
    return result;
  } finally {
    await server.stop();
  }
}

async function main() {
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'cst-bench-feed-'));
    writeFileSync(join(dir, 'focus-2016.json'), focusText);
    return dir;
  };
  const report = {
    feed: feedDir,
    clientsPerInstance: wanted,
    descriptorLimit: Number(execFileSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' })),
    scenarios: {},
  };
  const only = (process.env.ONLY ?? 'one,two,stalled,arriving').split(',');
  const scenarios = {
    one: oneInstance,
    two: twoInstances,
    stalled: stalledAndLarge,
    arriving: arrivingDocuments,
  };
  for (const [key, run] of Object.entries(scenarios)) {
    if (!only.includes(key)) continue;
    const dir = folder();
    const loadBefore = load();
    console.error(`[feed bench] ${key}… (load ${loadBefore})`);
    phase = [];
    try {
      report.scenarios[key] = { ...(await run(dir)), load: `${loadBefore} → ${load()}` };
    } catch (error) {
      report.scenarios[key] = { failed: String(error?.message ?? error).slice(0, 500), phase };
    }
    rmSync(dir, { recursive: true, force: true });
    console.log(JSON.stringify({ [key]: report.scenarios[key] }, null, 1));
  }
  mkdirSync(join(here, '../bench-results'), { recursive: true });
  const out = join(here, `../bench-results/feed${process.env.LABEL ? `-${process.env.LABEL}` : ''}.json`);
  writeFileSync(out, JSON.stringify(report, null, 2));
  console.error(`[feed bench] written to ${out}`);
  // A scenario whose feed died may leave client processes behind: end them with the run.
  for (const child of clientProcesses) child.kill();
  process.exit(0);
}

// Each feed process and each client process holds one descriptor per client: raise the limit
// once (by re-running under a higher one) where the system allows it.
if (!process.env.FEED_BENCH_LIMITED && limit < asked + 1000) {
  const raised = spawn(
    'sh',
    [
      '-c',
      `ulimit -n ${asked + 4096} 2>/dev/null || ulimit -n "$(ulimit -Hn)"; exec "$0" "$@"`,
      process.execPath,
      ...process.argv.slice(1),
    ],
    {
      stdio: 'inherit',
      env: { ...process.env, FEED_BENCH_LIMITED: '1' },
    },
  );
  raised.on('exit', (code) => process.exit(code ?? 1));
} else {
  await main();
}
