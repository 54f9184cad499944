// A live update mostly repeats the x of the list it replaces: those instants are not parsed again.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const parsed = vi.hoisted(() => ({ count: 0 }));
vi.mock('../src/calendar.js', async (original) => {
  const calendar = await original<typeof import('../src/calendar.js')>();
  return {
    ...calendar,
    parseIsoDateTime: (text: string) => {
      parsed.count++;
      return calendar.parseIsoDateTime(text);
    },
  };
});

const { validateDataset, xValues } = await import('../src/index.js');
type Series = import('../src/index.js').SeriesDataset;

const MINUTE = 60_000;
const START = Date.UTC(2026, 11, 7);
const iso = (i: number) => new Date(START + i * MINUTE).toISOString();

/** A series of instants from minute `from` to `to` (excluded), as ISO text, figures shifted by `y`. */
function series(from: number, to: number, y = 0): Series {
  const points: [string, number][] = [];
  for (let i = from; i < to; i++) points.push([iso(i), (i % 17) + y]);
  return {
    kind: 'series',
    title: 'Tempi',
    x: { type: 'datetime' },
    series: [{ id: 'a', label: 'A', points }],
  };
}

/** Checks a series as an element does, and returns how many x it parsed and what it read. */
function check(dataset: Series): { parses: number; xs: number[] } {
  parsed.count = 0;
  expect(validateDataset(dataset).valid).toBe(true);
  const parses = parsed.count;
  return { parses, xs: Array.from(xValues(dataset.series[0]!.points, 'datetime')!) };
}

const minutes = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => START + (from + i) * MINUTE);

describe('instants a live update repeats', () => {
  beforeEach(() => check(series(10_000, 10_001))); // another list was read last

  it('are parsed once: the same instants with new figures parse none', () => {
    expect(check(series(0, 1000)).parses).toBe(1000);
    const again = check(series(0, 1000, 5));
    expect(again.parses).toBe(0);
    expect(again.xs).toEqual(minutes(0, 1000));
  });

  it('a window moved on parses only its new points, and reads every x right', () => {
    check(series(0, 1000));
    const moved = check(series(3, 1003));
    expect(moved.parses).toBe(3);
    expect(moved.xs).toEqual(minutes(3, 1003));
  });

  it('an x that changed is parsed, never taken from the last list', () => {
    check(series(0, 1000));
    const changed = series(0, 1000);
    changed.series[0]!.points[500]![0] = new Date(START + 500 * MINUTE + 30_000).toISOString();
    const read = check(changed);
    expect(read.parses).toBe(1);
    expect(read.xs[500]).toBe(START + 500 * MINUTE + 30_000);
    expect(read.xs[499]).toBe(START + 499 * MINUTE);
  });

  it('reads again a list changed in place since it was checked: nothing is taken from its old x', () => {
    const live = series(0, 1000);
    check(live);
    const points = live.series[0]!.points;
    points.push([iso(1000), 1], [iso(1001), 2]);
    const grown = check(live);
    expect(grown.xs).toEqual(minutes(0, 1002));
    points[2]![0] = 'non è una data';
    expect(validateDataset(live).valid).toBe(false);
  });
});
