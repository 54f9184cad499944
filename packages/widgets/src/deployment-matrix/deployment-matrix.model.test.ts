import { readFileSync } from 'node:fs';
import { type MatrixDataset, matrixCounts } from '@cst/schema';
import { describe, expect, it } from 'vitest';
import {
  diffCells,
  doneOf,
  matrixTable,
  orderRows,
  searchKey,
  summarize,
} from './deployment-matrix.model.js';
import { nationalMatrix } from './national-matrix.js';
import { revealRow, virtualWindow } from '../core/virtual-window.js';

const focus = JSON.parse(
  readFileSync(new URL('../../../schema/fixtures/focus-2016.json', import.meta.url), 'utf8'),
);
const seed = focus.datasets.deployment as MatrixDataset;

function small(cells: (string | null)[][]): MatrixDataset {
  return {
    kind: 'matrix',
    title: 'Prova',
    rows: cells.map((_, i) => ({
      id: `r${i}`,
      label: ['Vaglia', 'Città Metropolitana', 'barberino', 'Londa'][i]!,
    })),
    columns: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
    statuses: [
      { id: 'ok', label: '✓ online', meaning: 'done' },
      { id: 'store', label: '✓ su store', meaning: 'done' },
      { id: 'wip', label: 'wip', meaning: 'in-progress' },
      { id: 'na', label: 'NA', meaning: 'not-applicable' },
    ],
    cells,
  };
}

describe('summarize', () => {
  it('counts done cells per column of the seed as the seed table gives them', () => {
    const summary = summarize(seed);
    // Counted by hand from the seed's "Dispiegamento CST al 31/12/2016": cells with a ✓, column by column.
    expect([...summary.columnDone]).toEqual([16, 25, 2, 23, 4, 12, 10, 9]);
    expect(seed.rows.length * seed.columns.length).toBe(224);
  });

  it('agrees with the schema helper matrixCounts on every row, column and status', () => {
    const summary = summarize(seed);
    const counts = matrixCounts(seed);
    seed.columns.forEach((c, j) => expect(summary.columnDone[j]).toBe(counts.columns[c.id]!.byMeaning.done));
    seed.rows.forEach((r, i) => expect(summary.rowDone[i]).toBe(counts.rows[r.id]!.byMeaning.done));
    for (const s of summary.statuses) expect(s.count).toBe(counts.total.byStatus[s.id]);
    expect(summary.empty).toBe(counts.total.empty);
  });

  it('lists the meanings that occur, empty cells as "none"', () => {
    expect(summarize(small([['ok', null]])).meanings).toEqual(['done', 'none']);
    expect(summarize(small([['wip', 'na']])).meanings).toEqual(['in-progress', 'not-applicable']);
  });
});

describe('orderRows', () => {
  const m = small([
    ['ok', 'wip'],
    ['store', 'ok'],
    [null, 'wip'],
    ['na', null],
  ]);
  const s = summarize(m);
  const labels = (order: number[]) => order.map((r) => m.rows[r]!.label);

  it('keeps the source order by default', () => {
    expect(orderRows(m, s).order).toEqual([0, 1, 2, 3]);
  });

  it('filters by meaning and by status id', () => {
    expect(labels(orderRows(m, s, { filter: 'meaning:in-progress' }).order)).toEqual(['Vaglia', 'barberino']);
    expect(labels(orderRows(m, s, { filter: 'status:store' }).order)).toEqual(['Città Metropolitana']);
    expect(labels(orderRows(m, s, { filter: 'meaning:none' }).order)).toEqual(['barberino', 'Londa']);
  });

  it('sorts by name with the locale collator, ignoring case, either way', () => {
    const byName = labels(orderRows(m, s, { sort: { column: 'entity', direction: 'ascending' } }).order);
    expect(byName).toEqual(['barberino', 'Città Metropolitana', 'Londa', 'Vaglia']);
    const reversed = orderRows(m, s, { sort: { column: 'entity', direction: 'descending' } }).order;
    expect(labels(reversed)).toEqual([...byName].reverse());
  });

  it('sorts by completion, ties by name: descending puts the most done first', () => {
    expect(
      labels(orderRows(m, s, { sort: { column: 'completion', direction: 'descending' } }).order),
    ).toEqual(['Città Metropolitana', 'Vaglia', 'barberino', 'Londa']);
    expect(labels(orderRows(m, s, { sort: { column: 'completion', direction: 'ascending' } }).order)).toEqual(
      ['barberino', 'Londa', 'Vaglia', 'Città Metropolitana'],
    );
  });

  it('keeps the source order when sorted by a column it cannot sort on', () => {
    expect(orderRows(m, s, { sort: { column: 's1', direction: 'ascending' } }).order).toEqual([0, 1, 2, 3]);
  });

  it('searches without case or accents, filtering or listing matches', () => {
    expect(searchKey('  Città ')).toBe('citta');
    expect(labels(orderRows(m, s, { query: 'CITTA' }).order)).toEqual(['Città Metropolitana']);
    const jump = orderRows(m, s, {
      query: 'a',
      searchFilters: false,
      sort: { column: 'entity', direction: 'ascending' },
    });
    expect(jump.order).toHaveLength(4);
    expect(jump.matches).toEqual([0, 1, 2, 3]);
    expect(orderRows(m, s, { query: 'lond', searchFilters: false }).matches).toEqual([3]);
  });
});

describe('matrixTable', () => {
  it('writes labels, not ids, with an empty field for empty cells', () => {
    const m = small([['store', null]]);
    expect(matrixTable(m, summarize(m), 'Ente')).toEqual([
      ['Ente', 'A', 'B'],
      ['Vaglia', '✓ su store', ''],
    ]);
  });

  it('adds the ISTAT code when rows have one', () => {
    const m = small([['ok', 'wip']]);
    m.rows[0]!.istat = '048049';
    expect(matrixTable(m, summarize(m), 'Ente')[1]).toEqual(['Vaglia', '048049', '✓ online', 'wip']);
  });
});

/** Every changed cell (no limit). */
const changedCells = (before: MatrixDataset, after: MatrixDataset) => diffCells(before, after).changes;

describe('diffCells', () => {
  it('matches cells by row and column id, whatever their order', () => {
    const before = small([
      ['ok', 'wip'],
      ['wip', null],
    ]);
    const after = structuredClone(before);
    after.rows.reverse();
    after.cells = [
      ['wip', 'ok'],
      ['ok', 'wip'],
    ];
    expect(changedCells(before, after)).toEqual([{ row: 'r1', column: 'b', status: 'ok' }]);
    after.cells[1]![0] = null;
    expect(changedCells(before, after)).toEqual([
      { row: 'r1', column: 'b', status: 'ok' },
      { row: 'r0', column: 'a', status: null },
    ]);
  });

  it('counts every changed cell of a full replacement but describes only the first `keep`', () => {
    const before = nationalMatrix(500, 12, 0);
    const after = nationalMatrix(500, 12, 1);
    const all = changedCells(before, after);
    const diff = diffCells(before, after, 201);
    expect(diff.count).toBe(all.length);
    expect(diff.count).toBeGreaterThan(4000);
    expect(diff.changes).toEqual(all.slice(0, 201));
  });

  it('gives the same answer when rows and columns keep their places as when they move', () => {
    const before = small([
      ['ok', 'wip'],
      ['wip', null],
    ]);
    const after = structuredClone(before);
    after.cells[1]![1] = 'na';
    const moved = structuredClone(after);
    moved.rows.reverse();
    moved.cells.reverse();
    expect(diffCells(before, after)).toEqual({
      count: 1,
      changes: [{ row: 'r1', column: 'b', status: 'na' }],
    });
    expect(diffCells(before, moved)).toEqual(diffCells(before, after));
    expect(diffCells(before, before)).toEqual({ count: 0, changes: [] });
  });
});

describe('doneOf', () => {
  it('fills the "done of total" words in either order, once built', () => {
    expect(doneOf('{done} su {total}')(25, 28)).toBe('25 su 28');
    expect(doneOf('{total} → {done}')(0, 8)).toBe('8 → 0');
  });
});

describe('virtualWindow', () => {
  it('renders the rows in view plus overscan', () => {
    expect(
      virtualWindow({ rowCount: 7900, rowHeight: 40, scrollTop: 4000, viewport: 400, overscan: 5 }),
    ).toEqual({
      start: 95,
      end: 116,
      offset: 3800,
      after: 311360,
      total: 316000,
    });
  });

  it('clamps at the start and at the end of the list', () => {
    expect(
      virtualWindow({ rowCount: 7900, rowHeight: 40, scrollTop: 0, viewport: 400, overscan: 5 }),
    ).toMatchObject({
      start: 0,
      end: 16,
    });
    const end = virtualWindow({ rowCount: 100, rowHeight: 40, scrollTop: 1e6, viewport: 400, overscan: 5 });
    expect(end.end).toBe(100);
    expect(end.start).toBe(84);
    expect(virtualWindow({ rowCount: 3, rowHeight: 40, scrollTop: 0, viewport: 400 })).toMatchObject({
      start: 0,
      end: 3,
    });
  });

  it('reveals a row above or below the visible part, past sticky header and footer', () => {
    const base = { rowHeight: 40, viewport: 400, before: 60, after: 40 };
    expect(revealRow({ ...base, index: 10, scrollTop: 400 })).toBe(400);
    expect(revealRow({ ...base, index: 5, scrollTop: 400 })).toBe(200);
    expect(revealRow({ ...base, index: 17, scrollTop: 400 })).toBe(420);
  });
});
