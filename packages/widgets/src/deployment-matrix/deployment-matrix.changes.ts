import type { MatrixDataset } from '@cst/schema';
import { translate } from '../core/i18n.js';
import { matrixMessages } from './deployment-matrix.messages.js';
import type { CellDiff } from './deployment-matrix.model.js';

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
