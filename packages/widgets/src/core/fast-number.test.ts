import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  compactValues,
  FAST_LOCALES,
  numberMismatches,
  numberValues,
  UNIT_OPTIONS,
  UNITS,
} from './fast-number.cases.js';
import { fastNumber, roundDecimal } from './fast-number.js';
import { formatDuration } from './dates.js';
import { formatPercent, formatPoints, formatSigned, formatValue, numberFormat, unitName } from './format.js';

describe('fastNumber(locale, options): what Intl writes, without Intl', () => {
  it('writes what Intl writes for every shipped locale × option set × 3000 values', () => {
    expect(numberMismatches(numberValues(3000))).toEqual([]);
  }, 60_000);

  it('writes what Intl writes for every unit short and long × 3000 values', () => {
    expect(numberMismatches(numberValues(3000), UNIT_OPTIONS)).toEqual([]);
  }, 60_000);

  it('writes compact notation as Intl does across every power of ten and rounding edge', () => {
    expect(numberMismatches(compactValues())).toEqual([]);
  }, 60_000);

  it('rounds the decimal a double reads as, half away from zero', () => {
    expect(roundDecimal(1.005, 0, 0, 2)).toEqual(['1', '01']);
    expect(roundDecimal(2.675, 0, 0, 2)).toEqual(['2', '68']);
    expect(roundDecimal(-0.125, 0, 0, 2)).toEqual(['0', '13']);
    expect(roundDecimal(0.9992, 2, 2, 2)).toEqual(['99', '92']);
    expect(roundDecimal(5e-7, 0, 0, 6)).toEqual(['0', '000001']);
    expect(roundDecimal(999.9995, 0, 1, 3)).toEqual(['1000', '0']);
  });

  it('has no fast path for other locales, styles, currencies and options', () => {
    const unsupported: Array<[string, Intl.NumberFormatOptions]> = [
      ['de-DE', {}],
      ['it-CH', {}],
      ['en-IN', {}],
      ['it-IT-u-nu-arab', {}],
      ['it-IT', { notation: 'compact' }], // compactDisplay short
      ['it-IT', { notation: 'compact', compactDisplay: 'short' }],
      ['it-IT', { style: 'currency' }], // Intl throws
      ['it-IT', { notation: 'compact', compactDisplay: 'long', style: 'percent' }],
      ['it-IT', { notation: 'compact', compactDisplay: 'long', style: 'unit', unit: 'day' }],
      ['it-IT', { notation: 'scientific' }],
      // Chromium and Node disagree on the bound not given for a compact euro.
      [
        'it-IT',
        {
          notation: 'compact',
          compactDisplay: 'long',
          style: 'currency',
          currency: 'EUR',
          maximumFractionDigits: 1,
        },
      ],
      [
        'en-US',
        {
          notation: 'compact',
          compactDisplay: 'long',
          style: 'currency',
          currency: 'EUR',
          minimumFractionDigits: 1,
        },
      ],
      ['it-IT', { style: 'unit', unit: 'millisecond', unitDisplay: 'narrow' }],
      ['it-IT', { style: 'unit', unit: 'kilometer' }],
      ['it-IT', { style: 'unit' }], // Intl throws
      ['it-IT', { style: 'currency', currency: 'USD' }],
      ['it-IT', { style: 'currency', currency: 'EUR', currencyDisplay: 'code' }],
      ['en-US', { maximumSignificantDigits: 3 }],
      ['en-US', { minimumIntegerDigits: 2 }],
      ['en-US', { roundingMode: 'floor' } as Intl.NumberFormatOptions],
      ['en-US', { minimumFractionDigits: 3, maximumFractionDigits: 1 }], // Intl throws
      ['en-US', { maximumFractionDigits: 50 }],
      ['en-US', { signDisplay: null } as unknown as Intl.NumberFormatOptions], // Intl throws
      ['en-US', { maximumFractionDigits: null } as unknown as Intl.NumberFormatOptions], // Intl reads 0
      ['en-US', { useGrouping: false }],
      ['en-US', { signDisplay: 'negative' } as Intl.NumberFormatOptions],
    ];
    for (const [locale, options] of unsupported)
      expect(fastNumber(locale, options), `${locale} ${JSON.stringify(options)}`).toBeUndefined();
  });
});

describe('numberFormat(locale, options)', () => {
  // Counts the Intl.NumberFormat objects built while a test runs.
  const original = Intl.NumberFormat;
  let built = 0;
  beforeAll(() => {
    Intl.NumberFormat = class extends original {
      constructor(...args: ConstructorParameters<typeof original>) {
        super(...args);
        built++;
      }
    } as typeof original;
  });
  afterAll(() => {
    Intl.NumberFormat = original;
  });
  beforeEach(() => {
    built = 0;
  });

  it('builds no Intl.NumberFormat for the shipped locales and the library’s formats', () => {
    for (const locale of ['it', 'en-GB']) {
      expect(formatValue(11240255.77, { style: 'currency' }, locale)).toMatch(/11.240.255.77/);
      formatValue(99.92, { style: 'percent', minimumFractionDigits: 2 }, locale);
      formatValue(4788, { style: 'count' }, locale);
      formatValue(1.5, { style: 'decimal', maximumFractionDigits: 1 }, locale);
      formatSigned(-1357, undefined, locale);
      formatPercent(26.4, locale, 1, true);
      formatPoints(0.92, locale);
      expect(formatValue(7, { style: 'unit', unit: 'millisecond' }, locale)).toBe('7 ms');
      formatSigned(-12, { style: 'unit', unit: 'terabyte' }, locale);
      expect(formatDuration(3 * 3_600_000, locale)).toBe(locale === 'it' ? '3 ore' : '3 hours');
      expect(formatValue(2_200_000, { style: 'count', notation: 'compact' }, locale)).toMatch(/^2.2 mil/);
      formatValue(11_240_255.77, { style: 'currency', notation: 'compact' }, locale);
      formatSigned(-55_000, { style: 'count', notation: 'compact' }, locale);
      formatValue(
        4e6,
        { style: 'currency', notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 },
        locale,
      );
    }
    expect(built).toBe(0);
  });

  it('names units as Intl’s formatToParts(2) does, building no Intl.NumberFormat', () => {
    const names = FAST_LOCALES.flatMap((locale) => UNITS.map((unit) => unitName(unit, locale)));
    expect(built).toBe(0);
    expect(names).toEqual(
      FAST_LOCALES.flatMap((locale) =>
        UNITS.map(
          (unit) =>
            new original(locale, { style: 'unit', unit }).formatToParts(2).find((p) => p.type === 'unit')
              ?.value,
        ),
      ),
    );
    expect(unitName('day', 'it')).toBe('giorni');
    expect(unitName('kilometer', 'de-DE')).toBe('km'); // through Intl
  });

  it('falls back to Intl for the rest, and for NaN, infinities and formatToParts', () => {
    const same = (locale: string, options: Intl.NumberFormatOptions, value: number) =>
      expect(numberFormat(locale, options).format(value)).toBe(
        new Intl.NumberFormat(locale, options).format(value),
      );
    same('de-DE', { useGrouping: 'always' } as Intl.NumberFormatOptions, 4788.5);
    same('it-CH', { style: 'currency', currency: 'EUR' }, -11240255.77);
    same('it-IT', { notation: 'compact' }, 2_200_000);
    same('en-US', { style: 'unit', unit: 'gigabyte', unitDisplay: 'narrow' }, 744);
    same('it-IT', { style: 'currency', currency: 'USD' }, 5);
    for (const value of [NaN, Infinity, -Infinity]) same('it-IT', { style: 'percent' }, value);
    expect(numberFormat('en', { style: 'percent' }).formatToParts(0.5)).toEqual(
      new Intl.NumberFormat('en', { style: 'percent' }).formatToParts(0.5),
    );
    expect(built).toBeGreaterThan(0);
  });
});
