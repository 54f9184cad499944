import { describe, expect, it } from 'vitest';
import {
  type DatasetOfKind,
  type DatasetKind,
  type ReportDocument,
  validateDataset,
  validateReport,
} from '../src/index.js';
import { readDocument } from './load.js';
import { wording } from './wording.js';

/** The minimal document with one dataset changed; returns the errors the validator reports. */
function errorsAfter<K extends DatasetKind>(id: string, kind: K, change: (ds: DatasetOfKind<K>) => void) {
  const doc = readDocument('minimal.json');
  const dataset = doc.datasets[id];
  if (dataset?.kind !== kind) throw new Error(`minimal.json has no ${kind} "${id}"`);
  change(dataset as DatasetOfKind<K>);
  return wording(validateReport(doc).errors);
}

function errorsOf(change: (doc: ReportDocument) => void) {
  const doc = readDocument('minimal.json');
  change(doc);
  return wording(validateReport(doc).errors);
}

describe('consistency', () => {
  it('accepts the minimal document', () => {
    expect(validateReport(readDocument('minimal.json')).errors).toEqual([]);
  });

  describe('matrix', () => {
    it('needs one row of cells per row and one cell per column', () => {
      expect(errorsAfter('deployment', 'matrix', (m) => m.cells.pop())).toEqual([
        { path: '$.datasets.deployment.cells', message: 'has 1 rows of cells but there are 2 rows' },
      ]);
      expect(errorsAfter('deployment', 'matrix', (m) => m.cells[1]!.push('wip'))).toEqual([
        { path: '$.datasets.deployment.cells[1]', message: 'has 3 cells but there are 2 columns' },
      ]);
    });

    it('needs every cell to be a status of the vocabulary', () => {
      expect(errorsAfter('deployment', 'matrix', (m) => (m.cells[0]![1] = 'done'))).toEqual([
        {
          path: '$.datasets.deployment.cells[0][1]',
          message: 'unknown status "done" (statuses: online, wip)',
        },
      ]);
    });

    it('needs unique row, column and status ids', () => {
      const errors = errorsAfter('deployment', 'matrix', (m) => {
        m.rows[1]!.id = 'firenze';
        m.columns[1]!.id = 'rete-civica';
        m.statuses.push({ id: 'online', label: '✓ su store', meaning: 'done' });
      });
      expect(wording(errors)).toEqual([
        {
          path: '$.datasets.deployment.rows[1].id',
          message: 'duplicate row id "firenze" (already used at index 0)',
        },
        {
          path: '$.datasets.deployment.columns[1].id',
          message: 'duplicate column id "rete-civica" (already used at index 0)',
        },
        {
          path: '$.datasets.deployment.statuses[2].id',
          message: 'duplicate status id "online" (already used at index 0)',
        },
      ]);
    });
  });

  describe('table', () => {
    it('needs cell keys of rows, totals and subtotals to be column ids', () => {
      const errors = errorsAfter('tickets', 'table', (t) => {
        t.rows[0]!.cells['level-3'] = 1;
        t.groups = [{ id: 'g', label: 'G', subtotal: { label: 'Sub', cells: { totale: 1 } } }];
        t.total!.cells!.tot = 2;
      });
      const columns = '(columns: state, level-1, level-2)';
      expect(wording(errors)).toEqual([
        {
          path: '$.datasets.tickets.rows[0].cells["level-3"]',
          message: `unknown column "level-3" ${columns}`,
        },
        {
          path: '$.datasets.tickets.groups[0].subtotal.cells.totale',
          message: `unknown column "totale" ${columns}`,
        },
        { path: '$.datasets.tickets.total.cells.tot', message: `unknown column "tot" ${columns}` },
      ]);
    });

    it('needs a row group to be a group of the table', () => {
      expect(errorsAfter('tickets', 'table', (t) => (t.rows[0]!.group = 'sol'))).toEqual([
        { path: '$.datasets.tickets.rows[0].group', message: 'unknown group "sol" (groups: none)' },
      ]);
    });

    it('needs a delta to compare existing columns', () => {
      const errors = errorsAfter('tickets', 'table', (t) =>
        t.columns.push({ id: 'diff', label: 'Diff', type: 'delta', of: ['level-1', 'level-9'] }),
      );
      expect(wording(errors)).toEqual([
        { path: '$.datasets.tickets.columns[3].of[1]', message: 'unknown column "level-9"' },
      ]);
    });

    it('needs unique column ids', () => {
      expect(errorsAfter('tickets', 'table', (t) => (t.columns[2]!.id = 'level-1'))).toContainEqual({
        path: '$.datasets.tickets.columns[2].id',
        message: 'duplicate column id "level-1" (already used at index 1)',
      });
    });

    it('refuses text in number columns: "-" is null', () => {
      expect(errorsAfter('tickets', 'table', (t) => (t.rows[0]!.cells['level-1'] = '-'))).toEqual([
        {
          path: '$.datasets.tickets.rows[0].cells["level-1"]',
          message: 'must be a number or null in the count column, not the text "-"',
        },
      ]);
    });

    it('checks stated totals against the rows, to the stated digit', () => {
      expect(errorsAfter('tickets', 'table', (t) => (t.total!.cells!['level-2'] = 2042))).toEqual([
        {
          path: '$.datasets.tickets.total.cells["level-2"]',
          message: 'states 2042 but the rows add up to 2041',
        },
      ]);
      const subtotal = errorsAfter('tickets', 'table', (t) => {
        t.groups = [{ id: 'g', label: 'G', subtotal: { label: 'Sub', cells: { 'level-1': 2383.4 } } }];
        t.rows[1]!.group = 'g';
      });
      expect(subtotal).toEqual([
        {
          path: '$.datasets.tickets.groups[0].subtotal.cells["level-1"]',
          message: 'states 2383.4 but the rows add up to 2383',
        },
      ]);
    });
  });

  describe('series', () => {
    it('needs unique series ids and partOf naming another series', () => {
      expect(errorsAfter('credentials', 'series', (s) => (s.series[1]!.id = 'active'))).toEqual([
        {
          path: '$.datasets.credentials.series[1].id',
          message: 'duplicate series id "active" (already used at index 0)',
        },
        {
          path: '$.datasets.credentials.series[1].partOf',
          message: 'must name another series of this dataset, not "active"',
        },
      ]);
      expect(errorsAfter('credentials', 'series', (s) => (s.series[1]!.partOf = 'total'))).toEqual([
        {
          path: '$.datasets.credentials.series[1].partOf',
          message: 'must name another series of this dataset, not "total"',
        },
      ]);
    });

    it('needs x values of the declared type', () => {
      const errors = errorsAfter('credentials', 'series', (s) => {
        s.series[0]!.points[0]![0] = '2015';
        s.annotations = [{ x: 2016.5, label: 'metà anno' }];
      });
      expect(wording(errors)).toEqual([
        {
          path: '$.datasets.credentials.series[0].points[0][0]',
          message: 'must be a year written as a whole number, e.g. 2016 (x.type is "year"), not "2015"',
        },
        {
          path: '$.datasets.credentials.annotations[0].x',
          message: 'must be a year written as a whole number, e.g. 2016 (x.type is "year"), not 2016.5',
        },
      ]);
    });

    it('checks dates and date-times for real days and offsets', () => {
      const errors = errorsAfter('credentials', 'series', (s) => {
        s.x.type = 'date';
        s.series[0]!.points = [
          ['2016-02-29', 1],
          ['2016-02-30', 2],
        ];
        s.series[1]!.points = [];
      });
      expect(wording(errors)).toEqual([
        {
          path: '$.datasets.credentials.series[0].points[1][0]',
          message:
            'must be a real date written YYYY-MM-DD, or its midnight UTC in milliseconds since 1970 (x.type is "date"), not "2016-02-30"',
        },
      ]);
      const datetime = errorsAfter('credentials', 'series', (s) => {
        s.x.type = 'datetime';
        s.series[0]!.points = [
          ['2016-12-31T18:00:00+01:00', 1],
          ['2016-12-31T18:00:00', 2],
        ];
        s.series[1]!.points = [];
      });
      expect(datetime).toHaveLength(1);
      expect(datetime[0]!.path).toBe('$.datasets.credentials.series[0].points[1][0]');
    });

    it('needs strictly ascending x, comparing instants across offsets', () => {
      expect(errorsAfter('credentials', 'series', (s) => s.series[0]!.points.push([2016, 1]))).toEqual([
        {
          path: '$.datasets.credentials.series[0].points[2][0]',
          message: 'must come after 2016: points are in strictly ascending x',
        },
      ]);
      const errors = errorsAfter('credentials', 'series', (s) => {
        s.x.type = 'datetime';
        // 17:30 UTC, then 17:00 UTC: later as text, earlier in time.
        s.series[0]!.points = [
          ['2016-12-31T18:30:00+01:00', 1],
          ['2016-12-31T19:00:00+02:00', 2],
        ];
        s.series[1]!.points = [];
      });
      expect(errors.map((e) => e.path)).toEqual(['$.datasets.credentials.series[0].points[1][0]']);
    });
  });

  describe('sla', () => {
    it('needs an explicit status for a text target that was measured', () => {
      expect(errorsAfter('sla', 'sla', (s) => delete s.items[1]!.status)).toEqual([
        {
          path: '$.datasets.sla.items[1].status',
          message: 'is required because the target is text ("entro 1h lavorativa"): say whether it was met',
        },
      ]);
      expect(
        errorsAfter('sla', 'sla', (s) => {
          delete s.items[1]!.status;
          s.items[1]!.measured = null;
        }),
      ).toEqual([]);
    });

    it('needs a stated status to agree with the numbers; met and at-risk agree', () => {
      expect(errorsAfter('sla', 'sla', (s) => (s.items[0]!.status = 'breached'))).toEqual([
        {
          path: '$.datasets.sla.items[0].status',
          message: 'says "breached" but 99.92 against a target of at least 99 is "met"',
        },
      ]);
      expect(errorsAfter('sla', 'sla', (s) => (s.items[0]!.status = 'at-risk'))).toEqual([]);
      expect(errorsAfter('sla', 'sla', (s) => (s.items[0]!.measured = { value: 98 }))).toEqual([]);
      expect(errorsAfter('sla', 'sla', (s) => (s.items[0]!.measured = { text: 'n/d' }))).toEqual([
        {
          path: '$.datasets.sla.items[0].status',
          message: 'is required because the measure has no number: say whether it was met',
        },
      ]);
    });
  });

  describe('kpi', () => {
    it('needs trend to name a series dataset of the document', () => {
      expect(errorsOf((d) => ((d.datasets.services as DatasetOfKind<'kpi'>).trend = 'tickets'))).toEqual([
        { path: '$.datasets.services.trend', message: '"tickets" is a table dataset, not a series' },
      ]);
      expect(errorsOf((d) => ((d.datasets.services as DatasetOfKind<'kpi'>).trend = 'trend-2016'))).toEqual([
        { path: '$.datasets.services.trend', message: '"trend-2016" is not a dataset of this document' },
      ]);
    });
  });

  it('writes dataset ids that are not identifiers in brackets', () => {
    const errors = errorsOf((d) => {
      d.datasets['tickets-2016'] = d.datasets.tickets!;
      delete d.datasets.tickets;
      (d.datasets['tickets-2016'] as DatasetOfKind<'table'>).rows[0]!.group = 'x';
    });
    expect(errors.map((e) => e.path)).toEqual(['$.datasets["tickets-2016"].rows[0].group']);
  });

  it('validateDataset checks a bare dataset under the path it is given', () => {
    const doc = readDocument('minimal.json');
    const matrix = doc.datasets.deployment as DatasetOfKind<'matrix'>;
    matrix.cells[1]![0] = 'done';
    expect(wording(validateDataset(matrix).errors)).toEqual([
      { path: '$.cells[1][0]', message: 'unknown status "done" (statuses: online, wip)' },
    ]);
    expect(validateDataset({ ...doc.datasets.services, trend: 'nope' }).valid).toBe(true);
  });
});
