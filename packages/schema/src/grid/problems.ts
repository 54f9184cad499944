import { messageLanguage } from '../messages/language.js';
import type { GridProblem, GridProblemCode } from './types.js';

type Params = GridProblem['params'];
type Say = (p: Params) => string;

/** A spreadsheet's name for a column: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const cells = (n: unknown, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const WORDS: Record<GridProblemCode, { it: Say; en: Say }> = {
  empty: { it: () => 'la tabella non ha righe di dati', en: () => 'the table has no rows of figures' },
  'no-title': {
    it: () => 'manca il titolo: scrivi una <caption> nella tabella, o --title',
    en: () => 'no title: write a <caption> in the table, or --title',
  },
  'kpi-cells': {
    it: (p) => `un indicatore è una tabella di una cella, questa ne ha ${p.found}`,
    en: (p) => `an indicator is a table of one cell, this one has ${p.found}`,
  },
  'ragged-row': {
    it: (p) => `ha ${cells(p.found, 'cella', 'celle')}, ma le intestazioni sono ${p.expected}`,
    en: (p) => `has ${cells(p.found, 'cell', 'cells')}, but there are ${p.expected} headings`,
  },
  'missing-header': { it: () => 'manca l’intestazione della colonna', en: () => 'the column has no heading' },
  'missing-column': {
    it: (p) => `manca la colonna ${p.role} (intestazioni: ${p.headers})`,
    en: (p) => `no ${p.role} column (headings: ${p.headers})`,
  },
  'not-a-number': {
    it: (p) => `"${p.text}" non è un numero (per esempio 1.234,5 o 35,9%)`,
    en: (p) => `"${p.text}" is not a number (e.g. 1,234.5 or 35.9%)`,
  },
  'bad-x': {
    it: (p) => `"${p.text}" non è un anno, una data gg/mm/aaaa o una data ISO`,
    en: (p) => `"${p.text}" is not a year, a dd/mm/yyyy date or an ISO date`,
  },
  'mixed-x': {
    it: (p) =>
      `"${p.text}" è ${p.type === 'year' ? 'un anno' : 'una data'}, ma le righe sopra sono ${p.first === 'year' ? 'anni' : 'date'}`,
    en: (p) =>
      `"${p.text}" is a ${p.type === 'year' ? 'year' : 'date'}, but the rows above are ${p.first === 'year' ? 'years' : 'dates'}`,
  },
  'repeated-x': {
    it: (p) => `${p.text} compare già alla riga ${p.first}`,
    en: (p) => `${p.text} is already in row ${p.first}`,
  },
  'unknown-direction': {
    it: (p) =>
      `"${p.text}" non è un criterio: scrivi almeno, al massimo, o lascia vuoto per un obiettivo a parole`,
    en: (p) =>
      `"${p.text}" is not a direction: write at least, at most, or leave it empty for a target in words`,
  },
  'unknown-status': {
    it: (p) => `"${p.text}" non è uno stato: rispettato, a rischio, non rispettato o non rilevato`,
    en: (p) => `"${p.text}" is not a status: met, at risk, breached or not measured`,
  },
  'status-required': {
    it: (p) =>
      `"${p.text}" è scritto a parole: scrivi nella colonna Stato se è rispettato, a rischio, non rispettato o non rilevato`,
    en: (p) =>
      `"${p.text}" is written in words: write in the Status column whether it is met, at risk, breached or not measured`,
  },
  'unknown-type': {
    it: (p) => `"${p.text}" non è un tipo di colonna: text, count, decimal, currency, percent o delta`,
    en: (p) => `"${p.text}" is not a column type: text, count, decimal, currency, percent or delta`,
  },
};

/** Where a problem is, in words: "row 3, column B (Anno 2016)". */
function place(problem: GridProblem, italian: boolean): string {
  const { row, column, params } = problem;
  if (row === 0) return '';
  const at = italian ? `riga ${row}` : `row ${row}`;
  if (column === 0) return `${at}: `;
  const heading = params.header ? ` (${params.header})` : '';
  return `${at}, ${italian ? 'colonna' : 'column'} ${columnLetter(column)}${heading}: `;
}

export function gridProblem(
  row: number,
  column: number,
  code: GridProblemCode,
  params: Params = {},
): GridProblem {
  const problem: GridProblem = { row, column, code, params, message: '' };
  problem.message = place(problem, false) + WORDS[code].en(params);
  return problem;
}

/** A grid problem in the reader's language, with its place: "riga 3, colonna B (Anno 2016): …". */
export function formatGridProblem(problem: GridProblem, locale: string | undefined): string {
  const italian = messageLanguage(locale) === 'it';
  return place(problem, italian) + WORDS[problem.code][italian ? 'it' : 'en'](problem.params);
}
