import { describe, expect, it } from 'vitest';
import {
  type MatrixDataset,
  type SlaItem,
  type TableDataset,
  addUp,
  columnTotal,
  computedTotal,
  cumulative,
  difference,
  evaluateSla,
  kpiChange,
  matrixCounts,
  percentChange,
  rowSum,
  seriesTotal,
  shareTotal,
  tableDelta,
} from '../src/index.js';

const PERCENT = { style: 'percent' } as const;

function sla(partial: Partial<SlaItem>): SlaItem {
  return {
    code: 'SLA.x',
    label: 'x',
    target: { direction: 'at-least', value: 99, format: PERCENT },
    ...partial,
  };
}

describe('evaluateSla', () => {
  it('gives percent targets a deviation in points, exact to 10 decimals (99,92 vs 99,00 is +0,92)', () => {
    expect(evaluateSla(sla({ measured: { value: 99.92 } }))).toEqual({
      status: 'met',
      deviation: { value: 0.92, unit: 'pp' },
    });
  });

  it('gives other targets a relative deviation in percent, positive when better', () => {
    const every6Months = {
      direction: 'at-most',
      value: 6,
      format: { style: 'unit', unit: 'month' },
    } as const;
    expect(evaluateSla(sla({ target: every6Months, measured: { value: 3 } })).deviation).toEqual({
      value: 50,
      unit: 'percent',
    });
    const atLeast200 = { direction: 'at-least', value: 200 } as const;
    expect(evaluateSla(sla({ target: atLeast200, measured: { value: 150 } }))).toEqual({
      status: 'breached',
      deviation: { value: -25, unit: 'percent' },
    });
  });

  it('counts a measure equal to the target as met (7 ms vs at most 7 ms)', () => {
    const target = {
      direction: 'at-most',
      value: 7,
      format: { style: 'unit', unit: 'millisecond' },
    } as const;
    expect(evaluateSla(sla({ target, measured: { value: 7 } }))).toEqual({
      status: 'met',
      deviation: { value: 0, unit: 'percent' },
    });
  });

  it('is breached when worse than the target in either direction', () => {
    expect(evaluateSla(sla({ measured: { value: 98.99 } })).status).toBe('breached');
    const atMost = { direction: 'at-most', value: 7 } as const;
    expect(evaluateSla(sla({ target: atMost, measured: { value: 7.1 } })).status).toBe('breached');
  });

  it('does not let float noise turn an exact hit into a breach', () => {
    expect(
      evaluateSla(sla({ target: { direction: 'at-least', value: 0.3 }, measured: { value: 0.1 + 0.2 } }))
        .status,
    ).toBe('met');
  });

  it('is at risk when met by less than the margin: points for percent targets, a fraction otherwise', () => {
    expect(evaluateSla(sla({ measured: { value: 99.3 } }), 0.5).status).toBe('at-risk');
    expect(evaluateSla(sla({ measured: { value: 99.5 } }), 0.5).status).toBe('met');
    const atMost = { direction: 'at-most', value: 100 } as const;
    expect(evaluateSla(sla({ target: atMost, measured: { value: 97 } }), 0.05).status).toBe('at-risk');
    expect(evaluateSla(sla({ target: atMost, measured: { value: 95 } }), 0.05).status).toBe('met');
  });

  it('keeps a stated at-risk that the numbers call met', () => {
    expect(evaluateSla(sla({ measured: { value: 99.92 }, status: 'at-risk' })).status).toBe('at-risk');
  });

  it('is not measured without a measure', () => {
    expect(evaluateSla(sla({}))).toEqual({ status: 'not-measured', deviation: null });
    expect(evaluateSla(sla({ measured: null }))).toEqual({ status: 'not-measured', deviation: null });
  });

  it('returns the stated status and deviation of a qualitative item', () => {
    const item = sla({
      target: { direction: 'text', text: 'entro 1h lavorativa' },
      measured: { text: 'Nessuno scostamento significativo' },
      deviation: { value: 0 },
      status: 'met',
    });
    expect(evaluateSla(item)).toEqual({ status: 'met', deviation: { value: 0, unit: 'percent' } });
    expect(evaluateSla({ ...item, deviation: { text: 'nessuno' } }).deviation).toEqual({ text: 'nessuno' });
  });
});

describe('numbers', () => {
  it('difference and addUp drop binary noise', () => {
    expect(difference(99.92, 99)).toBe(0.92);
    expect(difference(0.1 + 0.2, 0.3)).toBe(0);
    expect(addUp([0.1, 0.2])).toBe(0.3);
    expect(addUp([21502.52, 31718.99, 21.03, null, undefined])).toBe(53242.54);
  });

  it('percentChange is relative to |from| and null when from is 0 or missing', () => {
    expect(percentChange(354, 356)).toBeCloseTo(0.565, 3);
    expect(percentChange(-100, -50)).toBe(50);
    expect(percentChange(0, 5)).toBeNull();
    expect(percentChange(null, 5)).toBeNull();
  });

  it('kpiChange is the difference from the previous value', () => {
    expect(kpiChange({ kind: 'kpi', title: 'x', value: 356, previous: 354 })).toEqual({
      absolute: 2,
      percent: percentChange(354, 356),
    });
    expect(kpiChange({ kind: 'kpi', title: 'x', value: 356 })).toBeNull();
  });
});

const table: TableDataset = {
  kind: 'table',
  title: 't',
  columns: [
    { id: 'name', label: 'Name', type: 'text' },
    { id: 'a', label: 'A', type: 'count' },
    { id: 'b', label: 'B', type: 'currency' },
    { id: 'ratio', label: 'Ratio', type: 'decimal' },
    { id: 'change', label: 'Change', type: 'delta', of: ['a', 'b'] },
  ],
  groups: [{ id: 'g', label: 'G' }],
  rows: [
    { group: 'g', cells: { name: 'x', a: 10, b: 12.5, ratio: 1 } },
    { group: 'g', cells: { name: 'y', a: null, b: 0.1, ratio: 2 } },
    { cells: { name: 'z', a: 5, b: 0.2 } },
  ],
};

describe('table helpers', () => {
  it('columnTotal sums a column, or one group of it, skipping nulls', () => {
    expect(columnTotal(table, 'a')).toBe(15);
    expect(columnTotal(table, 'b')).toBe(12.8);
    expect(columnTotal(table, 'a', 'g')).toBe(10);
    expect(() => columnTotal(table, 'nope')).toThrow('invalid column: nope');
  });

  it('rowSum adds cells of one row', () => {
    expect(rowSum(table.rows[1]!, ['a', 'b'])).toBe(0.1);
  });

  it('tableDelta compares the two columns a delta column names', () => {
    expect(tableDelta(table, table.rows[0]!, 'change')).toBe(25);
    expect(tableDelta(table, table.rows[1]!, 'change')).toBeNull();
    expect(() => tableDelta(table, table.rows[0]!, 'a')).toThrow('invalid delta column: a is a count column');
  });

  it('computedTotal sums count and currency columns and recomputes deltas from the sums', () => {
    expect(computedTotal(table)).toEqual({ a: 15, b: 12.8, change: percentChange(15, 12.8) });
    expect(computedTotal(table, 'g')).toEqual({ a: 10, b: 12.6, change: 26 });
  });
});

describe('series and share helpers', () => {
  it('cumulative is a running sum that keeps gaps', () => {
    expect(
      cumulative([
        [2014, 1],
        [2015, null],
        [2016, 2.2],
      ]),
    ).toEqual([
      [2014, 1],
      [2015, null],
      [2016, 3.2],
    ]);
  });

  it('seriesTotal ignores gaps; shareTotal adds the parts', () => {
    expect(
      seriesTotal({
        id: 's',
        label: 's',
        points: [
          [2015, 0.1],
          [2016, null],
          [2017, 0.2],
        ],
      }),
    ).toBe(0.3);
    expect(
      shareTotal({
        kind: 'share',
        title: 's',
        parts: [
          { id: 'a', label: 'a', value: 70.2 },
          { id: 'b', label: 'b', value: 29.8 },
        ],
      }),
    ).toBe(100);
  });
});

describe('matrixCounts', () => {
  const matrix: MatrixDataset = {
    kind: 'matrix',
    title: 'm',
    rows: [
      { id: 'r1', label: 'R1' },
      { id: 'r2', label: 'R2' },
    ],
    columns: [
      { id: 'c1', label: 'C1' },
      { id: 'c2', label: 'C2' },
    ],
    statuses: [
      { id: 'online', label: 'online', meaning: 'done' },
      { id: 'store', label: 'su store', meaning: 'done' },
      { id: 'wip', label: 'wip', meaning: 'in-progress' },
    ],
    cells: [
      ['online', 'wip'],
      ['store', null],
    ],
  };

  it('counts by status id and by meaning, per column, per row and overall', () => {
    const counts = matrixCounts(matrix);
    expect(counts.columns.c1).toEqual({
      byStatus: { online: 1, store: 1, wip: 0 },
      byMeaning: { done: 2, 'in-progress': 0, 'not-requested': 0, 'not-applicable': 0, none: 0 },
      empty: 0,
    });
    expect(counts.rows.r2?.empty).toBe(1);
    expect(counts.total.byMeaning.done).toBe(2);
    expect(counts.total.byStatus.wip).toBe(1);
  });
});
