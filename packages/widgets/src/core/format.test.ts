import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDuration, formatLongDate } from './dates.js';
import { formatStamp } from './stamp.js';
import { formatCount, formatPercent, formatPoints, formatSigned, formatValue, formatYear } from './format.js';

// Intl puts a no-break space before € and %; readers see a space.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatPercent(value, locale)', () => {
  it('groups thousands as every other figure does, in a sentence beside them', () => {
    expect(formatPercent(6760.6, 'it-IT')).toBe('6.760,6%');
    expect(formatPercent(6760.6, 'en')).toBe('6,760.6%');
    expect(formatPoints(1234.5, 'it-IT')).toBe('+1.234,50');
  });
});

describe('formatValue(value, format, locale)', () => {
  it('writes a value too large to write out in scientific notation, in any style', () => {
    expect(formatValue(1e308, { style: 'count' }, 'it-IT')).toBe('1E308');
    expect(formatValue(-Number.MAX_VALUE, { style: 'currency', currency: 'EUR' }, 'it-IT')).toBe(
      '-1,798E308\u00a0€',
    );
    expect(formatValue(1e308, { style: 'percent' }, 'it-IT')).toBe('1E308%');
    expect(formatSigned(2e20, { style: 'count' }, 'it-IT')).toBe('+2E20');
    expect(formatPoints(7.97e307, 'it-IT')).toBe('+7,97E307');
    expect(formatPercent(-1e300, 'it-IT')).toBe('-1E300%');
    // Below a million billions, the digits are written out as usual.
    expect(formatValue(999_999_999_999_999, { style: 'count' }, 'it-IT')).toBe('999.999.999.999.999');
  });
  it('writes Italian counts with a dot for thousands, even with four digits', () => {
    expect(formatValue(4788, { style: 'count' }, 'it-IT')).toBe('4.788');
    expect(formatCount(55211, 'it-IT')).toBe('55.211');
  });
  it('writes percents given in percent units', () => {
    expect(formatValue(99.92, { style: 'percent', minimumFractionDigits: 2 }, 'it-IT')).toBe('99,92%');
    expect(formatValue(100, { style: 'percent' }, 'it-IT')).toBe('100%');
  });
  it('writes euro amounts the Italian way', () => {
    expect(plain(formatValue(11240255.77, { style: 'currency' }, 'it-IT'))).toBe('11.240.255,77 €');
    expect(plain(formatValue(11240255.77, { style: 'currency' }, 'en-GB'))).toBe('€11,240,255.77');
  });
  it('writes units and suffixes', () => {
    expect(plain(formatValue(7, { style: 'unit', unit: 'millisecond' }, 'it-IT'))).toBe('7 ms');
    expect(plain(formatValue(744, { style: 'unit', unit: 'gigabyte', suffix: 'RAM' }, 'it-IT'))).toBe(
      '744 GB RAM',
    );
  });
  it('writes compact figures in words', () => {
    expect(plain(formatValue(2_200_000, { style: 'count', notation: 'compact' }, 'it-IT'))).toBe(
      '2,2 milioni',
    );
    expect(plain(formatValue(2_200_000, { style: 'decimal', notation: 'compact' }, 'it-IT'))).toBe(
      '2,2 milioni',
    );
  });
  it('defaults to a count', () => {
    expect(formatValue(1234.6, undefined, 'it-IT')).toBe('1.235');
  });
});

describe('signed values, percents and points', () => {
  it('shows the sign of a change', () => {
    expect(formatSigned(-1357, { style: 'count' }, 'it-IT')).toBe('-1.357');
    expect(formatSigned(2, undefined, 'it-IT')).toBe('+2');
    expect(formatSigned(0, undefined, 'it-IT')).toBe('0');
  });
  it('formats percents and percentage points', () => {
    expect(formatPercent(26.4, 'it-IT', 1, true)).toBe('+26,4%');
    expect(formatPercent(-1.2, 'it-IT', 1, true)).toBe('-1,2%');
    expect(formatPoints(0.92, 'it-IT')).toBe('+0,92');
    expect(formatPoints(0.92, 'en-GB')).toBe('+0.92');
  });
  it('writes years as years', () => {
    expect(formatYear(2007)).toBe('2007');
  });
});

describe('dates (time zone pinned to Europe/Rome)', () => {
  it('writes calendar dates without shifting the day', () => {
    expect(formatDate('2016-12-31', 'it-IT')).toBe('31/12/2016');
    expect(formatLongDate('2016-12-31', 'it-IT')).toBe('31 dicembre 2016');
    expect(formatLongDate('2016-12-31', 'en-GB')).toBe('31 December 2016');
  });
  it('writes instants in the local zone', () => {
    expect(formatDateTime('2017-03-12T13:05:00Z', 'it-IT')).toBe('12/03/17, 14:05');
    expect(formatStamp(new Date('2017-03-12T13:05:00Z'), 'it-IT')).toBe('12/03, 14:05');
  });
  it('writes durations in their largest whole unit', () => {
    expect(formatDuration(3 * 3_600_000, 'it-IT')).toBe('3 ore');
    expect(formatDuration(45_000, 'en')).toBe('45 seconds');
  });
});
