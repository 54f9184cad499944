import { describe, expect, it } from 'vitest';
import { csvFileName, toCsv } from './csv.js';

describe('toCsv(rows, locale)', () => {
  it('writes the Italian dialect: semicolons, decimal commas, BOM, CRLF', () => {
    expect(
      toCsv(
        [
          ['Ente', 'Importo'],
          ['Comune di Firenze', 8876647.56],
        ],
        'it-IT',
      ),
    ).toBe('\uFEFFEnte;Importo\r\nComune di Firenze;8876647,56\r\n');
  });
  it('writes the English dialect with commas and points', () => {
    expect(toCsv([['a', 1.5]], 'en-GB')).toBe('\uFEFFa,1.5\r\n');
  });
  it('quotes separators, quotes and line breaks', () => {
    expect(toCsv([['a;b', 'say "hi"', 'x\ny']], 'it-IT')).toBe('\uFEFF"a;b";"say ""hi""";"x\ny"\r\n');
  });
  it('defuses text that a spreadsheet would run as a formula: = + @ (OWASP)', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1', '@SUM(A1)', -5]], 'it-IT')).toBe(
      '\uFEFF"\'=HYPERLINK(""x"")";\'+1;\'@SUM(A1);-5\r\n',
    );
  });
  it('defuses text starting with a minus, which a spreadsheet also runs (-2+3+cmd|…)', () => {
    expect(toCsv([["-2+3+cmd|' /C calc'!A0", 'a-b']], 'en')).toBe("\uFEFF'-2+3+cmd|' /C calc'!A0,a-b\r\n");
  });
  it('defuses text starting with a tab or a carriage return, and keeps negative numbers numbers', () => {
    expect(toCsv([['\t=1+1', '\r=1+1', -0.5]], 'it-IT')).toBe('\uFEFF\'\t=1+1;"\'\r=1+1";-0,5\r\n');
  });
  it('writes empty cells for null and non-finite numbers', () => {
    expect(toCsv([[null, undefined, Number.NaN]], 'it-IT')).toBe('\uFEFF;;\r\n');
  });
});

describe('csvFileName(title)', () => {
  it('makes a safe, readable file name', () => {
    expect(csvFileName('Utilizzo per categoria: 2016 / 2015')).toBe('utilizzo-per-categoria-2016-2015.csv');
    expect(csvFileName('Città')).toBe('citta.csv');
    expect(csvFileName('<>')).toBe('dati.csv');
  });
});
