// Test cases shared by the Node and the Chromium comparison of the number fast path with Intl.
import { MEASURE_UNITS } from '@cst/schema';
import { fastNumber } from './fast-number.js';

/** The locales the fast paths cover, as resolveLocale writes them. */
export const FAST_LOCALES = ['it', 'it-IT', 'en', 'en-US', 'en-GB'];

const grouping = (useGrouping: string | boolean) => ({ useGrouping }) as Intl.NumberFormatOptions;

/** What the library asks for (intlOptions, formatSigned, formatPercent, formatPoints, deltas), and more. */
export const NUMBER_OPTIONS: Intl.NumberFormatOptions[] = [
  {},
  grouping('always'),
  grouping('min2'),
  grouping('auto'),
  { ...grouping('always'), maximumFractionDigits: 0 },
  { ...grouping('always'), maximumFractionDigits: 0, signDisplay: 'exceptZero' },
  { ...grouping('always'), minimumFractionDigits: 2, maximumFractionDigits: 2 },
  { ...grouping('always'), maximumFractionDigits: 1 },
  { ...grouping('always'), style: 'percent' },
  { ...grouping('always'), style: 'percent', minimumFractionDigits: 2 },
  { ...grouping('min2'), style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' },
  { style: 'percent', maximumFractionDigits: 1, signDisplay: 'auto' },
  { ...grouping('always'), style: 'currency', currency: 'EUR' },
  { ...grouping('always'), style: 'currency', currency: 'EUR', signDisplay: 'exceptZero' },
  { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 },
  { style: 'currency', currency: 'EUR', minimumFractionDigits: 3 },
  { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' },
  { signDisplay: 'always' },
  { signDisplay: 'never' },
  { minimumFractionDigits: 5 },
  { maximumFractionDigits: 20 },
  { minimumFractionDigits: 1, maximumFractionDigits: 1, ...grouping('min2') },
  // Units: intlOptions (short), formatDuration (long), sla-table's label (no grouping), and more.
  { ...grouping('always'), style: 'unit', unit: 'day', unitDisplay: 'long', signDisplay: 'exceptZero' },
  { style: 'unit', unit: 'hour', unitDisplay: 'short', minimumFractionDigits: 1, maximumFractionDigits: 1 },
  { style: 'unit', unit: 'month', maximumFractionDigits: 0, signDisplay: 'always' },
  { ...grouping('min2'), style: 'unit', unit: 'second', unitDisplay: 'long', minimumFractionDigits: 2 },
  // Compact: intlOptions, formatSigned and bar-chart ticks (0–0 or 0–1 decimals), for counts and euros.
  ...[{}, { style: 'currency', currency: 'EUR' } as const].flatMap((style) =>
    [
      grouping('always'),
      {},
      grouping('min2'),
      grouping('auto'),
      { ...grouping('always'), signDisplay: 'exceptZero' as const },
      { ...grouping('always'), minimumFractionDigits: 0, maximumFractionDigits: 0 },
      { ...grouping('always'), minimumFractionDigits: 0, maximumFractionDigits: 1 },
      {
        ...grouping('always'),
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
        signDisplay: 'never' as const,
      },
      { minimumFractionDigits: 1, maximumFractionDigits: 3, signDisplay: 'always' as const },
    ].map((options) => ({ ...options, ...style, notation: 'compact', compactDisplay: 'long' }) as const),
  ),
  { ...grouping('always'), notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 },
  { ...grouping('always'), notation: 'compact', compactDisplay: 'long', minimumFractionDigits: 2 },
  // Options Intl reads (and checks) but ignores for this style.
  { currency: 'EUR', unit: 'day', unitDisplay: 'long', compactDisplay: 'long' },
];

/** Every unit the schema allows. */
export const UNITS = MEASURE_UNITS;

/** Every unit short and long, as intlOptions and formatDuration ask. */
export const UNIT_OPTIONS: Intl.NumberFormatOptions[] = UNITS.flatMap((unit) =>
  (['short', 'long'] as const).flatMap((unitDisplay) => [
    { ...grouping('always'), style: 'unit', unit, unitDisplay },
    { style: 'unit', unit, unitDisplay },
  ]),
);

/** The next double above or below a positive one: values a hair from a rounding boundary. */
function nextDouble(value: number, direction: 1 | -1): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  view.setBigUint64(0, view.getBigUint64(0) + BigInt(direction));
  return view.getFloat64(0);
}

const SPECIAL = [
  0,
  -0,
  1,
  -1,
  0.5,
  1.5,
  2.5,
  -2.5,
  0.125,
  -0.125,
  1.005,
  2.675,
  1.0005,
  4788,
  1234.5,
  99.92,
  0.9992,
  99.995,
  0.99995,
  9.9995,
  999.9995,
  0.0005,
  0.005,
  0.05,
  5e-7,
  -5e-7,
  1.5e-7,
  1e-21,
  123456.789,
  11240255.77,
  2 ** 53,
  2 ** 53 + 2,
  1e20,
  1e21,
  -1e21,
  1.2345e22,
  1e300,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  0.1 + 0.2,
  1 / 3,
  2 / 3,
];

/**
 * Values at every power of ten from 10⁻⁴ to 10²², around where compact notation changes its word
 * or rounds up (9,95 → 10; 999,5 → mille; 999.950 → 1 milione) and their neighbouring doubles.
 */
export function compactValues(): number[] {
  const mantissas = ['1', '1.04999', '1.05', '1.15', '1.25', '1.5', '2.2', '5.5', '9.9', '9.949', '9.95'];
  for (let nines = 2; nines < 8; nines++) {
    const run = '9.' + '9'.repeat(nines - 1);
    mantissas.push(run + '4', run + '49', run + '5');
  }
  const values: number[] = [];
  for (let exponent = -4; exponent <= 22; exponent++)
    for (const mantissa of mantissas) {
      const value = Number(`${mantissa}e${exponent}`);
      values.push(value, -value, nextDouble(value, 1), nextDouble(value, -1));
    }
  return values;
}

/** Deterministic values: integers, decimals, tiny, huge, negative, halves and their neighbours. */
export function numberValues(count: number): number[] {
  let seed = 20161231;
  const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const values = [...SPECIAL];
  while (values.length < count) {
    const sign = random() < 0.3 ? -1 : 1;
    const scale = 10 ** Math.floor(random() * 8);
    const kind = values.length % 7;
    const value =
      kind === 0
        ? Math.round(random() * 10 ** Math.floor(random() * 17))
        : kind === 1
          ? random() * 10 ** (Math.floor(random() * 34) - 12)
          : kind === 2
            ? Math.round(random() * 1e7) / scale
            : kind === 3
              ? (Math.floor(random() * 1e5) + 0.5) / scale // an exact half in decimal
              : kind === 4
                ? nextDouble((Math.floor(random() * 1e5) + 0.5) / scale, random() < 0.5 ? 1 : -1)
                : kind === 5
                  ? Number((random() * 100).toFixed(Math.floor(random() * 9)))
                  : Math.round(random() * 1e4) / 1e4 / 100; // a percent in percent units, scaled
    values.push(sign * value);
  }
  return values;
}

/** Where the fast path and Intl disagree (empty when they agree); a missing fast path counts. */
export function numberMismatches(values: number[], optionSets = NUMBER_OPTIONS): string[] {
  const out: string[] = [];
  for (const locale of FAST_LOCALES)
    for (const options of optionSets) {
      const fast = fastNumber(locale, options);
      const intl = new Intl.NumberFormat(locale, options);
      for (const value of values) {
        const expected = intl.format(value);
        const actual = fast ? fast(value) : 'no fast path';
        if (actual !== expected)
          out.push(`${locale} ${JSON.stringify(options)} ${value}: ${actual} ≠ ${expected}`);
      }
    }
  return out;
}
