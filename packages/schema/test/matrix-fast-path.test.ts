import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  Id,
  MatrixDataset,
  MatrixRow,
  toValidationErrors,
  validateDataset,
  validateReport,
} from '../src/index.js';
import { readDocument } from './load.js';
import { wording } from './wording.js';

/** The matrix schema as it was before the fast path: valibot checks every row and every cell. */
const FullMatrixDataset = v.strictObject({
  ...MatrixDataset.entries,
  rows: v.array(MatrixRow),
  cells: v.array(v.array(v.nullable(Id))),
});

/** What the full valibot schema alone reports for a dataset (paths under `path`). */
function fullSchemaErrors(input: unknown, path = '$') {
  const parsed = v.safeParse(FullMatrixDataset, input, { abortEarly: false });
  if (parsed.success) return [];
  return parsed.issues.flatMap(toValidationErrors).map((e) => ({ ...e, path: path + e.path.slice(1) }));
}

function matrix(rows: unknown[], cells: unknown[]) {
  return {
    kind: 'matrix',
    title: 'Dispiegamento',
    columns: [
      { id: 'portale', label: 'Portale' },
      { id: 'app', label: 'App' },
    ],
    statuses: [
      { id: 'online', label: '✓ online', meaning: 'done' },
      { id: 'wip', label: 'wip', meaning: 'in-progress' },
    ],
    rows,
    cells,
  };
}

const row = (i: number) => ({ id: `c${i}`, label: `Comune ${i}`, istat: `04800${i}` });
const good = [row(1), row(2), row(3), row(4)];
const goodCells = [
  ['online', null],
  ['wip', 'online'],
  [null, null],
  ['online', 'wip'],
];

/** Bad rows, each placed after valid ones so the fast loop has to stop part way. */
const BAD_ROWS: Array<[string, unknown]> = [
  ['a missing id', { label: 'Vaglia' }],
  ['an id that is not kebab-case', { id: 'Vaglia 2', label: 'Vaglia' }],
  ['a numeric id', { id: 7, label: 'Vaglia' }],
  ['an empty label', { id: 'vaglia', label: '' }],
  ['a label too long', { id: 'vaglia', label: 'x'.repeat(501) }],
  ['a label that is not text', { id: 'vaglia', label: 12 }],
  ['a five-digit ISTAT code', { id: 'vaglia', label: 'Vaglia', istat: '48049' }],
  ['a numeric ISTAT code', { id: 'vaglia', label: 'Vaglia', istat: 48049 }],
  ['an unknown field', { id: 'vaglia', label: 'Vaglia', code: 'x' }],
  ['null instead of a row', null],
  ['a list instead of a row', ['vaglia', 'Vaglia']],
  ['text instead of a row', 'Vaglia'],
];

/** Bad cells, each placed after valid ones. */
const BAD_CELLS: Array<[string, unknown]> = [
  ['a number', 3],
  ['an id that is not kebab-case', 'In corso'],
  ['empty text', ''],
  ['undefined', undefined],
  ['a boolean', true],
  ['an object', { id: 'wip' }],
];

describe('MatrixDataset fast path (rows and cells)', () => {
  it.each(BAD_ROWS)('reports a row with %s exactly as the full schema does', (_, bad) => {
    const input = matrix([row(1), row(2), bad, row(4)], goodCells);
    const errors = validateDataset(input, '$.datasets.deployment').errors;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors).toEqual(fullSchemaErrors(input, '$.datasets.deployment'));
    expect(errors.every((e) => e.path.startsWith('$.datasets.deployment.rows[2]'))).toBe(true);
  });

  it.each(BAD_CELLS)('reports a cell that is %s exactly as the full schema does', (_, bad) => {
    const input = matrix(good, [
      ['online', null],
      ['wip', 'online'],
      [null, bad],
      ['online', 'wip'],
    ]);
    const errors = validateDataset(input).errors;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors).toEqual(fullSchemaErrors(input));
    expect(errors.every((e) => e.path === '$.cells[2][1]')).toBe(true);
  });

  it('reports a row of cells that is not a list, and a hole, as the full schema does', () => {
    // eslint-disable-next-line no-sparse-arrays
    const input = matrix(good, [['online', null], null, [, 'wip'], { 0: 'wip' }]);
    const errors = validateDataset(input).errors;
    expect(errors.map((e) => e.path)).toEqual(['$.cells[1]', '$.cells[2][0]', '$.cells[3]']);
    expect(errors).toEqual(fullSchemaErrors(input));
  });

  it('reports every bad row and cell, in order, as the full schema does', () => {
    const input = matrix(
      [row(1), { id: 'X', label: '' }, row(3), { id: 'c4', label: 'Comune 4', istat: '1' }],
      [
        ['online', 'Bad'],
        ['wip', 'online'],
        [null, null],
        [5, 'wip'],
      ],
    );
    const errors = validateDataset(input).errors;
    expect(errors.map((e) => e.path)).toEqual([
      '$.rows[1].id',
      '$.rows[1].label',
      '$.rows[3].istat',
      '$.cells[0][1]',
      '$.cells[3][0]',
    ]);
    expect(errors).toEqual(fullSchemaErrors(input));
  });

  it('reports lists that are not lists as the full schema does', () => {
    const input = matrix({ 0: row(1) } as unknown as unknown[], 'cells' as unknown as unknown[]);
    const errors = validateDataset(input).errors;
    expect(errors.map((e) => e.path)).toEqual(['$.rows', '$.cells']);
    expect(errors).toEqual(fullSchemaErrors(input));
  });

  it('reports a bad cell inside a whole document with the document path', () => {
    const doc = readDocument('focus-2016.json');
    const deployment = doc.datasets.deployment;
    if (deployment?.kind !== 'matrix') throw new Error('focus-2016.json has no matrix "deployment"');
    (deployment.cells[3] as unknown[])[2] = 'Non interessa';
    const errors = validateReport(doc).errors;
    expect(wording(errors)).toEqual([
      {
        path: '$.datasets.deployment.cells[3][2]',
        message:
          'must be a lowercase kebab-case id such as "sla" or "tickets-2016", not the text "Non interessa"',
      },
    ]);
    expect(errors).toEqual(fullSchemaErrors(deployment, '$.datasets.deployment'));
  });

  it('accepts valid rows and cells with the same output, and passes the lists through uncopied', () => {
    const rows = [...good, { id: 'c5', label: 'Comune 5' }];
    const cells = [...goodCells, ['wip', 'wip']];
    const result = validateDataset(matrix(rows, cells));
    expect(result.errors).toEqual([]);
    expect(result.value).toEqual(v.parse(FullMatrixDataset, matrix(rows, cells)));
    if (result.value?.kind !== 'matrix') throw new Error('not a matrix');
    expect(result.value.rows).toBe(rows);
    expect(result.value.cells).toBe(cells);
  });

  it('checks a list again when it was valid and is then changed', () => {
    const cells = structuredClone(goodCells);
    expect(validateDataset(matrix(good, cells)).valid).toBe(true);
    cells[1]![0] = 'Wip';
    const input = matrix(good, cells);
    expect(validateDataset(input).errors).toEqual(fullSchemaErrors(input));
    expect(validateDataset(input).errors.map((e) => e.path)).toEqual(['$.cells[1][0]']);
  });

  it('still applies the cross-field checks (known statuses, shape) after the fast path', () => {
    const cells = [['online', null], ['wip', 'done'], [null], ['online', 'wip']];
    expect(wording(validateDataset(matrix(good, cells)).errors)).toEqual([
      { path: '$.cells[1][1]', message: 'unknown status "done" (statuses: online, wip)' },
      { path: '$.cells[2]', message: 'has 1 cells but there are 2 columns' },
    ]);
  });
});
