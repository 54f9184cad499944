import type { MatrixDataset } from '@cst/schema';
import { translate } from '../core/i18n.js';
import { matrixMessages } from './deployment-matrix.messages.js';

/** What the rows are, in the singular and the plural: "scuola", "scuole". */
export interface RowNoun {
  one: string;
  other: string;
}

/** The `row-noun` attribute: "scuola, scuole" (one word is both). Empty or missing: none. */
export function parseRowNoun(text: string | undefined): RowNoun | undefined {
  const [one, other] = (text ?? '').split(',').map((word) => word.trim());
  return one ? { one, other: other || one } : undefined;
}

const language = (tag: string) => tag.split('-')[0]!.toLowerCase();

/** The dataset's noun for the page's locale: under its exact tag, else under a tag of the same language. */
export function datasetRowNoun(nouns: MatrixDataset['rowNoun'], locale: string): RowNoun | undefined {
  if (!nouns) return undefined;
  const tags = Object.keys(nouns);
  const tag =
    tags.find((t) => t.toLowerCase() === locale.toLowerCase()) ??
    tags.find((t) => language(t) === language(locale));
  return tag === undefined ? undefined : nouns[tag];
}

/**
 * The words' values for the rows' noun: `One` for a heading ("Scuola"), `one` and `other` inside a
 * sentence. The attribute wins, then the dataset's noun in the page's language, then "ente"/"enti".
 */
export function rowNounWords(
  attribute: string | undefined,
  nouns: MatrixDataset['rowNoun'],
  locale: string,
): Record<string, string> {
  const noun = parseRowNoun(attribute) ??
    datasetRowNoun(nouns, locale) ?? {
      one: translate(matrixMessages, locale, 'noun.one'),
      other: translate(matrixMessages, locale, 'noun.other'),
    };
  const One = noun.one.charAt(0).toLocaleUpperCase(locale) + noun.one.slice(1);
  return { One, one: noun.one, other: noun.other };
}
