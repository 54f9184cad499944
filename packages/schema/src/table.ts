import * as v from 'valibot';
import { Id, LABEL_MAX, Label, Num, ValueFormat, datasetEntries, idMap, tooLong } from './common.js';

import { COLUMN_TYPES } from './constants.js';

export { COLUMN_TYPES, type ColumnType } from './constants.js';

export const TableColumn = v.strictObject({
  id: Id,
  label: Label,
  type: v.picklist(COLUMN_TYPES),
  /** Header spanning adjacent columns ("2015" over Operazioni and Importo). */
  group: v.optional(Label),
  format: v.optional(ValueFormat),
  /** For `delta`: the columns it compares, from → to; the change is relative, in percent. */
  of: v.optional(v.strictTuple([Id, Id])),
  /** For count and currency columns: summed into totals (default true). */
  sum: v.optional(v.boolean()),
});
export type TableColumn = v.InferOutput<typeof TableColumn>;

/** A cell: text (a row label such as an entity's name: at most 500 characters), a number, or null (shown as "-"). */
export const CellValue = v.nullable(v.union([v.pipe(v.string(), tooLong(LABEL_MAX)), Num]));
export const TableRow = v.strictObject({
  id: v.optional(Id),
  /** Id of the group the row belongs to. */
  group: v.optional(Id),
  cells: idMap(CellValue),
});
export type TableRow = v.InferOutput<typeof TableRow>;

/** A totals line; values given here are what the report states, checked against the rows. */
export const TotalRow = v.strictObject({ label: Label, cells: v.optional(idMap(CellValue)) });
export type TotalRow = v.InferOutput<typeof TotalRow>;

export const TableGroup = v.strictObject({ id: Id, label: Label, subtotal: v.optional(TotalRow) });
export type TableGroup = v.InferOutput<typeof TableGroup>;

/** Typed rows and columns: tickets by state, usage by category, payments by entity. */
export const TableDataset = v.strictObject(
  datasetEntries(v.literal('table'), {
    columns: v.array(TableColumn),
    rows: v.array(TableRow),
    groups: v.optional(v.array(TableGroup)),
    total: v.optional(TotalRow),
  }),
);
export type TableDataset = v.InferOutput<typeof TableDataset>;
