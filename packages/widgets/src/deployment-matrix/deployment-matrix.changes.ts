import type { MatrixDataset } from '@cst/schema';
import { translate } from '../core/i18n.js';
import { matrixMessages } from './deployment-matrix.messages.js';
import type { CellChange } from './deployment-matrix.model.js';

/** What a live update changed, in words: each cell when there are up to 3, else how many. */
export function changeAnnouncement(changes: CellChange[], next: MatrixDataset, locale: string): string {
  const statuses = new Map(next.statuses.map((s) => [s.id, s.label]));
  const rowLabel = new Map(next.rows.map((r) => [r.id, r.label]));
  const colLabel = new Map(next.columns.map((c) => [c.id, c.label]));
  const words = (key: string, params: Record<string, string | number>) =>
    translate(matrixMessages, locale, key, params);
  return changes.length > 3
    ? words('changedMany', { count: changes.length })
    : words('changed', {
        cells: changes
          .map((c) =>
            words('cell', {
              row: rowLabel.get(c.row) ?? c.row,
              column: colLabel.get(c.column) ?? c.column,
              status: c.status === null ? words('noStatus', {}) : (statuses.get(c.status) ?? c.status),
            }),
          )
          .join('; '),
      });
}
