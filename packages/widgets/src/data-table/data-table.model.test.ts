import type { ReportDocument, TableDataset } from '@cst/schema';
import { describe, expect, it } from 'vitest';
import focus from '../../../schema/fixtures/focus-2016.json' with { type: 'json' };
import { toCsv } from '../core/csv.js';
import { dataTableCsv } from './data-table.csv.js';
import { type TableModel, dataTableModel, formatDelta } from './data-table.model.js';

const doc = focus as unknown as ReportDocument;
const table = (id: string) => doc.datasets[id] as TableDataset;

/** Every line as the texts of its cells, as a reader sees them. */
function lines(model: TableModel): string[][] {
  return [
    ...model.sections.flatMap((s) => [
      ...(s.group ? [[s.group]] : []),
      ...s.rows.map((r) => r.cells.map((c) => c.text.replace(/\u00a0/g, ' '))),
    ]),
    ...(model.total ? [model.total.cells.map((c) => c.text.replace(/\u00a0/g, ' '))] : []),
  ];
}

describe('dataTableModel on the Focus 2016 tables', () => {
  it('reproduces the tickets table, "-" where the seed has no figure, totals computed or stated', () => {
    const rows = lines(dataTableModel(table('tickets'), 'it-IT'));
    expect(rows).toEqual([
      ['aperto', '-', '2', '2'],
      ['chiuso non di competenza', '304', '59', '363'],
      ['nuovo', '-', '1', '1'],
      ['risolto', '2.383', '2.039', '4.422'],
      ['Totali', '2.687', '2.101', '4.788'],
    ]);
  });

  it('groups the SOL sub-categories under their label, with the Totale SOL subtotal', () => {
    const model = dataTableModel(table('usage-by-category'), 'it-IT');
    expect(model.sections.map((s) => s.group)).toEqual(['SOL Servizi On Line', undefined]);
    expect(lines(model)).toEqual([
      ['SOL Servizi On Line'],
      ['A&C e SUAP', '114.877', '156.124', '+35,9%'],
      ['Demografici', '79.831', '125.107', '+56,7%'],
      ['Fiscali', '44.954', '53.702', '+19,4%'],
      ['Scolastici', '97.257', '121.958', '+25,4%'],
      ['Pagamenti', '111.866', '110.509', '-1,2%'],
      ['Totale SOL', '448.785', '567.400', '+26,4%'],
      ['Agenda prenotazioni', '3.739', '31.340', '+738,0%'],
      ['Contact Center (Casi tracciati)', '271.958', '307.363', '+13,0%'],
      ['Albo Pretorio', '59.841', '47.257', '-21,0%'],
      ['Consultazioni', '25.305', '28.123', '+11,1%'],
      ['Totale', '809.628', '981.483', '+21,2%'],
    ]);
    expect(model.sections[0]!.rows.at(-1)!.kind).toBe('subtotal');
    expect(model.sections[0]!.rows[4]!.cells[3]!.trend).toBe('down');
  });

  it('reproduces payments by entity with column groups, € amounts and "-" for unstated changes', () => {
    const model = dataTableModel(table('payments-by-entity'), 'it-IT');
    expect(model.colgroups).toEqual([1, 2, 2, 2]);
    expect(model.headerRows[0]!.map((h) => [h.text, h.scope, h.colspan, h.rowspan])).toEqual([
      ['Ente', 'col', 1, 2],
      ['2015', 'colgroup', 2, 1],
      ['2016', 'colgroup', 2, 1],
      ['Variazione', 'colgroup', 2, 1],
    ]);
    expect(model.headerRows[1]!.map((h) => h.text)).toEqual([
      'Operazioni',
      'Importo',
      'Operazioni',
      'Importo',
      'Operazioni',
      'Importo',
    ]);
    const rows = lines(model);
    expect(rows[2]).toEqual(['Comune di Dicomano', '2', '21,03 €', '1', '0,26 €', '-', '-']);
    expect(rows[3]).toEqual([
      'Comune di Fiesole',
      '22',
      '1.899,06 €',
      '426',
      '29.429,73 €',
      '+1836%',
      '+1450%',
    ]);
    expect(rows[4]).toEqual([
      'Comune di Firenze',
      '77.153',
      '8.876.647,56 €',
      '91.920',
      '8.826.771,98 €',
      '+19%',
      '-1%',
    ]);
    expect(rows.at(-1)).toEqual([
      'Totale',
      '111.866',
      '11.435.689,56 €',
      '110.509',
      '11.240.255,77 €',
      '-1,2%',
      '-1,7%',
    ]);
    expect(model.total!.cells[1]!.label).toBe('2015 Operazioni');
  });

  it('reproduces the top services and keeps text-only tables as text', () => {
    expect(lines(dataTableModel(table('top-payment-services'), 'it-IT'))[0]).toEqual([
      'Servizio di pagamento multe in inglese',
      '32.912',
      '4.100.543,40 €',
    ]);
    const changes = lines(dataTableModel(table('payments-changes'), 'it-IT'));
    expect(changes[0]).toEqual(['Principali variazioni positive']);
    expect(changes[1]).toEqual(['Pag. contravv. spontaneo (FI)', 'positive', '+20.500', '+1,2 mln€', '-']);
  });

  it('formats in English on English pages', () => {
    const rows = lines(dataTableModel(table('payments-by-entity'), 'en-GB'));
    expect(rows.at(-1)).toEqual([
      'Totale',
      '111,866',
      '€11,435,689.56',
      '110,509',
      '€11,240,255.77',
      '-1.2%',
      '-1.7%',
    ]);
  });
});

describe('computed figures', () => {
  const bare: TableDataset = {
    kind: 'table',
    title: 'Prova',
    columns: [
      { id: 'name', label: 'Nome', type: 'text' },
      { id: 'a', label: 'A', type: 'count' },
      { id: 'b', label: 'B', type: 'count' },
      { id: 'd', label: 'Diff', type: 'delta', of: ['a', 'b'] },
    ],
    groups: [{ id: 'g', label: 'Gruppo', subtotal: { label: 'Totale gruppo' } }],
    rows: [
      { group: 'g', cells: { name: 'x', a: 100, b: 150 } },
      { group: 'g', cells: { name: 'y', a: 50, b: 25 } },
      { cells: { name: 'z', a: 0, b: 10 } },
    ],
    total: { label: 'Totale' },
  };

  it('computes absent deltas and unstated totals with the schema helpers', () => {
    expect(lines(dataTableModel(bare, 'it-IT'))).toEqual([
      ['Gruppo'],
      ['x', '100', '150', '+50%'],
      ['y', '50', '25', '-50%'],
      ['Totale gruppo', '150', '175', '+16,7%'],
      ['z', '0', '10', '-'],
      ['Totale', '150', '185', '+23,3%'],
    ]);
  });

  it('writes a zero change without sign or marker', () => {
    expect(formatDelta(0, bare.columns[3]!, 'it-IT')).toBe('0%');
    const model = dataTableModel({ ...bare, rows: [{ cells: { name: 'w', a: 5, b: 5 } }] }, 'it-IT');
    expect(model.sections[0]!.rows[0]!.cells[3]!.trend).toBeUndefined();
  });
});

describe('sorting keeps groups together', () => {
  const usage = table('usage-by-category');

  it('sorts rows inside the group and ranks the group by its subtotal', () => {
    const model = dataTableModel(usage, 'it-IT', { column: 'y2016', direction: 'descending' });
    const order = lines(model).map((r) => r[0]);
    expect(order).toEqual([
      'SOL Servizi On Line',
      'A&C e SUAP',
      'Demografici',
      'Scolastici',
      'Pagamenti',
      'Fiscali',
      'Totale SOL',
      'Contact Center (Casi tracciati)',
      'Albo Pretorio',
      'Agenda prenotazioni',
      'Consultazioni',
      'Totale',
    ]);
  });

  it('sorts ascending by delta, and by text in the locale order', () => {
    const up = lines(dataTableModel(usage, 'it-IT', { column: 'diff', direction: 'ascending' })).map(
      (r) => r[0],
    );
    expect(up.slice(0, 3)).toEqual(['Albo Pretorio', 'Consultazioni', 'Contact Center (Casi tracciati)']);
    const byName = lines(
      dataTableModel(table('tickets'), 'it-IT', { column: 'state', direction: 'descending' }),
    );
    expect(byName.map((r) => r[0])).toEqual([
      'risolto',
      'nuovo',
      'chiuso non di competenza',
      'aperto',
      'Totali',
    ]);
  });

  it('puts cells without a figure last in either direction', () => {
    for (const direction of ['ascending', 'descending'] as const) {
      const rows = lines(dataTableModel(table('tickets'), 'it-IT', { column: 'level-1', direction }));
      expect(rows.slice(2, 4).map((r) => r[1])).toEqual(['-', '-']);
    }
  });
});

describe('formatting once per table and locale', () => {
  it('a sort reorders the formatted cells instead of formatting them again', () => {
    const t = table('payments-by-entity');
    const cellsOf = (model: TableModel) => model.sections.flatMap((s) => s.rows.map((r) => r.cells));
    const plain = cellsOf(dataTableModel(t, 'it-IT'));
    const column = t.columns[t.columns.length - 1]!.id;
    const sorted = cellsOf(dataTableModel(t, 'it-IT', { column, direction: 'descending' }));
    expect(sorted).not.toEqual(plain);
    expect(sorted.every((cells) => plain.includes(cells))).toBe(true);
    // another locale formats afresh
    const english = cellsOf(dataTableModel(t, 'en-GB'));
    expect(english.some((cells, i) => cells === plain[i])).toBe(false);
    expect(english.map((c) => c[1]!.text)).not.toEqual(plain.map((c) => c[1]!.text));
  });
});

describe('dataTableCsv', () => {
  it('writes raw numbers, group lines and totals in the Italian dialect', () => {
    const text = toCsv(dataTableCsv(table('usage-by-category'), 'it-IT'), 'it-IT');
    const csvLines = text.replace('\uFEFF', '').trim().split('\r\n');
    expect(csvLines[0]).toBe('Categoria servizi;Anno 2015;Anno 2016;Diff %');
    expect(csvLines[1]).toBe('SOL Servizi On Line;;;');
    expect(csvLines[6]).toBe('Pagamenti;111866;110509;-1,2');
    expect(csvLines[7]).toBe('Totale SOL;448785;567400;26,4');
    expect(csvLines.at(-1)).toBe('Totale;809628;981483;21,2');
  });

  it('names grouped columns with their group and leaves unstated changes empty', () => {
    const rows = dataTableCsv(table('payments-by-entity'), 'it-IT');
    expect(rows[0]).toEqual([
      'Ente',
      '2015 Operazioni',
      '2015 Importo',
      '2016 Operazioni',
      '2016 Importo',
      'Variazione Operazioni',
      'Variazione Importo',
    ]);
    expect(rows[3]).toEqual(['Comune di Dicomano', 2, 21.03, 1, 0.26, null, null]);
  });
});
