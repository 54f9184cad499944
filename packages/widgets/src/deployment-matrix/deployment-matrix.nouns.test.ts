import { describe, expect, it } from 'vitest';
import { datasetRowNoun, parseRowNoun, rowNounWords } from './deployment-matrix.nouns.js';

const nouns = { it: { one: 'scuola', other: 'scuole' }, 'en-GB': { one: 'school', other: 'schools' } };

describe('the rows’ noun', () => {
  it('reads the attribute as singular, plural; one word is both; empty is none', () => {
    expect(parseRowNoun(' ufficio ,  uffici ')).toEqual({ one: 'ufficio', other: 'uffici' });
    expect(parseRowNoun('UCM')).toEqual({ one: 'UCM', other: 'UCM' });
    expect(parseRowNoun(' , ')).toBe(undefined);
    expect(parseRowNoun(undefined)).toBe(undefined);
  });

  it('takes the dataset’s noun under the page’s exact tag, else under one of the same language', () => {
    expect(datasetRowNoun(nouns, 'it-IT')).toEqual(nouns.it);
    expect(datasetRowNoun(nouns, 'en')).toEqual(nouns['en-GB']);
    expect(datasetRowNoun({ ...nouns, 'en-US': { one: 'x', other: 'y' } }, 'en-us')).toEqual({
      one: 'x',
      other: 'y',
    });
    expect(datasetRowNoun(nouns, 'de')).toBe(undefined);
    expect(datasetRowNoun(undefined, 'it')).toBe(undefined);
  });

  it('gives the words a heading, a singular and a plural; the attribute wins, then the data, then "ente"', () => {
    expect(rowNounWords('ufficio, uffici', nouns, 'it')).toEqual({
      One: 'Ufficio',
      one: 'ufficio',
      other: 'uffici',
    });
    expect(rowNounWords(undefined, nouns, 'it')).toEqual({ One: 'Scuola', one: 'scuola', other: 'scuole' });
    expect(rowNounWords(undefined, undefined, 'it')).toEqual({ One: 'Ente', one: 'ente', other: 'enti' });
    expect(rowNounWords(undefined, undefined, 'en')).toEqual({
      One: 'Entity',
      one: 'entity',
      other: 'entities',
    });
  });
});
