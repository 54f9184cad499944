/**
 * The Focus 2016 report, alive: each step nudges uptime figures within plausible bounds (now and
 * then below their SLA), lets tickets accumulate, and sometimes completes a deployment ("wip" ->
 * "online"). Pure: `evolve` returns a new document and the ids of the datasets it changed.
 */

const round2 = (x) => Math.round(x * 100) / 100;
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));

/** Next measured uptime: a small random walk under 100%, with a rare dip below the target. */
export function nextUptime(value, target, random) {
  if (random() < 0.04) return round2(target - 0.05 - random() * 0.6); // an incident: the SLA is breached
  const drift = (random() - 0.45) * 0.12;
  return round2(clamp(value < target ? target + 0.1 + random() * 0.4 : value + drift, target - 1, 100));
}

function evolveSla(sla, random) {
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

/** New tickets arrive and are resolved at level 1 or 2; the totals follow the rows. */
function evolveTickets(table, random) {
  const arrived = 1 + Math.floor(random() * 4);
  const column = random() < 0.55 ? 'level-1' : 'level-2';
  const bump = (cells) => ({
    ...cells,
    [column]: (cells[column] ?? 0) + arrived,
    total: (cells.total ?? 0) + arrived,
  });
  return {
    ...table,
    rows: table.rows.map((row) => (row.id === 'risolto' ? { ...row, cells: bump(row.cells) } : row)),
    ...(table.total ? { total: { ...table.total, cells: bump(table.total.cells) } } : {}),
  };
}

/** One "wip" cell (if any is left) becomes "online". */
function evolveDeployment(matrix, random) {
  const wip = [];
  matrix.cells.forEach((row, r) => row.forEach((cell, c) => cell === 'wip' && wip.push([r, c])));
  if (wip.length === 0) return matrix;
  const [r, c] = wip[Math.floor(random() * wip.length)];
  return {
    ...matrix,
    cells: matrix.cells.map((row, i) => (i === r ? row.map((cell, j) => (j === c ? 'online' : cell)) : row)),
  };
}

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
    datasets[id] = fn(datasets[id], random);
    changed.push(id);
  };
  change('sla', evolveSla);
  change('tickets', evolveTickets);
  if (datasets['hardware-uptime']?.kind === 'kpi') {
    change('hardware-uptime', (kpi) => ({ ...kpi, value: nextUptime(kpi.value, 99.5, random) }));
  }
  if (random() < 0.25) change('deployment', evolveDeployment);
  return { doc: { ...doc, updatedAt: now.toISOString(), datasets }, changed };
}

/**
 * Runs the simulation on a store's document every `everyMs`.
 * @param {import('./store.js').DocumentStore} store
 * @param {{ name?: string, everyMs?: number, random?: () => number }} [options]
 */
export function startSimulator(store, { name = 'focus-2016', everyMs = 3000, random = Math.random } = {}) {
  const timer = setInterval(() => {
    const entry = store.get(name);
    if (!entry) return;
    const { doc, changed } = evolve(entry.doc, random);
    store.set(name, doc, { datasets: changed });
  }, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
