import * as v from 'valibot';
import { NOT_AN_ISTAT_CODE } from './rules.js';
import { cellIds } from './checks/matrix.js';
import { Id, LABEL_MAX, Label, Text, datasetEntries, languageMap } from './common.js';

export const MEANINGS = ['done', 'in-progress', 'not-requested', 'not-applicable', 'none'] as const;
export type Meaning = (typeof MEANINGS)[number];

/** A status of the vocabulary: its label is what readers see, its meaning decides its look. */
export const MatrixStatus = v.strictObject({
  id: Id,
  label: Label,
  meaning: v.picklist(MEANINGS),
  /** The legend's longer wording ("Attività completata"). */
  description: v.optional(Text),
});
export type MatrixStatus = v.InferOutput<typeof MatrixStatus>;

const ISTAT = /^\d{6}$/;

export const MatrixRow = v.strictObject({
  id: Id,
  label: Label,
  /** ISTAT municipality code, six digits. */
  istat: v.optional(v.pipe(v.string(), v.regex(ISTAT, NOT_AN_ISTAT_CODE))),
});
/** A noun in the singular and the plural, as a language writes it: `{ "one": "scuola", "other": "scuole" }`. */
export const MatrixRowNoun = v.strictObject({ one: Label, other: Label });
export type MatrixRowNoun = v.InferOutput<typeof MatrixRowNoun>;

export const MatrixColumn = v.strictObject({ id: Id, label: Label, description: v.optional(Text) });
export type MatrixRow = v.InferOutput<typeof MatrixRow>;
export type MatrixColumn = v.InferOutput<typeof MatrixColumn>;

/** The pattern `Id` checks, read from the schema itself so that there is one definition. */
const ID = Id.pipe[1].requirement;

/** What `MatrixRow` accepts, as plain tests: an object with an id, a label, maybe an ISTAT code. */
function isRow(row: unknown): boolean {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return false;
  for (const key in row) if (key !== 'id' && key !== 'label' && key !== 'istat') return false;
  const { id, label, istat } = row as Record<string, unknown>;
  return (
    typeof id === 'string' &&
    ID.test(id) &&
    typeof label === 'string' &&
    label.length >= 1 &&
    label.length <= LABEL_MAX &&
    (istat === undefined || (typeof istat === 'string' && ISTAT.test(istat)))
  );
}

/**
 * What `v.array(v.array(v.nullable(Id)))` accepts. A status id repeats, so each is tested once; the
 * distinct ids are handed to the consistency check (checks/matrix.ts), so it need not read every cell.
 */
function isCellGrid(grid: readonly unknown[]): boolean {
  cellIds.delete(grid);
  const ids = new Set<string>();
  let last: unknown = null;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    if (!Array.isArray(row)) return false;
    for (let c = 0; c < row.length; c++) {
      const cell: unknown = row[c];
      if (cell === last || cell === null) continue;
      if (!ids.has(cell as string)) {
        if (typeof cell !== 'string' || !ID.test(cell)) return false;
        ids.add(cell);
      }
      last = cell;
    }
  }
  cellIds.set(grid, ids);
  return true;
}

/**
 * `schema` with a fast path: a national matrix has ~8.000 rows and ~100.000 cells, each a valibot
 * run and a copy. When a plain loop finds the whole list valid, it is passed through as it is (not
 * copied); otherwise the full schema runs, so messages and paths are the schema's own. The object
 * is still valibot's array schema, so the JSON Schema generated from it does not change.
 */
/* @__NO_SIDE_EFFECTS__ */
function fastList<S extends v.GenericSchema>(schema: S, valid: (input: readonly unknown[]) => boolean): S {
  const full = schema['~run'];
  return Object.assign(schema, {
    '~run'(dataset: v.UnknownDataset, config: v.Config<v.BaseIssue<unknown>>) {
      const input = dataset.value;
      if (Array.isArray(input) && valid(input)) {
        return Object.assign(dataset, { typed: true, value: input }) as ReturnType<typeof full>;
      }
      return full.call(schema, dataset, config);
    },
  });
}

/** Entities × services, each cell a status id (null: nothing to say). */
export const MatrixDataset = v.strictObject(
  datasetEntries(v.literal('matrix'), {
    rows: fastList(v.array(MatrixRow), (rows) => rows.every(isRow)),
    columns: v.array(MatrixColumn),
    statuses: v.array(MatrixStatus),
    /** One array per row, one entry per column, in the order of `rows` and `columns`. */
    cells: fastList(v.array(v.array(v.nullable(Id))), isCellGrid),
    /** What the rows are (schools, offices…), by language: the matrix's heading, search and count use it. */
    rowNoun: v.optional(languageMap(MatrixRowNoun)),
  }),
);
export type MatrixDataset = v.InferOutput<typeof MatrixDataset>;
