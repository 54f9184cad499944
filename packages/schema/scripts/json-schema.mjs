// The JSON Schema of the report document, generated from the valibot schemas so the two cannot drift.
import { toJsonSchema } from '@valibot/to-json-schema';

export const SCHEMA_FILE = new URL('../report.schema.json', import.meta.url);
export const SCHEMA_ID = 'https://unpkg.com/@cst/schema/report.schema.json';

/**
 * @param {typeof import('../src/index.js')} lib the library, built (dist) or from source (tests)
 * @returns {Record<string, unknown>}
 */
export function buildJsonSchema(lib) {
  const schema = toJsonSchema(lib.ReportDocument, {
    target: 'draft-2020-12',
    // Cross-field rules (v.check, finite numbers, matrix statuses) have no JSON Schema form:
    // only the library validator applies them. See README.md.
    errorMode: 'ignore',
    // Named pieces become $defs, so the file reads like the TypeScript types.
    definitions: {
      KpiDataset: lib.KpiDataset,
      SlaDataset: lib.SlaDataset,
      SeriesDataset: lib.SeriesDataset,
      MatrixDataset: lib.MatrixDataset,
      TableDataset: lib.TableDataset,
      ShareDataset: lib.ShareDataset,
      SlaItem: lib.SlaItem,
      SlaTarget: lib.SlaTarget,
      Series: lib.Series,
      TableColumn: lib.TableColumn,
      TotalRow: lib.TotalRow,
      ValueFormat: lib.ValueFormat,
      Attribution: lib.Attribution,
      Id: lib.Id,
      IsoDate: lib.IsoDate,
    },
  });
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: SCHEMA_ID,
    title: 'cst-widgets report document',
    description: `A report of the cst-widgets elements, schemaVersion ${lib.SCHEMA_VERSION}. Generated from @cst/schema: do not edit.`,
    ...rest,
  };
}
