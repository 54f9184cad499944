import { expect } from '@open-wc/testing';
import { dateFormat } from './dates.js';
import { DATE_OPTIONS, dateMismatches, dateValues } from './fast-date.cases.js';
import {
  compactValues,
  FAST_LOCALES,
  NUMBER_OPTIONS,
  numberMismatches,
  numberValues,
  UNIT_OPTIONS,
  UNITS,
} from './fast-number.cases.js';
import { numberFormat, unitName } from './format.js';

// Chromium's ICU is not Node's: the fast paths must write what this browser's Intl writes.
describe('fast number and date formatting in Chromium', () => {
  it('writes what Intl writes for every shipped locale × option set (numbers)', () => {
    expect(numberMismatches(numberValues(400))).to.deep.equal([]);
  });

  it('writes what Intl writes for every unit, short and long', () => {
    expect(numberMismatches(numberValues(400), UNIT_OPTIONS)).to.deep.equal([]);
  });

  it('writes compact notation as Intl does across every power of ten and rounding edge', () => {
    expect(numberMismatches(compactValues())).to.deep.equal([]);
  });

  it('writes what Intl writes for every shipped locale × option set, local and UTC (dates)', () => {
    expect(dateMismatches(dateValues(300))).to.deep.equal([]);
  });

  it('gives Intl’s text through numberFormat, dateFormat and unitName, building no Intl formatter', () => {
    const { NumberFormat, DateTimeFormat } = Intl;
    let built = 0;
    const numbers = numberValues(50);
    const dates = dateValues(50);
    const expected = [
      ...FAST_LOCALES.flatMap((l) =>
        [...NUMBER_OPTIONS, ...UNIT_OPTIONS].flatMap((o) =>
          numbers.map((v) => new NumberFormat(l, o).format(v)),
        ),
      ),
      ...FAST_LOCALES.flatMap((l) =>
        DATE_OPTIONS.flatMap((o) => dates.map((d) => new DateTimeFormat(l, o).format(d))),
      ),
      ...FAST_LOCALES.flatMap((l) =>
        UNITS.map(
          (unit) =>
            new NumberFormat(l, { style: 'unit', unit }).formatToParts(2).find((p) => p.type === 'unit')
              ?.value,
        ),
      ),
    ];
    Intl.NumberFormat = function () {
      built++;
      throw new Error('built an Intl.NumberFormat');
    } as unknown as typeof NumberFormat;
    Intl.DateTimeFormat = function () {
      built++;
      throw new Error('built an Intl.DateTimeFormat');
    } as unknown as typeof DateTimeFormat;
    try {
      const actual = [
        ...FAST_LOCALES.flatMap((l) =>
          [...NUMBER_OPTIONS, ...UNIT_OPTIONS].flatMap((o) =>
            numbers.map((v) => numberFormat(l, o).format(v)),
          ),
        ),
        ...FAST_LOCALES.flatMap((l) =>
          DATE_OPTIONS.flatMap((o) => dates.map((d) => dateFormat(l, o).format(d))),
        ),
        ...FAST_LOCALES.flatMap((l) => UNITS.map((unit) => unitName(unit, l))),
      ];
      expect(actual).to.deep.equal(expected);
    } finally {
      Intl.NumberFormat = NumberFormat;
      Intl.DateTimeFormat = DateTimeFormat;
    }
    expect(built).to.equal(0);
  });
});
