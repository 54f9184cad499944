import type { MatrixDataset } from '@cst/schema';
import { translate } from '../core/i18n.js';
import { matrixMessages } from './deployment-matrix.messages.js';
import { type CellDiff, diffCells } from './deployment-matrix.model.js';

/** What a live update changed, in words: each cell when there are up to 3, else how many. */
export function changeAnnouncement(
  { count, changes }: CellDiff,
  next: MatrixDataset,
  locale: string,
): string {
  const words = (key: string, params: Record<string, string | number>) =>
    translate(matrixMessages, locale, key, params);
  if (count > 3) return words('changedMany', { count });
  // At most 3 lookups: a search each, rather than maps of all the rows.
  const label = (list: readonly { id: string; label: string }[], id: string) =>
    list.find((item) => item.id === id)?.label ?? id;
  return words('changed', {
    cells: changes
      .map((c) =>
        words('cell', {
          row: label(next.rows, c.row),
          column: label(next.columns, c.column),
          status: c.status === null ? words('noStatus', {}) : label(next.statuses, c.status),
        }),
      )
      .join('; '),
  });
}

/**
 * What a live update changed: the cells to mark, as "row|column" (none when more than `maxMarked`
 * changed: a full replacement is not a change to point at), and the words to say; undefined when
 * nothing changed.
 */
export function liveChanges(
  previous: MatrixDataset,
  next: MatrixDataset,
  locale: string,
  maxMarked = 200,
): { marked: string[]; words: string } | undefined {
  const diff = diffCells(previous, next, maxMarked + 1);
  if (diff.count === 0) return undefined;
  const marked = diff.count <= maxMarked ? diff.changes.map((c) => `${c.row}|${c.column}`) : [];
  return { marked, words: changeAnnouncement(diff, next, locale) };
}
