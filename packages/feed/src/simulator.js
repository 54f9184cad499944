/**
 * The live demo: the Centro Servizi's "today" dashboard (centro-servizi-oggi.json), alive. Each step
 * nudges the availability within plausible bounds (now and then below its SLA), measures the sample
 * service's response time again, lets tickets arrive, get taken up and get resolved, and adds the new
 * figures to the trends. The Focus 2016 report is never touched: it is the record of a past year,
 * and its page quotes its figures. Pure: `evolve` returns a new document and the ids of the datasets
 * it changed.
 */

/** The document the simulator evolves, by default. */
export const LIVE_DOCUMENT = 'centro-servizi-oggi';
/** How many points a live trend keeps: the latest ones. */
export const TREND_POINTS = 40;

const round1 = (x) => Math.round(x * 10) / 10;
const round2 = (x) => Math.round(x * 100) / 100;
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
/** An instant as the schema's datetime, to the second. */
const instant = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Next measured uptime: a small random walk under 100%, with a rare dip below the target. */
export function nextUptime(value, target, random) {
  if (random() < 0.04) return round2(target - 0.05 - random() * 0.6); // an incident: the SLA is breached
  const drift = (random() - 0.45) * 0.12;
  return round2(clamp(value < target ? target + 0.1 + random() * 0.4 : value + drift, target - 1, 100));
}

/** Next response time in ms: a walk between 3,5 and 7, with a rare spike above the 7 ms of SLA.3. */
function nextResponseTime(value, random) {
  if (random() < 0.05) return round1(7.2 + random() * 2.5);
  const from = value > 7 ? 6 : value;
  return round1(clamp(from + (random() - 0.5) * 0.8, 3.5, 7));
}

/** The uptime items of an SLA dataset (at least a percentage) move; the others keep their figures. */
export function evolveSla(sla, random) {
  return {
    ...sla,
    items: sla.items.map((item) => {
      const isUptime = item.target?.direction === 'at-least' && item.target.format?.style === 'percent';
      if (!isUptime || typeof item.measured?.value !== 'number') return item;
      return {
        ...item,
        measured: { ...item.measured, value: nextUptime(item.measured.value, item.target.value, random) },
      };
    }),
  };
}

/** A trend with a new last point at `x`, keeping the latest TREND_POINTS (a same instant replaces the last). */
function withPoint(series, x, y) {
  return {
    ...series,
    series: series.series.map((line, i) => {
      if (i > 0) return line;
      const points = line.points.at(-1)?.[0] === x ? line.points.slice(0, -1) : line.points;
      return { ...line, points: [...points, [x, y]].slice(-TREND_POINTS) };
    }),
  };
}

const TICKET_LEVELS = ['level-1', 'level-2'];

/**
 * Tickets move on: one may arrive (new), one may be taken up (new → in progress), one may be
 * resolved (in progress → resolved), each at its level. Rows and totals stay consistent.
 */
function evolveTickets(table, random) {
  const cells = Object.fromEntries(table.rows.map((row) => [row.id, { ...row.cells }]));
  const move = (from, to) => {
    const levels = TICKET_LEVELS.filter((level) => (cells[from]?.[level] ?? 0) > 0);
    if (!cells[to] || levels.length === 0) return;
    const level = /** @type {string} */ (levels[Math.floor(random() * levels.length)]);
    cells[from][level] -= 1;
    cells[to][level] = (cells[to][level] ?? 0) + 1;
  };
  if (random() < 0.35 && cells.aperto) move('aperto', 'risolto');
  if (random() < 0.3 && cells.nuovo) move('nuovo', 'aperto');
  if (random() < 0.45 && cells.nuovo) {
    const level = random() < 0.7 ? 'level-1' : 'level-2';
    cells.nuovo[level] = (cells.nuovo[level] ?? 0) + 1;
  }
  const sum = (row, levels) => levels.reduce((total, level) => total + (row[level] ?? 0), 0);
  for (const row of Object.values(cells)) row.total = sum(row, TICKET_LEVELS);
  const rows = table.rows.map((row) => ({ ...row, cells: cells[row.id] }));
  const totals = Object.fromEntries(
    [...TICKET_LEVELS, 'total'].map((column) => [
      column,
      rows.reduce((t, r) => t + (r.cells[column] ?? 0), 0),
    ]),
  );
  return { ...table, rows, ...(table.total ? { total: { ...table.total, cells: totals } } : {}) };
}

/** Tickets not yet resolved: new and in progress. */
const openTickets = (table) =>
  table.rows.filter((row) => row.id !== 'risolto').reduce((total, row) => total + (row.cells.total ?? 0), 0);

/**
 * One step of the simulation.
 * @param {any} doc the current document (not modified)
 * @param {() => number} random
 * @param {Date} now
 * @returns {{ doc: any, changed: string[] }}
 */
export function evolve(doc, random = Math.random, now = new Date()) {
  const datasets = { ...doc.datasets };
  const changed = [];
  const change = (id, fn) => {
    if (!datasets[id]) return;
    datasets[id] = fn(datasets[id]);
    changed.push(id);
  };
  const x = instant(now.getTime());
  change('availability', (kpi) => ({ ...kpi, value: nextUptime(kpi.value, kpi.target ?? 99, random) }));
  change('sla-period', (sla) => evolveSla(sla, random));
  if (datasets['response-time']) {
    const value = nextResponseTime(datasets['response-time'].value, random);
    change('response-time', (kpi) => ({ ...kpi, value }));
    change('response-time-trend', (trend) => withPoint(trend, x, value));
  }
  if (datasets['tickets-today']) {
    change('tickets-today', (table) => evolveTickets(table, random));
    const open = openTickets(datasets['tickets-today']);
    change('open-tickets', (kpi) => ({ ...kpi, value: open }));
    change('open-tickets-today', (trend) => withPoint(trend, x, open));
  }
  return { doc: { ...doc, updatedAt: x, datasets }, changed };
}

/** The calendar quarter of a date, as the document's period: from, to, "4° trimestre 2026". */
function quarterOf(now) {
  const year = now.getUTCFullYear();
  const q = Math.floor(now.getUTCMonth() / 3);
  const day = (month, d) => `${year}-${String(month + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const last = new Date(Date.UTC(year, q * 3 + 3, 0)).getUTCDate();
  return { from: day(q * 3, 1), to: day(q * 3 + 2, last), label: `${q + 1}° trimestre ${year}` };
}

/** True when a live trend's last point is older than `staleMs`: the document is another day's (the file as written, an edit). */
export function needsRebase(doc, now, staleMs) {
  return Object.values(doc.datasets ?? {}).some((dataset) => {
    if (dataset.kind !== 'series' || dataset.x?.type !== 'datetime') return false;
    const last = Date.parse(dataset.series[0]?.points.at(-1)?.[0] ?? '');
    return !(now.getTime() - last <= staleMs);
  });
}

const DAY_MS = 86_400_000;
/** A calendar date ("2017-03-15") as days since the epoch, and back. */
const dayOf = (date) => Math.round(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS);
const dateOf = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * Makes the dashboard today's, every date it shows with it: each live trend keeps its figures, its
 * times now ending at `now`, one step apart (at least a second); the period is the current quarter;
 * a dataset's `asOf` (the day its figures are from, which an SLA table shows as «Dati al …» in place
 * of the document's date) moves as many days as the document's date does. The simulator does this
 * as soon as it has the file, and again when the file is replaced.
 */
export function rebase(doc, now, stepMs) {
  const end = Math.floor(now.getTime() / 1000) * 1000;
  // Times are written to the second: points closer than that would share one.
  const step = Math.max(1000, Math.round(stepMs / 1000) * 1000);
  const days = doc.updatedAt ? dayOf(instant(end)) - dayOf(doc.updatedAt) : 0;
  const datasets = Object.fromEntries(
    Object.entries(doc.datasets).map(([id, original]) => {
      const dataset = original.asOf ? { ...original, asOf: dateOf(dayOf(original.asOf) + days) } : original;
      if (dataset.kind !== 'series' || dataset.x?.type !== 'datetime') return [id, dataset];
      const series = dataset.series.map((line) => ({
        ...line,
        points: line.points.map(([, y], i, all) => [instant(end - (all.length - 1 - i) * step), y]),
      }));
      return [id, { ...dataset, series }];
    }),
  );
  return { ...doc, period: quarterOf(now), updatedAt: instant(end), datasets };
}

/**
 * Runs the simulation on a store's document every `everyMs`: `step` (by default {@link evolve}) makes
 * each next version. The document is made today's ({@link rebase}) as soon as the store has it and
 * whenever it is replaced (the file as written is another day's), not at the next step: `ready`
 * resolves once the document the store held at start is today's.
 * @param {import('./store.js').DocumentStore} store
 * @param {{ name?: string, everyMs?: number, random?: () => number, step?: typeof evolve }} [options]
 */
export function startSimulator(
  store,
  { name = LIVE_DOCUMENT, everyMs = 3000, random = Math.random, step = evolve } = {},
) {
  /** Another day's document made today's: the period and every trend change, so the whole document is sent. */
  const rebaseIfStale = (now = new Date()) => {
    const entry = store.get(name);
    if (entry && needsRebase(entry.doc, now, 10 * everyMs))
      return store.set(name, rebase(entry.doc, now, everyMs));
    return undefined;
  };
  /** @param {import('./version.js').Version} version */
  const onChange = (version) => void (version.name === name && rebaseIfStale());
  store.on('change', onChange);
  const timer = setInterval(() => {
    const entry = store.get(name);
    if (!entry || rebaseIfStale()) return;
    const { doc, changed } = step(entry.doc, random, new Date());
    store.set(name, doc, { datasets: changed });
  }, everyMs);
  timer.unref();
  return {
    ready: Promise.resolve(rebaseIfStale()).then(() => undefined),
    stop: () => {
      clearInterval(timer);
      store.off('change', onChange);
    },
  };
}
