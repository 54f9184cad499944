import type { SeriesDataset } from '@cst/schema';
import { describe, expect, it } from 'vitest';
import { clampPoint, keyMove, pointAt, pointText } from './points.js';
import { prepare } from './prepare.js';
import { trendModel } from './trend-line.model.js';

const dataset: SeriesDataset = {
  kind: 'series',
  title: 'Credenziali',
  x: { type: 'year' },
  series: [
    {
      id: 'all',
      label: 'Attive',
      points: [
        [2010, 10],
        [2011, 20],
        [2012, null],
        [2013, 40],
      ],
    },
    { id: 'none', label: 'Vuota', points: [] },
    {
      id: 'cns',
      label: 'CNS',
      points: [
        [2012, 1],
        [2013, 2],
      ],
    },
  ],
};
const prepared = prepare(dataset, 'period');

describe('keyMove(key, current, prepared)', () => {
  it('starts at the last point of the first series and moves along it, clamped at its ends', () => {
    expect(keyMove('ArrowLeft', undefined, prepared)).toEqual({ series: 0, index: 2 });
    expect(keyMove('ArrowRight', { series: 0, index: 3 }, prepared)).toEqual({ series: 0, index: 3 });
    expect(keyMove('Home', { series: 0, index: 3 }, prepared)).toEqual({ series: 0, index: 0 });
    expect(keyMove('PageDown', { series: 0, index: 0 }, prepared)).toEqual({ series: 0, index: 1 });
  });
  it('moves up and down to the nearest point of the next series with points, skipping empty ones', () => {
    expect(keyMove('ArrowDown', { series: 0, index: 1 }, prepared)).toEqual({ series: 2, index: 0 });
    expect(keyMove('ArrowUp', { series: 2, index: 1 }, prepared)).toEqual({ series: 0, index: 3 });
    expect(keyMove('ArrowUp', { series: 0, index: 1 }, prepared)).toEqual({ series: 0, index: 1 });
  });
  it('ignores other keys', () => {
    expect(keyMove('a', { series: 0, index: 1 }, prepared)).toBeUndefined();
  });
});

describe('pointText and clampPoint', () => {
  it('says a point, and a gap as no data', () => {
    expect(pointText(prepared, { series: 0, index: 1 }, 'it-IT')).toBe('Attive, 2011: 20');
    expect(pointText(prepared, { series: 0, index: 2 }, 'it-IT')).toBe('Attive, 2012: nessun dato');
  });
  it('keeps a point inside shorter series, and drops it on a series without points', () => {
    const shorter = prepare({ ...dataset, series: [dataset.series[2]!] }, 'period');
    expect(clampPoint({ series: 2, index: 3 }, shorter)).toEqual({ series: 0, index: 1 });
    expect(
      clampPoint({ series: 1, index: 0 }, prepare({ ...dataset, series: [dataset.series[1]!] }, 'period')),
    ).toBe(undefined);
  });
});

describe('pointAt(prepared, model, px, py)', () => {
  it('finds the point nearest to a pixel over every series', () => {
    const model = trendModel(prepared, { width: 400, height: 200, locale: 'it-IT' });
    const at = (x: number, y: number) => pointAt(prepared, model, model.x(x), model.y(y));
    expect(at(2013, 40)).toEqual({ series: 0, index: 3 });
    expect(at(2013, 2)).toEqual({ series: 2, index: 1 });
  });
});
