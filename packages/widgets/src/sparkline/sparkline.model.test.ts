import { describe, expect, it } from 'vitest';
import { sparklineModel } from './sparkline.model.js';

const series = (points: unknown, cumulative = false) => ({
  kind: 'series',
  title: 'Credenziali',
  x: { type: 'year' },
  cumulative,
  series: [{ id: 'a', label: 'A', points }],
});

describe('sparklineModel', () => {
  it('scales the first series into the box and marks the last point', () => {
    const model = sparklineModel(
      series([
        [2014, 10],
        [2015, 20],
        [2016, 30],
      ]),
      100,
      20,
    )!;
    expect(model.first).toBe(10);
    expect(model.last).toBe(30);
    expect(model.end).toEqual({ x: 98, y: 2 });
    expect(model.path.startsWith('M2,18')).toBe(true);
  });

  it('cumulates per-period amounts when the dataset says so', () => {
    const model = sparklineModel(
      series(
        [
          [2014, 10],
          [2015, 20],
          [2016, 30],
        ],
        true,
      ),
      100,
      20,
    )!;
    expect(model.last).toBe(60);
  });

  it('reads a trend the tile did not validate defensively: bad points are gaps, bad shapes nothing', () => {
    for (const hostile of [null, 'x', { series: 'x' }, { series: [] }, { series: [{ points: {} }] }])
      expect(sparklineModel(hostile, 100, 20)).toBeNull();
    const gappy = sparklineModel(series([[1, 5], [2, '7'], 'x', [4, Infinity], [5, 9]]), 100, 20)!;
    expect(gappy.first).toBe(5);
    expect(gappy.last).toBe(9);
  });
});
