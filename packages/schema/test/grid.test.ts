// A grid of text cells (a CSV file, an HTML <table>) to a dataset: numbers and dates read as the
// text's language writes them, problems named by row and column.
import { describe, expect, it } from 'vitest';
import {
  type Grid,
  type GridOptions,
  type GridProblem,
  columnLetter,
  formatGridProblem,
  gridToDataset,
  parseColumns,
  readNumber,
  readX,
} from '../src/grid/index.js';
import { validateDataset } from '../src/index.js';

const grid = (header: string[], ...rows: string[][]): Grid => ({ header, rows });

function dataset<K extends GridOptions['kind']>(
  g: Grid,
  options: Omit<GridOptions<K>, 'numbers'> & { numbers?: 'it' | 'en' },
) {
  const result = gridToDataset(g, { numbers: 'it', title: 'Titolo', ...options } as GridOptions<K>);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  expect(validateDataset(result.dataset).errors).toEqual([]);
  return result.dataset;
}

function problems(g: Grid, options: Partial<GridOptions> & Pick<GridOptions, 'kind'>): GridProblem[] {
  const result = gridToDataset(g, { numbers: 'it', title: 'Titolo', ...options });
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('readNumber', () => {
  it('reads numbers as Italian texts write them', () => {
    const value = (text: string) => readNumber(text, 'it')?.value;
    expect(value('114.877')).toBe(114877);
    expect(value('1.234,5')).toBe(1234.5);
    expect(value('11.240.255,77 €')).toBe(11240255.77);
    expect(value('€ 1.234,50')).toBe(1234.5);
    expect(value('−1,5')).toBe(-1.5);
    expect(value('-18')).toBe(-18);
    expect(value('11 240 255,77')).toBe(11240255.77);
    expect(value('1234.5')).toBe(1234.5); // cannot be thousands: a decimal point
    expect(readNumber('35,9%', 'it')).toEqual({
      value: 35.9,
      percent: true,
      currency: false,
      plus: false,
      decimals: 1,
    });
    expect(readNumber('+26,4%', 'it')).toMatchObject({ value: 26.4, plus: true });
  });

  it('reads plain numbers in English', () => {
    expect(readNumber('1234.5', 'en')?.value).toBe(1234.5);
    expect(readNumber('1,234.5', 'en')?.value).toBe(1234.5);
    expect(readNumber('1.234', 'en')?.value).toBe(1.234);
    expect(readNumber('1,5', 'en')).toBeUndefined();
  });

  it('reads a dash, "n.d." or nothing as no figure, and words as no number', () => {
    for (const none of ['', ' ', '-', '–', '—', 'n.d.', 'N/D', 'n.a.'])
      expect(readNumber(none, 'it'), none).toBeNull();
    for (const text of ['dieci', '12,5,3', '1.23.4', '€', '%', '1.2345,6'])
      expect(readNumber(text, 'it'), text).toBeUndefined();
  });
});

describe('readX', () => {
  it('reads years, Italian dates and ISO dates and instants', () => {
    expect(readX('2016')).toEqual({ type: 'year', x: 2016 });
    expect(readX('31/12/2016')).toEqual({ type: 'date', x: '2016-12-31' });
    expect(readX('1/3/2016')).toEqual({ type: 'date', x: '2016-03-01' });
    expect(readX('2016-12-31')).toEqual({ type: 'date', x: '2016-12-31' });
    expect(readX('2016-12-31T18:00:00+01:00')).toEqual({ type: 'datetime', x: '2016-12-31T18:00:00+01:00' });
    for (const bad of ['31/02/2016', '12/31/2016', '2016-02-30', 'ieri', '16'])
      expect(readX(bad), bad).toBeUndefined();
  });
});

describe('readX: dates with a time (Europe/Rome)', () => {
  it('reads a time written without an offset at the clock time of this time zone, summer or winter', () => {
    expect(readX('12/03/2017 14:05')).toEqual({ type: 'datetime', x: '2017-03-12T14:05:00+01:00' });
    expect(readX('1.7.2017 9.30.15')).toEqual({ type: 'datetime', x: '2017-07-01T09:30:15+02:00' });
    expect(readX('2017-07-01T09:30')).toEqual({ type: 'datetime', x: '2017-07-01T09:30:00+02:00' });
    expect(readX('2017-07-01 09:30:15')).toEqual({ type: 'datetime', x: '2017-07-01T09:30:15+02:00' });
  });

  it('writes what the schema wants: seconds added to an instant written without them', () => {
    expect(readX('2017-03-12T14:05+01:00')).toEqual({ type: 'datetime', x: '2017-03-12T14:05:00+01:00' });
    expect(readX('2017-03-12T14:05Z')).toEqual({ type: 'datetime', x: '2017-03-12T14:05:00Z' });
    for (const bad of ['12/03/2017 24:05', '31/02/2017 10:00', '2017-03-12T14:65', '12/03/2017 ore 14'])
      expect(readX(bad), bad).toBeUndefined();
  });
});

describe('parseColumns and columns.pick', () => {
  it('reads a mapping written as one line: headings in order, a role where one is named', () => {
    expect(parseColumns(' Anno ; Credenziali attive;')).toEqual({
      pick: ['Anno', 'Credenziali attive'],
      roles: {},
    });
    expect(parseColumns('label=Dispositivo; value = Quota %; a=b')).toEqual({
      pick: ['Dispositivo', 'Quota %', 'a=b'],
      roles: { label: 'Dispositivo', value: 'Quota %' },
    });
  });

  it('reads only the columns picked, in that order, and names problems by the file’s own columns', () => {
    const file = grid(['Note', 'Attive', 'Anno'], ['prima', '12.022', '2015'], ['', '13.584', '2016']);
    const picked = dataset(file, { kind: 'series', columns: parseColumns('Anno; Attive') });
    expect(picked.series.map((s) => [s.label, s.points])).toEqual([
      [
        'Attive',
        [
          [2015, 12022],
          [2016, 13584],
        ],
      ],
    ]);
    const broken = grid(['Note', 'Attive', 'Anno'], ['', 'dodici', '2015']);
    const found = problems(broken, { kind: 'series', columns: parseColumns('Anno; Attive') });
    expect(found.map((p) => formatGridProblem(p, 'it'))).toEqual([
      'riga 2, colonna B (Attive): "dodici" non è un numero (per esempio 1.234,5 o 35,9%)',
    ]);
    expect(
      problems(file, { kind: 'series', columns: parseColumns('Anno; Cessate') }).map((p) => p.message),
    ).toEqual(['no "Cessate" column (headings: Note, Attive, Anno)']);
  });
});

describe('gridToDataset: series', () => {
  it('makes a series of each column beside x, sorted by x, with gaps inside and no points outside', () => {
    const result = dataset(
      grid(
        ['Giorno', 'Accessi', 'di cui da mobile'],
        ['02/01/2017', '1.200', '–'],
        ['01/01/2017', '1.000', ''],
        ['03/01/2017', '', '310'],
        ['04/01/2017', '1.500,5', '400'],
      ),
      { kind: 'series' },
    );
    expect(result).toEqual({
      kind: 'series',
      title: 'Titolo',
      x: { type: 'date', label: 'Giorno' },
      series: [
        {
          id: 'accessi',
          label: 'Accessi',
          // Written with up to one decimal (1.500,5): shown so.
          format: { style: 'decimal', maximumFractionDigits: 1 },
          points: [
            ['2017-01-01', 1000],
            ['2017-01-02', 1200],
            ['2017-01-03', null],
            ['2017-01-04', 1500.5],
          ],
        },
        {
          id: 'di-cui-da-mobile',
          label: 'di cui da mobile',
          points: [
            ['2017-01-03', 310],
            ['2017-01-04', 400],
          ],
        },
      ],
    });
  });

  it('takes the x column the mapping names, and a percent format when every figure says %', () => {
    const result = dataset(grid(['Quota', 'Anno'], ['35,9%', '2015'], ['40%', '2016']), {
      kind: 'series',
      columns: { roles: { x: 'Anno' } },
    });
    expect(result.series).toEqual([
      {
        id: 'quota',
        label: 'Quota',
        format: { style: 'percent', maximumFractionDigits: 1 },
        points: [
          [2015, 35.9],
          [2016, 40],
        ],
      },
    ]);
  });

  it('names the row and column of every cell it cannot read', () => {
    const found = problems(
      grid(['Anno', 'Attive'], ['2015', '12,5,3'], ['31/12/2016', '4'], ['2015', '1'], ['ieri', '2']),
      {
        kind: 'series',
      },
    );
    expect(found.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 1, 'mixed-x'],
      [5, 1, 'bad-x'],
      [4, 1, 'repeated-x'],
      [2, 2, 'not-a-number'],
    ]);
    expect(found.map((p) => formatGridProblem(p, 'it-IT'))).toEqual([
      'riga 3, colonna A (Anno): "31/12/2016" è una data, ma le righe sopra sono anni',
      'riga 5, colonna A (Anno): "ieri" non è un anno, una data gg/mm/aaaa o una data ISO',
      'riga 4, colonna A (Anno): 2015 compare già alla riga 2',
      'riga 2, colonna B (Attive): "12,5,3" non è un numero (per esempio 1.234,5 o 35,9%)',
    ]);
    expect(found[3]!.message).toBe(
      'row 2, column B (Attive): "12,5,3" is not a number (e.g. 1,234.5 or 35.9%)',
    );
  });
});

describe('gridToDataset: table', () => {
  it('takes a word among figures for a mistake to name, not for a column of words; decimals as written', () => {
    const found = problems(
      grid(['Servizio', 'Pagamenti'], ['Mensa', '1.234'], ['Scuolabus', '98.765'], ['Trasporto', 'molti']),
      { kind: 'table' },
    );
    expect(found.map((p) => [p.row, p.column, p.code])).toEqual([[4, 2, 'not-a-number']]);
    const words = dataset(grid(['Servizio', 'Nota'], ['Mensa', '12'], ['Trasporto', 'da verificare']), {
      kind: 'table',
    });
    expect(words.columns.map((c) => c.type)).toEqual(['text', 'text']);
    const shares = dataset(
      grid(['Stato', 'Quota'], ['Chiusi', '93,5%'], ['Aperti', '6,5%'], ['Sospesi', '0%']),
      {
        kind: 'table',
      },
    );
    expect(shares.columns[1]).toEqual({
      id: 'quota',
      label: 'Quota',
      type: 'percent',
      format: { style: 'percent', maximumFractionDigits: 1 },
    });
  });

  it('reads a column of as many words as figures as words, but for a chart (needsFigures) names each word', () => {
    const payments = grid(
      ['Servizio', 'Pagamenti'],
      ['Mensa', '1.234'],
      ['Scuolabus', '98.765'],
      ['Trasporto', 'molti'],
      ['Taxi', 'tanti'],
    );
    expect(dataset(payments, { kind: 'table' }).columns.map((c) => c.type)).toEqual(['text', 'text']);
    const found = problems(payments, { kind: 'table', needsFigures: true });
    expect(found.map((p) => [p.row, p.column, p.code])).toEqual([
      [4, 2, 'not-a-number'],
      [5, 2, 'not-a-number'],
    ]);
    expect(formatGridProblem(found[0]!, 'it')).toBe(
      'riga 4, colonna B (Pagamenti): "molti" non è un numero (per esempio 1.234,5 o 35,9%)',
    );
    const fewer = grid(
      ['Servizio', 'Pagamenti'],
      ['Mensa', '1.234,5 €'],
      ['Trasporto', 'molti'],
      ['Taxi', 'tanti'],
    );
    expect(problems(fewer, { kind: 'table', needsFigures: true }).map((p) => p.row)).toEqual([3, 4]);
  });

  it('for a chart, reads as figures only columns that hold a figure, and only when none reads as figures', () => {
    const withNote = grid(
      ['Servizio', 'Nota', 'Pagamenti'],
      ['Mensa', 'da verificare', '1.234'],
      ['Trasporto', 'in aumento', 'molti'],
    );
    expect(
      problems(withNote, { kind: 'table', needsFigures: true }).map((p) => formatGridProblem(p, 'en')),
    ).toEqual(['row 3, column C (Pagamenti): "molti" is not a number (e.g. 1,234.5 or 35.9%)']);
    const twoYears = grid(['Servizio', '2015', '2016'], ['Mensa', '10', '12'], ['Trasporto', '8', 'molti']);
    const drawn = dataset(twoYears, { kind: 'table', needsFigures: true });
    expect(drawn.columns.map((c) => c.type)).toEqual(['text', 'count', 'text']);
    const asText = dataset(withNote, {
      kind: 'table',
      needsFigures: true,
      columns: { types: { Pagamenti: 'text' } },
    });
    expect(asText.columns.map((c) => c.type)).toEqual(['text', 'text', 'text']);
    const words = dataset(grid(['Servizio', 'Nota'], ['Mensa', 'da verificare']), {
      kind: 'table',
      needsFigures: true,
    });
    expect(words.columns.map((c) => c.type)).toEqual(['text', 'text']);
  });

  it('infers each column type: text, count, decimal, currency, percent, delta', () => {
    const result = dataset(
      grid(
        ['Ente', 'Operazioni', 'Media', 'Importo', 'Quota', 'Var.', 'Andamento'],
        ['Firenze', '91.920', '12,5', '8.826.771,98 €', '80,1%', '+19%', '-1'],
        ['Fiesole', '426', '3', '29.429,73 €', '0,4%', '-5%', '+3'],
      ),
      { kind: 'table' },
    );
    expect(result.columns.map((c) => c.type)).toEqual([
      'text',
      'count',
      'decimal',
      'currency',
      'percent',
      'delta',
      'delta',
    ]);
    expect(result.rows[0]).toEqual({
      cells: {
        ente: 'Firenze',
        operazioni: 91920,
        media: 12.5,
        importo: 8826771.98,
        quota: 80.1,
        var: 19,
        andamento: -1,
      },
    });
  });

  it('reads groups, their subtotals and the total', () => {
    const result = dataset(
      grid(
        ['Categoria', '2015', '2016'],
        ['SOL', '', ''],
        ['Demografici', '10', '20'],
        ['Fiscali', '5', '–'],
        ['Totale SOL', '15', '20'],
        ['Albo', '1', '2'],
        ['Totale', '16', '22'],
      ),
      { kind: 'table' },
    );
    expect(result).toMatchObject({
      groups: [
        { id: 'sol', label: 'SOL', subtotal: { label: 'Totale SOL', cells: { '2015': 15, '2016': 20 } } },
      ],
      rows: [
        { group: 'sol', cells: { categoria: 'Demografici', '2015': 10, '2016': 20 } },
        { group: 'sol', cells: { categoria: 'Fiscali', '2015': 5, '2016': null } },
        { cells: { categoria: 'Albo', '2015': 1, '2016': 2 } },
      ],
      total: { label: 'Totale', cells: { '2015': 16, '2016': 22 } },
    });
  });

  it('takes a column type from the mapping, and refuses one that is not a type', () => {
    const g = grid(['Voce', 'Importo'], ['Multe', '1.234,5']);
    expect(dataset(g, { kind: 'table', columns: { types: { Importo: 'currency' } } }).columns[1]!.type).toBe(
      'currency',
    );
    const [wrong] = problems(g, { kind: 'table', columns: { types: { Importo: 'euro' as 'currency' } } });
    expect(formatGridProblem(wrong!, 'it')).toBe(
      'riga 1, colonna B (Importo): "euro" non è un tipo di colonna: text, count, decimal, currency, percent o delta',
    );
  });

  it('names a row longer than the header, a heading that is missing, and a table with no rows', () => {
    expect(
      problems(grid(['Voce', ''], ['Multe', '1', '2']), { kind: 'table' }).map((p) =>
        formatGridProblem(p, 'it'),
      ),
    ).toEqual([
      'riga 2: ha 3 celle, ma le intestazioni sono 2',
      'riga 1, colonna B: manca l’intestazione della colonna',
    ]);
    expect(
      problems(grid(['Voce', 'Importo']), { kind: 'table' }).map((p) => formatGridProblem(p, 'en')),
    ).toEqual(['the table has no rows of figures']);
  });
});

describe('gridToDataset: kpi, share, sla', () => {
  it('reads a KPI from a one-cell table, titled by its heading', () => {
    expect(dataset(grid(['Uptime'], ['99,92%']), { kind: 'kpi', title: undefined })).toEqual({
      kind: 'kpi',
      title: 'Uptime',
      value: 99.92,
      format: { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 },
    });
    expect(
      problems(grid(['A', 'B'], ['1', '2']), { kind: 'kpi' }).map((p) => formatGridProblem(p, 'it')),
    ).toEqual(['un indicatore è una tabella di una cella, questa ne ha 2']);
  });

  it('reads parts of a whole from a label and a value column', () => {
    expect(
      dataset(grid(['Dispositivo', 'Quota %'], ['Desktop', '70,2'], ['Smartphone e tablet', '29,8']), {
        kind: 'share',
      }),
    ).toEqual({
      kind: 'share',
      title: 'Titolo',
      format: { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 },
      parts: [
        { id: 'desktop', label: 'Desktop', value: 70.2 },
        { id: 'smartphone-e-tablet', label: 'Smartphone e tablet', value: 29.8 },
      ],
    });
  });

  it('names each word among a share’s, a series’ or a KPI’s figures, however many words there are', () => {
    const at = (g: Grid, kind: GridOptions['kind']) =>
      problems(g, { kind }).map((p) => [p.row, p.column, p.code]);
    expect(at(grid(['Dispositivo', 'Quota'], ['Desktop', '70,2%'], ['Tablet', 'molti']), 'share')).toEqual([
      [3, 2, 'not-a-number'],
    ]);
    expect(
      at(grid(['Anno', 'Attive'], ['2015', '12.022'], ['2016', 'tante'], ['2017', 'molte']), 'series'),
    ).toEqual([
      [3, 2, 'not-a-number'],
      [4, 2, 'not-a-number'],
    ]);
    expect(at(grid(['Utenti'], ['molti']), 'kpi')).toEqual([[2, 1, 'not-a-number']]);
  });

  it('reads SLA items by their headings, in English too, keeping status only where it cannot be computed', () => {
    const result = dataset(
      grid(
        ['Code', 'Description', 'Direction', 'Target', 'Measured', 'Unit', 'Status'],
        ['SLA.1', 'Uptime', 'at least', '99', '99.92', '%', 'met'],
        ['SLA.2', 'Answer', '', 'within 1 hour', 'No significant deviation', '', 'met'],
        ['SLA.3', 'Response', 'at most', '7', '6', 'ms', 'at risk'],
      ),
      { kind: 'sla', numbers: 'en' },
    );
    expect(result.items).toEqual([
      {
        code: 'SLA.1',
        label: 'Uptime',
        target: { direction: 'at-least', value: 99, format: { style: 'percent', maximumFractionDigits: 2 } },
        measured: { value: 99.92 },
      },
      {
        code: 'SLA.2',
        label: 'Answer',
        target: { direction: 'text', text: 'within 1 hour' },
        measured: { text: 'No significant deviation' },
        status: 'met',
      },
      {
        code: 'SLA.3',
        label: 'Response',
        target: { direction: 'at-most', value: 7, format: { style: 'unit', unit: 'millisecond' } },
        measured: { value: 6 },
        status: 'at-risk',
      },
    ]);
  });

  it('asks for the status of an SLA in words where the reader writes it, instead of failing on a JSON path', () => {
    const said = (g: Grid, locale: string) =>
      problems(g, { kind: 'sla' }).map((p) => formatGridProblem(p, locale));
    const inWords = grid(
      ['Codice', 'SLA', 'Atteso', 'Rilevato', 'Stato'],
      ['SLA.6', 'Presa in carico', 'entro 1h lavorativa', 'Nessuno scostamento', 'rispettato'],
      ['SLA.7', 'Risposta', 'entro 6h lavorative', 'Nessuno scostamento', ''],
    );
    expect(said(inWords, 'it')).toEqual([
      'riga 3, colonna E (Stato): "entro 6h lavorative" è scritto a parole: scrivi nella colonna Stato se è rispettato, a rischio, non rispettato o non rilevato',
    ]);
    const noStatusColumn = grid(
      ['Codice', 'SLA', 'Criterio', 'Atteso', 'Rilevato'],
      ['SLA.1', 'Uptime', 'almeno', '99', '99,5'],
      ['SLA.2', 'Uptime', 'almeno', '99', 'non pervenuto'],
    );
    expect(said(noStatusColumn, 'en')).toEqual([
      'row 3, column E (Rilevato): "non pervenuto" is written in words: write in the Status column whether it is met, at risk, breached or not measured',
    ]);
  });

  it('names an SLA column that is missing and a direction or status it does not know', () => {
    expect(
      problems(grid(['Codice', 'Rilevato'], ['SLA.1', '99']), { kind: 'sla' }).map((p) =>
        formatGridProblem(p, 'it'),
      ),
    ).toEqual([
      'manca la colonna label (intestazioni: Codice, Rilevato)',
      'manca la colonna target (intestazioni: Codice, Rilevato)',
    ]);
    const found = problems(
      grid(['Codice', 'SLA', 'Criterio', 'Atteso', 'Stato'], ['SLA.1', 'Uptime', 'più di', '99', 'ok']),
      { kind: 'sla' },
    );
    expect(found.map((p) => formatGridProblem(p, 'it'))).toEqual([
      'riga 2, colonna C (Criterio): "più di" non è un criterio: scrivi almeno, al massimo, o lascia vuoto per un obiettivo a parole',
      'riga 2, colonna E (Stato): "ok" non è uno stato: rispettato, a rischio, non rispettato o non rilevato',
    ]);
  });
});

it('reads a file of 200.000 rows, keeping the decimals they were written with', () => {
  const rows = Array.from({ length: 200_000 }, (_, i) => [`Voce ${i}`, `${i % 1000},${i % 10}`]);
  const table = dataset({ header: ['Voce', 'Valore'], rows }, { kind: 'table' });
  expect(table.rows).toHaveLength(200_000);
  expect(table.columns[1]!.format).toEqual({
    style: 'decimal',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
});

it('names columns as spreadsheets do', () => {
  expect([1, 2, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AZ', 'AAA']);
});
