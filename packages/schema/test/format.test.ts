// Messages in the reader's language: every error worded in Italian on Italian pages, with a hint
// where one can be told (a close name, a number or a date written as JSON wants it).
import { describe, expect, it } from 'vitest';
import {
  type ValidationError,
  formatError,
  messageLanguage,
  problemCount,
  validateReport,
} from '../src/index.js';
import { readFixture } from './load.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function firstError(change: (doc: Json) => void): ValidationError {
  const doc: Json = readFixture('minimal.json');
  change(doc);
  const [error] = validateReport(doc).errors;
  if (!error) throw new Error('expected an error');
  return error;
}

const both = (error: ValidationError) => ({ it: formatError(error, 'it-IT'), en: formatError(error, 'en') });

describe('messageLanguage', () => {
  it('is Italian for Italian locales and tags, English for any other', () => {
    for (const locale of ['it', 'it-IT', 'IT-it', 'it_IT.UTF-8', 'it_CH', 'it@euro'])
      expect(messageLanguage(locale), locale).toBe('it');
    for (const locale of ['en', 'en-GB', 'de-DE', 'C', 'POSIX', '', undefined, 'ita', 'item'])
      expect(messageLanguage(locale), String(locale)).toBe('en');
  });
});

describe('formatError', () => {
  it("words the issue's example in Italian with its did-you-mean", () => {
    const error = firstError((d) => {
      d.datasets.sla.items[1].mesured = d.datasets.sla.items[1].measured;
      delete d.datasets.sla.items[1].measured;
    });
    expect(both(error)).toEqual({
      it: 'campo sconosciuto "mesured"; forse intendevi "measured"?',
      en: 'unknown field "mesured"; did you mean "measured"?',
    });
  });

  it('tells how to write a number typed the Italian way', () => {
    const cases: [string, string][] = [
      ['98,5', '98.5'],
      ['1.234,5', '1234.5'],
      ['35,9%', '35.9'],
      ['11.240.255,77 €', '11240255.77'],
      ['−1,5', '-1.5'],
      ['114.877', '114877'],
    ];
    for (const [typed, json] of cases) {
      const error = firstError((d) => (d.datasets.services.value = typed));
      expect(both(error), typed).toEqual({
        it: `deve essere un numero, non il testo "${typed}"; scrivi ${json}, non "${typed}"`,
        en: `must be a number, not the text "${typed}"; write ${json}, not "${typed}"`,
      });
    }
  });

  it('tells to drop the quotes around a plain number, and to write null for a missing figure', () => {
    expect(
      formatError(
        firstError((d) => (d.datasets.services.value = '98.5')),
        'it',
      ),
    ).toBe('deve essere un numero, non il testo "98.5"; scrivi 98.5 senza virgolette');
    expect(
      formatError(
        firstError((d) => (d.datasets.tickets.rows[0].cells['level-1'] = '–')),
        'it',
      ),
    ).toBe(
      'deve essere un numero o null nella colonna di tipo count, non il testo "–"; scrivi null per un dato mancante',
    );
    expect(
      formatError(
        firstError((d) => (d.datasets.services.value = 'tanti')),
        'en',
      ),
    ).toBe('must be a number, not the text "tanti"');
    expect(
      formatError(
        firstError((d) => (d.datasets.services.value = '1e999')),
        'en',
      ),
    ).toBe('must be a number, not the text "1e999"');
  });

  it('tells how to write a date written day first', () => {
    expect(both(firstError((d) => (d.period.to = '31/12/2016')))).toEqual({
      it: 'deve essere una data scritta AAAA-MM-GG, non il testo "31/12/2016"; scrivi 2016-12-31, non "31/12/2016"',
      en: 'must be a date written YYYY-MM-DD, not the text "31/12/2016"; write 2016-12-31, not "31/12/2016"',
    });
  });

  it('agrees in number in Italian', () => {
    const cells = (count: number) =>
      formatError(
        firstError((d) => (d.datasets.deployment.cells[0] = Array(count).fill('online'))),
        'it',
      );
    expect(cells(1)).toBe('ha 1 cella, ma le colonne sono 2');
    expect(cells(3)).toBe('ha 3 celle, ma le colonne sono 2');
    expect(
      formatError(
        firstError((d) => d.datasets.deployment.cells.pop()),
        'it',
      ),
    ).toBe('ha 1 riga di celle, ma le righe sono 2');
  });

  it('words cross-field rules, the kind and the version in Italian', () => {
    expect(
      formatError(
        firstError((d) => (d.datasets.sla.items[0].status = 'breached')),
        'it',
      ),
    ).toBe('dice "breached", ma 99.92 rispetto a un obiettivo di almeno 99 è "met"');
    expect(
      formatError(
        firstError((d) => (d.datasets.devices.kind = 'pie')),
        'it',
      ),
    ).toBe('deve avere un "kind" tra kpi, sla, series, matrix, table, share, non il testo "pie"');
    expect(
      formatError(
        firstError((d) => (d.schemaVersion = '2.1')),
        'it',
      ),
    ).toBe(
      'schemaVersion 2.1 è più recente di quanto questa libreria conosca (1.x): aggiorna @cst/schema e @cst/widgets',
    );
    expect(
      formatError(
        firstError((d) => (d.datasets.deployment.cells[0][0] = 'onlien')),
        'it',
      ),
    ).toBe('stato sconosciuto "onlien" (stati: online, wip); forse intendevi "online"?');
  });

  it('keeps the English message of an error without a code, in any language', () => {
    const error = { path: '$', message: 'a partial update needs a document to apply to' };
    expect(formatError(error, 'it-IT')).toBe(error.message);
  });
});

describe('problemCount', () => {
  it('agrees in number: 1 problema, 2 problemi', () => {
    expect([1, 2, 4788].map((n) => problemCount(n, 'it-IT'))).toEqual([
      '1 problema',
      '2 problemi',
      '4.788 problemi',
    ]);
    expect([1, 2, 4788].map((n) => problemCount(n, 'en'))).toEqual([
      '1 problem',
      '2 problems',
      '4,788 problems',
    ]);
  });
});
