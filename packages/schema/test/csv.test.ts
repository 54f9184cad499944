import { describe, expect, it } from 'vitest';
import { readCsv } from '../src/csv/index.js';

describe('readCsv', () => {
  it('recognises an Italian spreadsheet export: BOM, ";", CRLF, decimal comma, quoted cells', () => {
    const text =
      '\uFEFFEnte;Importo;Nota\r\n"Comune di Firenze; centro";8.826.771,98;"due\r\nrighe"\r\nFiesole;29.429,73;\r\n';
    expect(readCsv(text)).toEqual({
      grid: {
        header: ['Ente', 'Importo', 'Nota'],
        rows: [
          ['Comune di Firenze; centro', '8.826.771,98', 'due\r\nrighe'],
          ['Fiesole', '29.429,73', ''],
        ],
      },
      dialect: { separator: ';', numbers: 'it' },
    });
  });

  it('recognises plain CSV: "," and a decimal point', () => {
    expect(readCsv('Year,Active\n2015,12022.5\n2016,13584\n').dialect).toEqual({
      separator: ',',
      numbers: 'en',
    });
  });

  it('reads the numbers from the cells when the separator does not tell', () => {
    expect(readCsv('Anno;Quota\n2016;35.9\n').dialect.numbers).toBe('en');
    expect(readCsv('Anno;Quota\n2016;114.877\n').dialect.numbers).toBe('it');
    expect(readCsv('Anno,Quota\n2016,"35,9"\n').dialect.numbers).toBe('it');
    expect(readCsv('Anno\tQuota\n2016\t35,9%\n').dialect).toEqual({ separator: '\t', numbers: 'it' });
  });

  it('takes the dialect it is given', () => {
    expect(readCsv('a;b\n1,5;2\n', { separator: ',', numbers: 'en' }).grid).toEqual({
      header: ['a;b'],
      rows: [['1', '5;2']],
    });
  });
});
