import type { SeriesDataset } from '@cst/schema';
import { describe, expect, it } from 'vitest';
import focus from '../../../schema/fixtures/focus-2016.json' with { type: 'json' };
import live from '../../../schema/fixtures/centro-servizi-oggi.json' with { type: 'json' };
import { toCsv } from '../core/csv.js';
import { describeTrend } from './description.js';
import { minMaxIndices } from './downsample.js';
import { COLUMNS, nearestIndex, prepare, yAt } from './prepare.js';
import { csvRows, dataRows } from './rows.js';
import { timeTicks, yearTicks } from './ticks.js';
import { trendModel } from './trend-line.model.js';

const credentials = (focus as { datasets: Record<string, unknown> }).datasets[
  'credentials-by-year'
] as SeriesDataset;

/** A source whose x and y are both columns (no points read). */
const inColumns = (xs: Float64Array, ys: Float64Array) => ({ points: [], xs, ys });

function wave(n: number): { xs: Float64Array; ys: Float64Array } {
  const xs = Float64Array.from({ length: n }, (_, i) => i);
  const ys = Float64Array.from({ length: n }, (_, i) => Math.sin(i / 50) * 10 + (i % 97 === 0 ? 30 : 0));
  return { xs, ys };
}

describe('yearTicks', () => {
  it('gives whole years, written without grouping', () => {
    expect(yearTicks(2007, 2016, 5).map((t) => t.label)).toEqual(['2008', '2010', '2012', '2014', '2016']);
    expect(yearTicks(2015, 2016, 10).map((t) => t.value)).toEqual([2015, 2016]);
  });
});

describe('timeTicks (Europe/Rome)', () => {
  it('keeps day ticks at local midnight across the March daylight-saving change', () => {
    const ticks = timeTicks(new Date(2016, 2, 24).getTime(), new Date(2016, 2, 31).getTime(), 7, 'it-IT');
    expect(ticks).toHaveLength(8);
    for (const t of ticks)
      expect([new Date(t.value).getHours(), new Date(t.value).getMinutes()]).toEqual([0, 0]);
    expect(ticks[3]!.label).toBe('27 mar');
  });

  it('keeps hour ticks on round clock hours on the 23-hour day', () => {
    const from = new Date(2016, 2, 27, 0).getTime();
    const ticks = timeTicks(from, from + 23 * 3600_000, 4, 'it-IT');
    // 00:00 to 00:00 the next day is 23 hours long: still four 6-hour steps on the clock.
    expect(ticks.map((t) => t.label)).toEqual(['00:00', '06:00', '12:00', '18:00', '00:00']);
    expect(new Date(ticks[4]!.value).getDate()).toBe(28);
  });

  it('ticks dates by whole days at least: three days of data show no hours', () => {
    const days: SeriesDataset = {
      kind: 'series',
      title: 'Accessi',
      x: { type: 'date' },
      series: [
        {
          id: 'a',
          label: 'A',
          points: [
            ['2017-03-01', 1],
            ['2017-03-02', 2],
            ['2017-03-03', 3],
          ],
        },
      ],
    };
    const model = trendModel(prepare(days, 'period'), { width: 900, height: 300, locale: 'it-IT' });
    expect(model.xTicks.map((t) => t.label)).toEqual(['1 mar', '2 mar', '3 mar']);
  });

  it('labels months with their year and years as years', () => {
    const months = timeTicks(new Date(2016, 0, 1).getTime(), new Date(2016, 11, 31).getTime(), 6, 'it-IT');
    expect(months.map((t) => t.label)).toEqual(['gen 2016', 'apr 2016', 'lug 2016', 'ott 2016']);
    const years = timeTicks(new Date(2000, 0, 1).getTime(), new Date(2016, 0, 1).getTime(), 4, 'en');
    expect(years.map((t) => t.label)).toEqual(['2000', '2005', '2010', '2015']);
  });
});

describe('minMaxIndices', () => {
  it('returns at most the requested points, ascending, with both endpoints', () => {
    const { xs, ys } = wave(100_000);
    const picks = minMaxIndices(inColumns(xs, ys), 1000, 0, xs.length);
    expect(picks.length).toBeLessThanOrEqual(1000);
    expect(picks[0]).toBe(0);
    expect(picks[picks.length - 1]).toBe(99_999);
    for (let i = 1; i < picks.length; i++) expect(picks[i]!).toBeGreaterThan(picks[i - 1]!);
  });

  it('keeps the global maximum and minimum', () => {
    const { xs, ys } = wave(100_000);
    ys[54_321] = 1000;
    ys[12_345] = -1000;
    const picks = Array.from(minMaxIndices(inColumns(xs, ys), 500, 0, xs.length));
    expect(picks).toContain(54_321);
    expect(picks).toContain(12_345);
  });

  it('keeps a gap as a gap', () => {
    const { xs, ys } = wave(10_000);
    ys[5000] = NaN;
    const picks = Array.from(minMaxIndices(inColumns(xs, ys), 200, 0, xs.length));
    expect(picks).toContain(5000);
  });

  it('picks, per column of uneven x with gaps, the first lowest, first highest and first gap', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    let x = 0;
    const xs = Float64Array.from({ length: 5000 }, () => (x += random() < 0.1 ? 40 * random() : random()));
    const ys = Float64Array.from({ length: 5000 }, () => (random() < 0.05 ? NaN : Math.round(random() * 20)));
    // The rule written plainly: every column's extremes and gap, one point at a time.
    const columns = 49;
    const perX = columns / (xs[4999]! - xs[0]!);
    const expected = new Set([0, 4999]);
    const seen = new Map<number, { lo: number; hi: number; gap: number }>();
    for (let i = 1; i < 4999; i++) {
      const c = Math.min(columns - 1, Math.floor((xs[i]! - xs[0]!) * perX));
      const col = seen.get(c) ?? { lo: -1, hi: -1, gap: -1 };
      seen.set(c, col);
      const y = ys[i]!;
      if (Number.isNaN(y)) col.gap = col.gap < 0 ? i : col.gap;
      else {
        if (col.lo < 0 || y < ys[col.lo]!) col.lo = i;
        if (col.hi < 0 || y > ys[col.hi]!) col.hi = i;
      }
    }
    for (const { lo, hi, gap } of seen.values()) for (const i of [lo, hi, gap]) if (i >= 0) expected.add(i);
    expect(Array.from(minMaxIndices(inColumns(xs, ys), 100, 0, xs.length))).toEqual(
      [...expected].sort((a, b) => a - b),
    );
  });

  it('keeps a spike at the second-to-last point: inside the last column, alone in its own, in block summaries', () => {
    const { xs, ys } = wave(100_000);
    ys[99_998] = 1000;
    expect(Array.from(minMaxIndices(inColumns(xs, ys), 1000, 0, xs.length))).toContain(99_998);
    // Uneven x: the last two points far to the right, the second-to-last alone in its pixel column.
    const uneven = Float64Array.from(xs, (_, i) => (i < 99_998 ? i / 1000 : i === 99_998 ? 150 : 200));
    expect(Array.from(minMaxIndices(inColumns(uneven, ys), 100, 0, xs.length)).slice(-2)).toEqual([
      99_998, 99_999,
    ]);
    const n = COLUMNS * 2;
    const points = Array.from({ length: n }, (_, i): [number, number] => [i, i === n - 2 ? -500 : i % 7]);
    const prepared = prepare(
      { kind: 'series', title: 'Picco', x: { type: 'year' }, series: [{ id: 'a', label: 'A', points }] },
      'period',
    ).series[0]!;
    expect(prepared.blocks, 'read through block summaries').toBeDefined();
    expect(Array.from(minMaxIndices(prepared, 1000, 0, n))).toContain(n - 2);
  });

  it('returns every index when there are few enough', () => {
    const { xs, ys } = wave(10);
    expect(Array.from(minMaxIndices(inColumns(xs, ys), 20, 0, xs.length))).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
  });
});

describe('minMaxIndices over prepared points (block summaries)', () => {
  // Uneven years, gaps, and columns of hundreds of points: most blocks fall inside a column.
  function uneven(n: number): SeriesDataset {
    let seed = 11;
    const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    let x = 0;
    const points = Array.from({ length: n }, (): [number, number | null] => {
      x += random() < 0.01 ? 1 + Math.floor(500 * random()) : 1;
      return [x, random() < 0.02 ? null : Math.round(random() * 1000) / 10];
    });
    return { kind: 'series', title: 'T', x: { type: 'year' }, series: [{ id: 'a', label: 'A', points }] };
  }
  /** The same series as plain columns, read point by point. */
  function columnsOf(dataset: SeriesDataset, view: 'period' | 'cumulative') {
    const s = prepare(dataset, view).series[0]!;
    const xs = Float64Array.from(s.points, (p) => p[0] as number);
    const ys = Float64Array.from({ length: s.n }, (_, i) => yAt(s, i));
    return { s, plain: inColumns(xs, ys) };
  }

  it('picks what a point-by-point reading picks, in either view, with or without a y column', () => {
    for (const [view, n] of [
      ['period', 200_000],
      ['period', 100_000],
      ['cumulative', 200_000],
    ] as const) {
      const { s, plain } = columnsOf(uneven(n), view);
      expect(s.ys === undefined).toBe(n > COLUMNS && view === 'period');
      expect(s.xs === undefined).toBe(n > COLUMNS);
      for (const max of [300, 1100]) {
        expect(Array.from(minMaxIndices(s, max, 0, s.n))).toEqual(
          Array.from(minMaxIndices(plain, max, 0, s.n)),
        );
      }
    }
  });

  it('keeps no columns of its own for many years as given (a million points are read in place)', () => {
    const s = prepare(uneven(COLUMNS + 1), 'period').series[0]!;
    expect([s.xs, s.ys]).toEqual([undefined, undefined]);
  });

  it('after appends that end mid-block, picks and extremes are those of a fresh reading', () => {
    // Above COLUMNS the period view keeps block summaries, below it columns: either way they grow.
    const all = uneven(COLUMNS + 50_000);
    const points = all.series[0]!.points;
    const upTo = (size: number) => ({
      ...all,
      series: [{ ...all.series[0]!, points: points.slice(0, size) }],
    });
    for (const [view, from] of [
      ['period', COLUMNS + 1000],
      ['period', 1000],
      ['cumulative', 1000],
    ] as const) {
      let prepared = prepare(upTo(from), view);
      expect(prepared.series[0]!.blocks === undefined).toBe(from <= COLUMNS || view === 'cumulative');
      for (const size of [from + 1, from + 50, from + 20_003, COLUMNS + 50_000]) {
        prepared = prepare(upTo(size), view, prepared);
        expect(prepared.appended).toBeGreaterThan(0);
      }
      const fresh = prepare(all, view).series[0]!;
      const grown = prepared.series[0]!;
      const stats = (s: typeof fresh) => [s.n, s.min, s.max, s.lo, s.hi, s.first, s.last, s.sum];
      expect(stats(grown)).toEqual(stats(fresh));
      expect(Array.from(minMaxIndices(grown, 700, 0, grown.n))).toEqual(
        Array.from(minMaxIndices(fresh, 700, 0, fresh.n)),
      );
    }
  });
});

describe('prepare', () => {
  it('plots the running sum of per-period amounts in the cumulative view: 55.211 and 7.125', () => {
    const prepared = prepare(credentials, 'cumulative');
    const last = prepared.series.map((s) => yAt(s, s.n - 1));
    expect(last).toEqual([55_211, 7_125]);
    expect(yAt(prepare(credentials, 'period').series[0]!, 9)).toBe(13_584);
  });

  it('reads only the new points when a live dataset appends to the previous one', () => {
    const base: SeriesDataset = {
      kind: 'series',
      title: 'Ticket',
      x: { type: 'date' },
      cumulative: true,
      series: [
        {
          id: 'a',
          label: 'A',
          points: [
            ['2016-01-01', 1],
            ['2016-01-02', 2],
          ],
        },
      ],
    };
    const first = prepare(base, 'cumulative');
    const next = {
      ...base,
      series: [{ ...base.series[0]!, points: [...base.series[0]!.points, ['2016-01-03', 4]] as never }],
    };
    const second = prepare(next, 'cumulative', first);
    expect(second.appended).toBe(1);
    expect([0, 1, 2].map((i) => yAt(second.series[0]!, i))).toEqual([1, 3, 7]);
    expect(second.series[0]!.max).toBe(7);
    const replaced = prepare(
      { ...next, series: [{ ...next.series[0]!, points: [['2016-01-01', 9]] }] },
      'cumulative',
      second,
    );
    expect(replaced.appended).toBe(0);
    expect(replaced.series[0]!.n).toBe(1);
  });

  it('finds the nearest point by x', () => {
    const s = { points: [2007, 2008, 2010].map((x) => [x, 1] as [number, number]), n: 3 };
    expect([
      nearestIndex(s, 2006),
      nearestIndex(s, 2008.4),
      nearestIndex(s, 2009.6),
      nearestIndex(s, 2020),
    ]).toEqual([0, 1, 2, 2]);
  });
});

describe('trendModel', () => {
  it('draws the seed with year ticks, a zero baseline and markers for short series', () => {
    const model = trendModel(prepare(credentials, 'cumulative'), {
      width: 600,
      height: 260,
      locale: 'it-IT',
    });
    expect(model.xTicks.map((t) => t.label)).toContain('2016');
    expect(model.xTicks.every((t) => !t.label.includes('.'))).toBe(true);
    expect(model.yTicks[0]!.value).toBe(0);
    expect(model.yTicks.at(-1)!.label).toBe('60.000');
    expect(model.lines[0]!.markers).toHaveLength(10);
    expect(model.lines[0]!.path.startsWith('M')).toBe(true);
  });

  it('labels each threshold with its value once, as the page’s language writes it (the live dashboard’s SLA.3)', () => {
    const trend = (live as { datasets: Record<string, unknown> }).datasets[
      'response-time-trend'
    ] as SeriesDataset;
    const text = (locale: string) =>
      trendModel(prepare(trend, 'period'), { width: 600, height: 260, locale }).thresholds.map((t) => t.text);
    expect(text('it-IT')).toEqual(['Soglia SLA.3: 7 ms']);
    const target = { ...trend, thresholds: [{ value: 6.5, label: 'Target' }] };
    expect(
      trendModel(prepare(target, 'period'), { width: 600, height: 260, locale: 'en' }).thresholds[0]!.text,
    ).toBe('Target: 6.5 ms');
  });

  it('draws about two points per pixel column for a million points', () => {
    const n = 1_000_000;
    const points = Array.from({ length: n }, (_, i) => [i, Math.sin(i / 1000)] as [number, number]);
    const dataset: SeriesDataset = {
      kind: 'series',
      title: 'Big',
      x: { type: 'year' },
      series: [{ id: 'a', label: 'A', points }],
    };
    const model = trendModel(prepare(dataset, 'period'), { width: 500, height: 200, locale: 'en' });
    expect(model.lines[0]!.drawn).toBeLessThanOrEqual(2 * (500 - model.margin.left - model.margin.right) + 2);
    expect(model.lines[0]!.markers).toHaveLength(0);
  });
});

describe('describeTrend', () => {
  it('says the reference lines drawn across the chart, with their values', () => {
    const withLines = {
      ...credentials,
      thresholds: [
        { label: 'Obiettivo', value: 50000 },
        { label: 'Minimo', value: 1200.5 },
      ],
    };
    expect(describeTrend(prepare(withLines, 'period'), 'it-IT')).toContain(
      'Linee di riferimento: Obiettivo: 50.000; Minimo: 1.201.',
    );
    expect(describeTrend(prepare(withLines, 'period'), 'en')).toContain(
      'Reference lines: Obiettivo: 50,000; Minimo: 1,201.',
    );
    expect(describeTrend(prepare(credentials, 'period'), 'it-IT')).not.toContain('Linee di riferimento');
  });

  it('says range, minimum, maximum, last value and trend in Italian', () => {
    const text = describeTrend(prepare(credentials, 'cumulative'), 'it-IT');
    expect(text).toContain('Credenziali di accesso: 2 serie dal 2007 al 2016, 17 punti.');
    expect(text).toContain(
      'Credenziali attive: minimo 198 (2007), massimo 55.211 (2016), ultimo valore 55.211 (2016)',
    );
    expect(text).toContain('di cui CNS: minimo 5 (2010), massimo 7.125 (2016)');
    expect(text).toContain('in crescita');
    expect(text).toContain('Valori cumulati');
  });

  it('after an append, says what a fresh description says (new extremes, gaps at either end)', () => {
    const dataset = (points: Array<[number, number | null]>): SeriesDataset => ({
      kind: 'series',
      title: 'Uptime',
      x: { type: 'year' },
      series: [{ id: 'a', label: 'A', points }],
    });
    const before = prepare(
      dataset([
        [2001, null],
        [2002, 5],
        [2003, 3],
      ]),
      'period',
    );
    const grown = dataset([
      [2001, null],
      [2002, 5],
      [2003, 3],
      [2004, 9],
      [2005, 1],
      [2006, null],
    ]);
    const appended = prepare(grown, 'period', before);
    expect(appended.appended).toBe(3);
    const text = describeTrend(appended, 'en');
    expect(text).toBe(describeTrend(prepare(grown, 'period'), 'en'));
    expect(text).toContain('minimum 1 (2005), maximum 9 (2004), last value 1 (2005)');
  });

  it('says a falling series falls, a rising one rises, and one within 1% is flat', () => {
    const series = (from: number, to: number): SeriesDataset => ({
      kind: 'series',
      title: 'Ticket aperti',
      x: { type: 'year' },
      series: [
        {
          id: 'a',
          label: 'Aperti',
          points: [
            [2014, from],
            [2015, (from + to) / 2],
            [2016, to],
          ],
        },
      ],
    });
    const falling = describeTrend(prepare(series(200, 50), 'period'), 'it-IT');
    expect(falling).toContain('in calo del 75% rispetto al primo valore');
    expect(falling).not.toContain('in crescita');
    expect(describeTrend(prepare(series(50, 200), 'period'), 'it-IT')).toContain(
      'in crescita del 300% rispetto al primo valore',
    );
    expect(describeTrend(prepare(series(200, 201), 'period'), 'en')).toContain(
      'flat compared with the first value',
    );
    expect(describeTrend(prepare(series(-100, -150), 'period'), 'en')).toContain(
      'down 50% from the first value',
    );
  });

  it('speaks English on an English page', () => {
    const text = describeTrend(prepare(credentials, 'period'), 'en');
    expect(text).toContain('maximum 13,584 (2016), last value 13,584 (2016); up');
  });
});

describe('dataRows and CSV', () => {
  it('lines series up by x, leaving cells empty where a series has no point', () => {
    const rows = dataRows(prepare(credentials, 'cumulative'));
    expect(rows).toHaveLength(10);
    expect(rows[0]).toEqual({ x: 2007, values: [198, undefined] });
    expect(rows[9]).toEqual({ x: 2016, values: [55_211, 7_125] });
  });

  it('writes every point as Italian CSV', () => {
    const csv = toCsv(csvRows(credentials, dataRows(prepare(credentials, 'period'))), 'it-IT');
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('Anno;Credenziali attive;di cui CNS');
    expect(lines[1]).toBe('2007;198;');
    expect(lines[10]).toBe('2016;13584;2838');
  });
});

describe('dates and instants as text or as milliseconds', () => {
  /** Readings of a sensor every minute (or every day), the x written as ISO text or as numbers. */
  function readings(as: 'iso' | 'epoch', type: 'date' | 'datetime', n = 2000): SeriesDataset {
    const step = type === 'date' ? 86_400_000 : 60_000;
    const start = Date.UTC(2016, 2, 20); // across the March change to summer time in Rome
    const points = Array.from({ length: n }, (_, i): [string | number, number] => {
      const ms = start + i * step;
      const iso = new Date(ms).toISOString();
      return [
        as === 'epoch' ? ms : type === 'date' ? iso.slice(0, 10) : iso,
        Math.round(Math.sin(i / 40) * 100),
      ];
    });
    return { kind: 'series', title: 'Accessi', x: { type }, series: [{ id: 'a', label: 'Accessi', points }] };
  }

  for (const type of ['date', 'datetime'] as const) {
    it(`draws, describes and writes ${type} given as milliseconds exactly as given as ISO text`, () => {
      const iso = prepare(readings('iso', type), 'period');
      const epoch = prepare(readings('epoch', type), 'period');
      const box = { width: 600, height: 260, locale: 'it-IT' };
      const drawn = (p: typeof iso) => {
        const { x, y, ...rest } = trendModel(p, box);
        return { ...rest, x: x.domain, y: y.domain };
      };
      expect(drawn(epoch)).toEqual(drawn(iso));
      expect(describeTrend(epoch, 'it-IT')).toBe(describeTrend(iso, 'it-IT'));
      const csv = (p: typeof iso) => toCsv(csvRows(p.dataset, dataRows(p)), 'it-IT');
      expect(csv(epoch)).toBe(csv(iso));
    });
  }

  it('puts a day at its local midnight, where the day ticks are', () => {
    const prepared = prepare(readings('epoch', 'date', 20), 'period');
    const model = trendModel(prepared, { width: 600, height: 260, locale: 'it-IT' });
    const ticks = new Set(model.xTicks.map((t) => t.value));
    expect(ticks.size).toBeGreaterThan(2);
    for (const t of ticks) expect([...prepared.series[0]!.xs!]).toContain(t);
    expect(describeTrend(prepared, 'it-IT')).toContain('dal 20/03/2016 al 08/04/2016');
  });
});
