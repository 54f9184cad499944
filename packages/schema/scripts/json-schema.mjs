// The JSON Schema of the report document, generated from the valibot schemas so the two cannot drift,
// with the words of src/docs (Italian first, English beside) on every object and field.
import { toJsonSchema } from '@valibot/to-json-schema';

export const SCHEMA_FILE = new URL('../report.schema.json', import.meta.url);
export const SCHEMA_ID = 'https://unpkg.com/@cst/schema/report.schema.json';

/** A converted object with its description, and each field's description and examples. */
function withWords(jsonSchema, { about, fields }, bilingual) {
  const properties = Object.fromEntries(
    Object.entries(jsonSchema.properties ?? {}).map(([name, property]) => {
      const doc = fields[name];
      if (!doc) return [name, property];
      const examples = doc.examples ? { examples: doc.examples } : {};
      return [name, { description: bilingual(doc), ...property, ...examples }];
    }),
  );
  return { ...(about ? { description: bilingual(about) } : {}), ...jsonSchema, properties };
}

/**
 * @param {typeof import('../src/index.js')} lib the library, built (dist) or from source (tests)
 * @param {typeof import('../src/docs/index.js')} docs its words, built or from source
 * @returns {Record<string, unknown>}
 */
export function buildJsonSchema(lib, docs) {
  const words = new Map(docs.DESCRIBED);
  const schema = toJsonSchema(lib.ReportDocument, {
    target: 'draft-2020-12',
    // Cross-field rules (v.check, finite numbers, matrix statuses) have no JSON Schema form:
    // only the library validator applies them. See README.md.
    errorMode: 'ignore',
    overrideSchema: ({ valibotSchema, jsonSchema }) => {
      const described = words.get(valibotSchema);
      return described ? withWords(jsonSchema, described, docs.bilingual) : undefined;
    },
    // Named pieces become $defs, so the file reads like the TypeScript types.
    definitions: {
      KpiDataset: lib.KpiDataset,
      SlaDataset: lib.SlaDataset,
      SeriesDataset: lib.SeriesDataset,
      MatrixDataset: lib.MatrixDataset,
      TableDataset: lib.TableDataset,
      ShareDataset: lib.ShareDataset,
      Period: lib.Period,
      SlaItem: lib.SlaItem,
      SlaTarget: lib.SlaTarget,
      NumericTarget: lib.NumericTarget,
      TextTarget: lib.TextTarget,
      SlaMeasure: lib.SlaMeasure,
      SlaDeviation: lib.SlaDeviation,
      SeriesX: lib.SeriesX,
      SeriesY: lib.SeriesY,
      Series: lib.Series,
      Threshold: lib.Threshold,
      Annotation: lib.Annotation,
      MatrixRow: lib.MatrixRow,
      MatrixColumn: lib.MatrixColumn,
      MatrixStatus: lib.MatrixStatus,
      MatrixRowNoun: lib.MatrixRowNoun,
      TableColumn: lib.TableColumn,
      TableRow: lib.TableRow,
      TableGroup: lib.TableGroup,
      TotalRow: lib.TotalRow,
      SharePart: lib.SharePart,
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
    $comment: `Generated from @cst/schema (schemaVersion ${lib.SCHEMA_VERSION}): do not edit.`,
    title: 'cst-widgets report document',
    ...rest,
  };
}
