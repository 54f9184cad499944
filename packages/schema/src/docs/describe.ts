import type * as v from 'valibot';

/** A field's words for editors: Italian first, English beside, and examples of real values. */
export interface Doc {
  it: string;
  en: string;
  examples?: readonly unknown[];
}

type ObjectSchema = { entries: v.ObjectEntries };

/** The object schema inside optional, nullable and list wrappers. */
export type ObjectIn<S> = S extends ObjectSchema
  ? S
  : S extends { wrapped: infer W }
    ? ObjectIn<W>
    : S extends { item: infer I }
      ? ObjectIn<I>
      : never;

/** What an object is, and every one of its fields: a field without words does not compile. */
export interface ObjectDocs<S extends ObjectSchema> {
  about?: Doc;
  fields: { readonly [K in keyof S['entries']]-?: Doc };
}

/** An object schema with its words, as the JSON Schema generator takes them. */
export type Described = readonly [schema: object, docs: ObjectDocs<ObjectSchema>];

export function describe<S extends ObjectSchema>(schema: S, docs: ObjectDocs<S>): Described {
  return [schema, docs as ObjectDocs<ObjectSchema>];
}

/** The object schema inside wrappers: `objectIn(SeriesDataset.entries.thresholds)` is one threshold. */
export function objectIn<S>(schema: S): ObjectIn<S> {
  let node = schema as { entries?: unknown; wrapped?: unknown; item?: unknown };
  while (!node.entries) node = (node.wrapped ?? node.item) as typeof node;
  return node as ObjectIn<S>;
}

/** Where the English starts in a description: one text holds both, as JSON Schema has one `description`. */
export const ENGLISH = '\n\nEN: ';

/** One description in both languages, Italian first. */
export const bilingual = (doc: Pick<Doc, 'it' | 'en'>): string => `${doc.it}${ENGLISH}${doc.en}`;
