import { kpiKind, slaKind } from '@cst/schema';
import { gridToDataset } from '@cst/schema/grid';
import { describe, expect, it } from 'vitest';
import focus from '../../../schema/fixtures/focus-2016.json';
import { parseBody } from '../source/parse.js';
import { Payload } from '../source/payload.js';
import type { DataProblem } from '../source/problems.js';
import { wordProblem } from './problem-message.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- a fixture broken field by field */
/** The Focus 2016 report, to break: plain JSON. */
const report = () =>
  structuredClone(focus) as unknown as { [field: string]: any; datasets: Record<string, any> };
/* eslint-enable @typescript-eslint/no-explicit-any */

function problemOf(result: { ok: true } | { ok: false; problem: DataProblem }): DataProblem {
  if (result.ok) throw new Error('expected a problem');
  return result.problem;
}

/** The message in Italian and in English. */
const words = (problem: DataProblem) => [
  wordProblem(problem, 'it-IT').message,
  wordProblem(problem, 'en-GB').message,
];

describe('wordProblem(problem, locale)', () => {
  it('names the JSON path of a schema problem and carries the did-you-mean, in the page’s language', () => {
    const doc = report();
    const item = doc.datasets.sla.items[1];
    item.mesured = item.measured;
    delete item.measured;
    expect(words(problemOf(new Payload(doc).resolve('sla', [slaKind])))).toEqual([
      'Il documento dei dati non è valido. In $.datasets.sla.items[1].mesured: campo sconosciuto "mesured"; forse intendevi "measured"?',
      'The data document is not valid. At $.datasets.sla.items[1].mesured: unknown field "mesured"; did you mean "measured"?',
    ]);
  });

  it('tells how to write a number typed the Italian way, and counts the problems when there are more', () => {
    const doc = report();
    doc.datasets.sla.items[0].measured.value = '99,92';
    doc.datasets.sla.items[2].measured.value = '7 ms';
    expect(words(problemOf(new Payload(doc).resolve('sla', [slaKind])))).toEqual([
      'Il documento dei dati non è valido (2 problemi). In $.datasets.sla.items[0].measured.value: deve essere un numero, non il testo "99,92"; scrivi 99.92, non "99,92"',
      'The data document is not valid (2 problems). At $.datasets.sla.items[0].measured.value: must be a number, not the text "99,92"; write 99.92, not "99,92"',
    ]);
  });

  it('tells a mistyped field before the missing field it causes', () => {
    const problem = problemOf(
      new Payload({ kind: 'kpi', title: 'Servizi attivi', valeu: 356 }).resolve('', [kpiKind]),
    );
    expect(problem.errors!.map((e) => e.code)).toEqual(['missing-field', 'unknown-field']);
    expect(words(problem)).toEqual([
      'Il documento dei dati non è valido (2 problemi). In $.valeu: campo sconosciuto "valeu"; forse intendevi "value"?',
      'The data document is not valid (2 problems). At $.valeu: unknown field "valeu"; did you mean "value"?',
    ]);
  });

  it('points at the line and column where a text stops being JSON, with the likely cause', () => {
    const problem = problemOf(parseBody('{\n  "kind": "kpi",\n  "value": 98,5\n}'));
    expect(words(problem)).toEqual([
      'I dati non sono in formato JSON valido: carattere inatteso "5" alla riga 3, colonna 15 (atteso: un nome di campo tra virgolette doppie); in JSON i decimali si scrivono con il punto: 98.5, non 98,5',
      'The data is not valid JSON: unexpected character "5" at line 3, column 15 (expected a property name in double quotes); JSON writes decimals with a point: 98.5, not 98,5',
    ]);
    expect(wordProblem(problem, 'it').syntax).toMatchObject({ line: 3, column: 15 });
  });

  it('suggests the dataset meant, or lists the ones there are', () => {
    expect(words(problemOf(new Payload(focus).resolve('slaa', [slaKind])))).toEqual([
      'Il documento non contiene il dataset «slaa»: forse intendevi «sla»?',
      'The document has no dataset “slaa”: did you mean “sla”?',
    ]);
    const small = { ...report(), datasets: { sla: focus.datasets.sla, tickets: focus.datasets.tickets } };
    expect(words(problemOf(new Payload(small).resolve('zzz', [slaKind])))).toEqual([
      'Il documento non contiene il dataset «zzz» (contiene: sla, tickets).',
      'The document has no dataset “zzz” (it has: sla, tickets).',
    ]);
    expect(words(problemOf(new Payload(small).resolve(undefined, [slaKind])))[0]).toBe(
      'Indica quale dataset mostrare con l’attributo dataset (il documento contiene: sla, tickets).',
    );
  });

  it('names the element that shows a dataset of another kind', () => {
    expect(words(problemOf(new Payload(focus).resolve('sla', [kpiKind])))).toEqual([
      'Il dataset «sla» è di tipo «sla», ma questo elemento mostra: kpi. Per il tipo «sla» usa <cst-sla-table>.',
      'Dataset “sla” is of kind “sla”, but this element shows: kpi. For kind “sla” use <cst-sla-table>.',
    ]);
  });

  it('knows a document too new for this library by its code, and says what to update', () => {
    const problem = problemOf(new Payload({ ...report(), schemaVersion: '2.0' }).resolve('sla', [slaKind]));
    expect(problem.code).toBe('unsupported-version');
    expect(words(problem)).toEqual([
      'Il documento usa la versione 2.0 dello schema, più recente di quelle che questa libreria conosce (1.x): aggiorna @cst/widgets.',
      'The document uses schema version 2.0, newer than this library knows (1.x): update @cst/widgets.',
    ]);
  });

  it('words the source’s problems with their values', () => {
    expect(words({ code: 'http', params: { status: 404 } })).toEqual([
      'Il server ha risposto con un errore (404).',
      'The server answered with an error (404).',
    ]);
  });
});

describe('wordProblem for a web page where the data should be', () => {
  it('says a page arrived, not where the JSON broke', () => {
    const problem = problemOf(parseBody('<!doctype html><title>Pagina non trovata</title>', 'text/html'));
    expect(words(problem)).toEqual([
      'Al posto dei dati è arrivata una pagina web (HTML): controlla l’indirizzo dei dati, e che il file sia pubblicato lì.',
      'A web page (HTML) arrived instead of the data: check the data’s address, and that the file is published there.',
    ]);
  });
});

describe('wordProblem for a table or CSV file', () => {
  it('names the row and column, with the heading, as a spreadsheet numbers them', () => {
    const result = gridToDataset(
      {
        header: ['Anno', 'Credenziali attive', 'di cui CNS'],
        rows: [
          ['2015', '12.022', '2.236'],
          ['2016', 'molti', '2.838'],
          ['2017', '13.000', 'tante'],
        ],
        caption: 'Credenziali',
      },
      { kind: 'series', numbers: 'it' },
    );
    const grid = result.problems;
    expect(words({ code: 'invalid-table', cells: grid })).toEqual([
      'Tabella dei dati da correggere (2 problemi). Il primo: riga 3, colonna B (Credenziali attive): "molti" non è un numero (per esempio 1.234,5 o 35,9%)',
      'The data table needs fixing (2 problems). The first: row 3, column B (Credenziali attive): "molti" is not a number (e.g. 1,234.5 or 35.9%)',
    ]);
    expect(words({ code: 'invalid-csv', cells: grid.slice(1) })[0]).toBe(
      'File CSV dei dati da correggere: riga 4, colonna C (di cui CNS): "tante" non è un numero (per esempio 1.234,5 o 35,9%)',
    );
  });
});
