import type { ReportDocument, SlaDataset, SlaItem } from '@cst/schema';
import { describe, expect, it } from 'vitest';
import focus from '../../../schema/fixtures/focus-2016.json' with { type: 'json' };
import { toCsv } from '../core/csv.js';
import {
  arrangeRows,
  diffRows,
  parseColumns,
  parseFilter,
  slaCaption,
  slaCsvRows,
  slaRows,
} from './sla-table.model.js';

const doc = focus as unknown as ReportDocument;
const seed = doc.datasets.sla as SlaDataset;

function percent(
  code: string,
  direction: 'at-least' | 'at-most',
  target: number,
  measured: number | null,
): SlaItem {
  return {
    code,
    label: code,
    target: {
      direction,
      value: target,
      format: { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 },
    },
    measured: measured === null ? null : { value: measured },
  };
}

function ms(code: string, direction: 'at-least' | 'at-most', target: number, measured: number): SlaItem {
  return {
    code,
    label: code,
    target: { direction, value: target, format: { style: 'unit', unit: 'millisecond' } },
    measured: { value: measured },
  };
}

function sla(items: SlaItem[], atRiskMargin?: number): SlaDataset {
  return { kind: 'sla', title: 'SLA', items, ...(atRiskMargin === undefined ? {} : { atRiskMargin }) };
}

const cells = (rows: ReturnType<typeof slaRows>) =>
  rows.map((r) => [
    r.code,
    r.target,
    r.measured,
    `${r.deviation}${r.deviationUnit?.short ? ` ${r.deviationUnit.short}` : ''}`,
    r.statusText,
  ]);

describe('slaRows', () => {
  it('reproduces the seed SLA.1–SLA.11 figure for figure in Italian', () => {
    const rows = cells(slaRows(seed, 'it-IT'));
    expect(rows[0]).toEqual(['SLA.1', '99,00%', '99,92%', '+0,92 p.p.', 'rispettato']);
    expect(rows[1]).toEqual(['SLA.2', '98,50%', '99,75%', '+1,25 p.p.', 'rispettato']);
    expect(rows[2]).toEqual(['SLA.3', '7 ms', '7 ms', '0%', 'rispettato']);
    expect(rows[3]).toEqual(['SLA.4', '98,50%', '99,25%', '+0,75 p.p.', 'rispettato']);
    expect(rows[4]).toEqual(['SLA.5', '98,00%', '99,61%', '+1,61 p.p.', 'rispettato']);
    expect(rows[5]).toEqual([
      'SLA.6',
      'entro 1h lavorativa',
      'Nessuno scostamento significativo',
      '0%',
      'rispettato',
    ]);
    expect(rows[10]).toEqual(['SLA.11', 'Ogni 6 mesi', 'Ogni 3 mesi', '+50%', 'rispettato']);
    expect(rows).toHaveLength(11);
  });

  it('labels percentage points in English and spells them out', () => {
    const [first] = slaRows(seed, 'en-GB');
    expect([first!.target, first!.deviation, first!.deviationUnit]).toEqual([
      '99.00%',
      '+0.92',
      { short: 'pp', long: 'percentage points' },
    ]);
    expect(first!.statusText).toBe('met');
  });

  it('judges at-least targets at and around the boundary, margin in points', () => {
    const rows = slaRows(
      sla(
        [
          percent('a', 'at-least', 99, 98.99),
          percent('b', 'at-least', 99, 99),
          percent('c', 'at-least', 99, 99.49),
          percent('d', 'at-least', 99, 99.5),
        ],
        0.5,
      ),
      'it-IT',
    );
    expect(rows.map((r) => r.status)).toEqual(['breached', 'at-risk', 'at-risk', 'met']);
    expect(rows.map((r) => r.deviation)).toEqual(['-0,01', '0,00', '+0,49', '+0,50']);
  });

  it('judges at-most targets the other way, margin as a fraction of the target', () => {
    const rows = slaRows(
      sla(
        [
          ms('a', 'at-most', 100, 101),
          ms('b', 'at-most', 100, 100),
          ms('c', 'at-most', 100, 91),
          ms('d', 'at-most', 100, 90),
        ],
        0.1,
      ),
      'it-IT',
    );
    expect(rows.map((r) => r.status)).toEqual(['breached', 'at-risk', 'at-risk', 'met']);
    expect(rows.map((r) => r.deviation)).toEqual(['-1%', '0%', '+9%', '+10%']);
  });

  it('uses the margin it is given over the dataset one, and no margin means no at-risk', () => {
    const data = sla([percent('a', 'at-least', 99, 99.2)], 0.5);
    expect(slaRows(data, 'it-IT')[0]!.status).toBe('at-risk');
    expect(slaRows(data, 'it-IT', 0.1)[0]!.status).toBe('met');
    expect(slaRows(sla([percent('a', 'at-least', 99, 99)]), 'it-IT')[0]!.status).toBe('met');
  });

  it('shows a missing measure as not measured with no deviation', () => {
    const [row] = slaRows(sla([percent('a', 'at-least', 99, null)]), 'it-IT');
    expect([row!.measured, row!.deviation, row!.deviationValue, row!.statusText]).toEqual([
      'non rilevato',
      '—',
      null,
      'non rilevato',
    ]);
  });

  it('takes status and deviation words from qualitative items', () => {
    const item: SlaItem = {
      code: 'q',
      label: 'q',
      target: { direction: 'text', text: 'entro 1h' },
      measured: { text: 'in ritardo' },
      deviation: { text: 'due casi' },
      status: 'breached',
    };
    const [row] = slaRows(sla([item]), 'it-IT');
    expect([row!.target, row!.measured, row!.deviation, row!.deviationUnit, row!.status]).toEqual([
      'entro 1h',
      'in ritardo',
      'due casi',
      undefined,
      'breached',
    ]);
  });
});

describe('arrangeRows', () => {
  const rows = slaRows(
    sla(
      [
        percent('SLA.10', 'at-least', 99, 98),
        percent('SLA.2', 'at-least', 99, 99.1),
        percent('SLA.1', 'at-least', 99, 100),
        percent('SLA.3', 'at-least', 99, null),
      ],
      0.5,
    ),
    'it-IT',
  );
  const codes = (list: ReturnType<typeof arrangeRows>) => list.map((r) => r.code);

  it('sorts codes as numbers, both ways', () => {
    expect(codes(arrangeRows(rows, 'all', { column: 'code', direction: 'ascending' }))).toEqual([
      'SLA.1',
      'SLA.2',
      'SLA.3',
      'SLA.10',
    ]);
    expect(codes(arrangeRows(rows, 'all', { column: 'code', direction: 'descending' }))).toEqual([
      'SLA.10',
      'SLA.3',
      'SLA.2',
      'SLA.1',
    ]);
  });

  it('sorts status with what needs attention first when ascending', () => {
    expect(codes(arrangeRows(rows, 'all', { column: 'status', direction: 'ascending' }))).toEqual([
      'SLA.10',
      'SLA.2',
      'SLA.3',
      'SLA.1',
    ]);
  });

  it('sorts deviation by number and keeps rows without one last', () => {
    expect(codes(arrangeRows(rows, 'all', { column: 'deviation', direction: 'ascending' }))).toEqual([
      'SLA.10',
      'SLA.2',
      'SLA.1',
      'SLA.3',
    ]);
    expect(codes(arrangeRows(rows, 'all', { column: 'deviation', direction: 'descending' }))).toEqual([
      'SLA.1',
      'SLA.2',
      'SLA.10',
      'SLA.3',
    ]);
  });

  it('filters breached, at-risk and problems', () => {
    expect(codes(arrangeRows(rows, 'breached'))).toEqual(['SLA.10']);
    expect(codes(arrangeRows(rows, 'at-risk'))).toEqual(['SLA.2']);
    expect(codes(arrangeRows(rows, 'problems'))).toEqual(['SLA.10', 'SLA.2', 'SLA.3']);
    expect(codes(arrangeRows(rows, 'all'))).toEqual(['SLA.10', 'SLA.2', 'SLA.1', 'SLA.3']);
  });
});

describe('attributes', () => {
  it('parseColumns keeps known keys in the given order and falls back to all', () => {
    expect(parseColumns(' status, code ,bogus,code')).toEqual(['status', 'code']);
    expect(parseColumns('nothing')).toEqual(['code', 'label', 'target', 'measured', 'deviation', 'status']);
    expect(parseColumns(undefined)).toHaveLength(6);
  });

  it('parseFilter accepts the four filters only', () => {
    expect(['breached', 'at-risk', 'problems', 'all', 'x', undefined].map(parseFilter)).toEqual([
      'breached',
      'at-risk',
      'problems',
      'all',
      'all',
      'all',
    ]);
  });
});

describe('slaCaption', () => {
  it('sums up the seed with its period and date', () => {
    expect(slaCaption(slaRows(seed, 'it-IT'), seed, doc, 'it-IT')).toEqual({
      summary: '11 SLA su 11 rispettati',
      details: ['Periodo: Anno 2016', 'Dati al 31/12/2016'],
    });
  });

  it('counts at-risk as reached and names breached and unmeasured', () => {
    const data = sla(
      [
        percent('a', 'at-least', 99, 98),
        percent('b', 'at-least', 99, 99),
        percent('c', 'at-least', 99, null),
      ],
      0.5,
    );
    expect(slaCaption(slaRows(data, 'it-IT'), data, undefined, 'it-IT').summary).toBe(
      '1 SLA su 3 rispettato, di cui 1 a rischio, 1 non rispettato, 1 non rilevato',
    );
    expect(slaCaption(slaRows(data, 'en'), data, undefined, 'en').summary).toBe(
      '1 of 3 SLAs met, 1 of them at risk, 1 breached, 1 not measured',
    );
  });
});

describe('diffRows', () => {
  it('names the changed cells by code and the rows whose status changed', () => {
    const before = slaRows(
      sla([percent('a', 'at-least', 99, 99.5), percent('b', 'at-least', 99, 99.5)]),
      'it-IT',
    );
    const after = slaRows(
      sla([percent('b', 'at-least', 99, 99.5), percent('a', 'at-least', 99, 98)]),
      'it-IT',
    );
    const { cells, statusChanges } = diffRows(before, after);
    expect(cells).toEqual(['a|measured', 'a|deviation', 'a|status']);
    expect(statusChanges.map((r) => [r.code, r.statusText])).toEqual([['a', 'non rispettato']]);
  });
});

describe('slaCsvRows', () => {
  it('writes the seed for an Italian spreadsheet: numbers with a decimal comma, units apart', () => {
    const lines = toCsv(slaCsvRows(seed, slaRows(seed, 'it-IT'), 'it-IT'), 'it-IT').split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFCodice;SLA;Criterio;Atteso;Rilevato;Unità;Scostamento;Unità scostamento;Stato',
    );
    expect(lines[1]).toBe(
      'SLA.1;Tasso di disponibilità (uptime) dei sistemi database (CSDB1 e CSDB2);almeno;99;99,92;%;0,92;p.p.;rispettato',
    );
    expect(lines[3]).toMatch(/^SLA\.3;.*;al massimo;7;7;ms;0;%;rispettato$/);
    expect(lines[11]).toMatch(/;al massimo;Ogni 6 mesi;Ogni 3 mesi;;50;%;rispettato$/);
  });

  it('writes English with commas and decimal points', () => {
    const lines = toCsv(slaCsvRows(seed, slaRows(seed, 'en'), 'en'), 'en').split('\r\n');
    expect(lines[1]).toBe(
      'SLA.1,Tasso di disponibilità (uptime) dei sistemi database (CSDB1 e CSDB2),at least,99,99.92,%,0.92,pp,met',
    );
  });
});
