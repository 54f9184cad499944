// The load benchmark's traffic: the Focus 2016 report changed at every step, the way the demo's
// simulator once changed it (SLA uptimes, hardware uptime, tickets, now and then a deployment cell),
// so that 4 of the 7 element kinds on the load page render at each update. The demo no longer
// touches that report (its page quotes the seed); this is for the benchmark and its test only.
import { evolveSla, nextUptime } from '../packages/feed/src/simulator.js';

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
 * One step: the next version of a Focus 2016 report and the ids of the datasets it changed.
 * @param {any} doc the current document (not modified)
 * @param {() => number} random
 * @param {Date} now
 * @returns {{ doc: any, changed: string[] }}
 */
export function evolveReport(doc, random = Math.random, now = new Date()) {
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
