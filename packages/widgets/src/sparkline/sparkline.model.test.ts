import type { SeriesDataset } from '@cst/schema';
import { describe, expect, it } from 'vitest';
import { sparklineModel } from './sparkline.model.js';

type Points = SeriesDataset['series'][number]['points'];

const series = (points: Points, cumulative = false, falling: Points = []): SeriesDataset => ({
  kind: 'series',
  title: 'Credenziali',
  x: { type: 'year' },
  cumulative,
  series: [
    { id: 'a', label: 'A', points },
    { id: 'b', label: 'B', points: falling },
  ],
});

const rising: Points = [
  [2014, 10],
  [2015, 20],
  [2016, 30],
];

describe('sparklineModel', () => {
  it('scales the first series into the box and marks the last point', () => {
    const model = sparklineModel(series(rising), undefined, 100, 20)!;
    expect(model.first).toBe(10);
    expect(model.last).toBe(30);
    expect(model.end).toEqual({ x: 98, y: 2 });
    expect(model.path.startsWith('M2,18')).toBe(true);
  });

  it('draws a series of 300.000 points, its lowest at the bottom and its highest at the top', () => {
    const points: Points = Array.from({ length: 300_000 }, (_, i) => [1000 + i, i % 7]);
    const model = sparklineModel(series(points), undefined, 100, 20)!;
    expect(model.last).toBe(299_999 % 7);
    expect(model.path.startsWith('M2,18')).toBe(true);
  });

  it('draws the series named, and none when the name is not one of the dataset’s', () => {
    const falling: Points = [
      [2014, 9],
      [2015, 5],
      [2016, 1],
    ];
    const model = sparklineModel(series(rising, false, falling), 'b', 100, 20)!;
    expect([model.first, model.last]).toEqual([9, 1]);
    expect(model.path.startsWith('M2,2')).toBe(true);
    expect(sparklineModel(series(rising), 'c', 100, 20)).toBeNull();
  });

  it('cumulates per-period amounts when the dataset says so', () => {
    expect(sparklineModel(series(rising, true), undefined, 100, 20)!.last).toBe(60);
  });

  it('keeps gaps as gaps, and draws nothing with fewer than two figures', () => {
    const gappy = sparklineModel(
      series([
        [1, 5],
        [2, null],
        [3, 9],
      ]),
      undefined,
      100,
      20,
    )!;
    expect([gappy.first, gappy.last]).toEqual([5, 9]);
    expect(gappy.path).toContain('M');
    expect(sparklineModel(series([[1, 5]]), undefined, 100, 20)).toBeNull();
  });
});
