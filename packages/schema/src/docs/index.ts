// The words of the report document, for editors: every object of the schema with what it is and
// what each of its fields means, Italian first. Read by the JSON Schema generator (so that
// report.schema.json carries them) and by no browser code: they live here, beside the schemas
// rather than inside them (v.description), so that the widgets' bundles carry none of this prose.
import { attribution, valueFormat } from './common.docs.js';
import type { Described } from './describe.js';
import { kpi } from './kpi.docs.js';
import { matrix, matrixColumn, matrixRow, matrixRowNoun, matrixStatus } from './matrix.docs.js';
import { period, report } from './report.docs.js';
import { annotation, series, seriesLine, seriesX, seriesY, threshold } from './series.docs.js';
import { sharePart, share } from './share.docs.js';
import {
  numericTarget,
  sla,
  slaDeviationNumber,
  slaDeviationText,
  slaItem,
  slaMeasureNumber,
  slaMeasureText,
  textTarget,
} from './sla.docs.js';
import { table, tableColumn, tableGroup, tableRow, totalRow } from './table.docs.js';

export { type Doc, type Described, ENGLISH, bilingual } from './describe.js';

/** Every object schema of the report document with its words. */
export const DESCRIBED: readonly Described[] = [
  report,
  period,
  attribution,
  valueFormat,
  kpi,
  sla,
  slaItem,
  numericTarget,
  textTarget,
  slaMeasureNumber,
  slaMeasureText,
  slaDeviationNumber,
  slaDeviationText,
  series,
  seriesX,
  seriesY,
  seriesLine,
  threshold,
  annotation,
  matrix,
  matrixRow,
  matrixColumn,
  matrixStatus,
  matrixRowNoun,
  table,
  tableColumn,
  tableRow,
  totalRow,
  tableGroup,
  share,
  sharePart,
];
