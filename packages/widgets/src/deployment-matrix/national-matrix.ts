import type { MatrixDataset } from '@cst/schema';

const STATUSES: MatrixDataset['statuses'] = [
  { id: 'attivo', label: '✓ attivo', meaning: 'done', description: 'Servizio attivo' },
  { id: 'in-corso', label: 'in corso', meaning: 'in-progress', description: 'Attivazione in corso' },
  { id: 'non-richiesto', label: 'Non richiesto', meaning: 'not-requested' },
  { id: 'na', label: 'NA', meaning: 'not-applicable' },
];
const PICK = [
  'attivo',
  'attivo',
  'in-corso',
  'attivo',
  'non-richiesto',
  null,
  'attivo',
  'na',
  'in-corso',
  'attivo',
  null,
];

/**
 * A national-scale matrix for tests, stories and the benchmark: "Comune 1" … "Comune N" × "Servizio 1" … ,
 * statuses spread deterministically (a seed changes them, for "full data replacement").
 */
export function nationalMatrix(rows = 7900, columns = 12, seed = 0): MatrixDataset {
  return {
    kind: 'matrix',
    title: 'Adozione dei servizi nei comuni italiani',
    asOf: '2016-12-31',
    rows: Array.from({ length: rows }, (_, i) => ({ id: `c${i + 1}`, label: `Comune ${i + 1}` })),
    columns: Array.from({ length: columns }, (_, j) => ({ id: `s${j + 1}`, label: `Servizio ${j + 1}` })),
    statuses: STATUSES,
    cells: Array.from({ length: rows }, (_, i) =>
      Array.from({ length: columns }, (_, j) => PICK[(i * 7 + j * 3 + seed) % PICK.length] ?? null),
    ),
  };
}
