import type { KpiDataset, ReportDocument, TableDataset } from '@cst/schema';

/** A small valid document for element tests; each call returns a fresh copy. */
export function testDocument(datasets: ReportDocument['datasets'] = {}): ReportDocument {
  return {
    schemaVersion: '1.0',
    id: 'test-report',
    title: 'Rapporto di prova',
    publisher: { name: 'Linea Comune S.p.A.' },
    locale: 'it-IT',
    period: { from: '2016-01-01', to: '2016-12-31' },
    updatedAt: '2017-01-31T09:00:00+01:00',
    license: { name: 'CC BY 4.0' },
    source: { name: 'Centro Servizi Territoriale' },
    datasets,
  };
}

export function kpi(overrides: Partial<KpiDataset> = {}): KpiDataset {
  return { kind: 'kpi', title: 'Credenziali attive', value: 55211, ...overrides };
}

/** The URL of test/data/report.json as the test server serves it. */
export const REPORT_URL = new URL('./data/report.json', import.meta.url).href;

/** The URL of the Focus 2016 fixture (the whole seed report) as the test server serves it. */
export const FOCUS_URL = new URL('../../schema/fixtures/focus-2016.json', import.meta.url).href;

let focusCache: Promise<ReportDocument> | undefined;

/** The Focus 2016 report, fetched once per test file; each call returns a fresh copy. */
export async function focusReport(): Promise<ReportDocument> {
  focusCache ??= fetch(FOCUS_URL).then((response) => response.json() as Promise<ReportDocument>);
  return structuredClone(await focusCache);
}

/** A table too long to render whole: 1.000 entities, counts a permutation of 0…999 (7919 is prime to 1000), with a total. */
export function entityTable(): TableDataset {
  return {
    kind: 'table',
    title: 'Pagamenti per ente',
    columns: [
      { id: 'name', label: 'Ente', type: 'text' },
      { id: 'n', label: 'Pagamenti', type: 'count' },
    ],
    rows: Array.from({ length: 1000 }, (_, i) => ({
      cells: { name: `Ente ${i + 1}`, n: (i * 7919) % 1000 },
    })),
    total: { label: 'Totale' },
  };
}
