import { describe, expect, it } from 'vitest';
import { nextSort, sortAnnouncement, sortDirectionOf } from './sort.js';

describe('nextSort(current, column)', () => {
  it('cycles a column through ascending, descending and the data’s own order', () => {
    const first = nextSort(undefined, 'code');
    expect(first).toEqual({ column: 'code', direction: 'ascending' });
    const second = nextSort(first, 'code');
    expect(second).toEqual({ column: 'code', direction: 'descending' });
    expect(nextSort(second, 'code')).toBeUndefined();
  });
  it('starts another column ascending, whatever the current one’s direction', () => {
    expect(nextSort({ column: 'code', direction: 'descending' }, 'status')).toEqual({
      column: 'status',
      direction: 'ascending',
    });
  });
});

describe('sortDirectionOf(sort, column)', () => {
  it('gives the direction only for the sorted column', () => {
    const sort = { column: 'code', direction: 'descending' } as const;
    expect(sortDirectionOf(sort, 'code')).toBe('descending');
    expect(sortDirectionOf(sort, 'status')).toBeUndefined();
    expect(sortDirectionOf(undefined, 'code')).toBeUndefined();
  });
});

describe('sortAnnouncement(sort, columnName, locale)', () => {
  it('says the column and the direction, or that the original order is back, in Italian and English', () => {
    expect(sortAnnouncement({ column: 'code', direction: 'ascending' }, 'Codice', 'it-IT')).toBe(
      'Tabella ordinata per Codice, crescente.',
    );
    expect(sortAnnouncement({ column: 'code', direction: 'descending' }, 'Code', 'en-GB')).toBe(
      'Table sorted by Code, descending.',
    );
    expect(sortAnnouncement(undefined, 'Codice', 'it-IT')).toBe('Tabella nell’ordine originale.');
  });
});
