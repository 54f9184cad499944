import { describe, expect, it } from 'vitest';
import { plainNumber } from './plain-number.js';

const LOCALES = ['it', 'it-IT', 'en', 'en-US', 'en-GB'];

/** Every option set the elements use, and their neighbours. */
const OPTIONS: Intl.NumberFormatOptions[] = [
  {},
  { useGrouping: 'always' as never, maximumFractionDigits: 0 },
  { useGrouping: 'always' as never, maximumFractionDigits: 0, minimumFractionDigits: 0 },
  { useGrouping: 'always' as never, minimumFractionDigits: 1, maximumFractionDigits: 3 },
  { useGrouping: 'min2' as never, maximumFractionDigits: 1 },
  { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' },
  { maximumFractionDigits: 2, signDisplay: 'exceptZero' },
  { style: 'percent' },
  { style: 'percent', useGrouping: 'always' as never },
  { style: 'percent', useGrouping: 'always' as never, minimumFractionDigits: 2, maximumFractionDigits: 2 },
  { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' },
  { style: 'percent', maximumFractionDigits: 1, signDisplay: 'auto' },
  { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 'min2' as never },
  { style: 'currency', currency: 'EUR' },
  { style: 'currency', currency: 'EUR', useGrouping: 'always' as never },
  { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 },
  { style: 'currency', currency: 'EUR', signDisplay: 'exceptZero' },
  ...['millisecond', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte', 'petabyte'].map(
    (unit): Intl.NumberFormatOptions => ({
      style: 'unit',
      unit,
      unitDisplay: 'short',
      useGrouping: 'always' as never,
    }),
  ),
];

/** Values where writing numbers goes wrong: halves, binary near-halves, zeros, signs, tiny, large. */
const EDGES = [
  0, -0, 1, -1, 0.5, 1.5, 2.5, -0.5, -2.5, 1.005, 2.675, 1.45, 0.045, 9.995, 99.995, 999.9995, 0.0001, -0.001,
  -0.004, 0.004, 1e-7, -1e-7, 5e-324, 99.92, 0.9992, 4788, 14788, 114877, 1234.5, 11240255.775, 11240255.77,
  999999.5, 123456789.125, 1e14, 999999999999999, -4788.25, 0.07, 0.145, 35.9,
];

/** A fixed, reproducible spread of values of every size and sign. */
function spread(): number[] {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: 400 }, (_, i) => {
    const magnitude = 10 ** Math.floor(next() * 16 - 6);
    const value = next() * magnitude * (i % 3 === 0 ? -1 : 1);
    return i % 4 === 0 ? Math.round(value * 1000) / 1000 : value;
  });
}

describe('plainNumber(locale, options)', () => {
  it('writes exactly what Intl.NumberFormat writes, for every locale, option set and value it takes', () => {
    const values = [...EDGES, ...spread()];
    let compared = 0;
    for (const locale of LOCALES)
      for (const options of OPTIONS) {
        const write = plainNumber(locale, options);
        expect(write, `${locale} ${JSON.stringify(options)}`).toBeTypeOf('function');
        const intl = new Intl.NumberFormat(locale, options);
        for (const value of values) {
          expect(write!(value), `${locale} ${JSON.stringify(options)} ${value}`).toBe(intl.format(value));
          compared++;
        }
      }
    expect(compared).toBeGreaterThan(35_000);
  });

  it('writes Italian and English as their readers expect', () => {
    const it = (options: Intl.NumberFormatOptions, value: number) => plainNumber('it-IT', options)!(value);
    expect(it({ style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }, 0.9992)).toBe(
      '99,92%',
    );
    expect(it({ style: 'currency', currency: 'EUR', useGrouping: 'always' as never }, 11240255.77)).toBe(
      '11.240.255,77\u00a0€',
    );
    expect(it({ useGrouping: 'always' as never, maximumFractionDigits: 0 }, 4788)).toBe('4.788');
    expect(it({}, 4788)).toBe('4788');
    expect(plainNumber('en-US', { style: 'currency', currency: 'EUR' })!(-1234.5)).toBe('-€1,234.50');
  });

  it('leaves to Intl the locales, options and values it does not write', () => {
    for (const locale of ['de-DE', 'it-CH', 'en-IN', 'fr', 'IT'])
      expect(plainNumber(locale, {}), locale).toBeUndefined();
    for (const options of [
      { notation: 'compact' },
      { notation: 'scientific' },
      { style: 'currency', currency: 'USD' },
      { style: 'unit', unit: 'day' },
      { style: 'unit', unit: 'second' },
      { style: 'unit', unit: 'millisecond', unitDisplay: 'long' },
      { signDisplay: 'always' },
      { roundingMode: 'floor' },
      { minimumIntegerDigits: 3 },
      { useGrouping: false },
      { maximumFractionDigits: 21 },
    ] as Intl.NumberFormatOptions[])
      expect(plainNumber('it', options), JSON.stringify(options)).toBeUndefined();
    const write = plainNumber('it', {})!;
    for (const value of [Number.NaN, Infinity, -Infinity]) expect(write(value)).toBeUndefined();
  });
});
