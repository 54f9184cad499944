import { decimalsOf, difference } from '../derive/number.js';
import { columnTotal, isSummable } from '../derive/table.js';
import type { ValidationError } from '../issues.js';
import type { TableColumn, TableDataset, TotalRow } from '../table.js';
import { at, duplicateIds, error, unknownId } from './path.js';
import { received } from '../issues.js';

type Cells = TotalRow['cells'];

function cellErrors(cells: Cells, columns: Map<string, TableColumn>, path: string): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const [key, value] of Object.entries(cells ?? {})) {
    const col = columns.get(key);
    if (!col) {
      errors.push(unknownId(at(path, key), 'unknown-column', key, [...columns.keys()]));
    } else if (typeof value === 'string' && col.type !== 'text') {
      // "-" belongs in the data as null, or the column cannot be summed.
      errors.push(
        error(
          at(path, key),
          `must be a number or null in the ${col.type} column, not the text "${value}"`,
          'text-in-number-column',
          { type: col.type, ...received(value) },
        ),
      );
    }
  }
  return errors;
}

/** Stated totals of summable columns must be what the rows add up to. */
function totalErrors(
  table: TableDataset,
  total: TotalRow | undefined,
  path: string,
  group?: string,
): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const col of table.columns) {
    const stated = total?.cells?.[col.id];
    if (typeof stated !== 'number' || !isSummable(col)) continue;
    const computed = columnTotal(table, col.id, group);
    // Agreement to the stated value's last digit: a stated 11.435.690 may round 11.435.689,56.
    if (Math.abs(difference(stated, computed)) > 0.5 * 10 ** -decimalsOf(stated)) {
      errors.push(
        error(
          at(path, 'cells', col.id),
          `states ${stated} but the rows add up to ${computed}`,
          'total-mismatch',
          {
            stated,
            computed,
          },
        ),
      );
    }
  }
  return errors;
}

export function tableErrors(table: TableDataset, path: string): ValidationError[] {
  const columns = new Map(table.columns.map((c) => [c.id, c]));
  const groups = new Set((table.groups ?? []).map((g) => g.id));
  const errors = [
    ...duplicateIds(table.columns, (i) => at(path, 'columns', i, 'id'), 'column'),
    ...duplicateIds(table.groups ?? [], (i) => at(path, 'groups', i, 'id'), 'group'),
    ...duplicateIds(table.rows, (i) => at(path, 'rows', i, 'id'), 'row'),
  ];
  table.columns.forEach((col, i) => {
    col.of?.forEach((id, k) => {
      if (!columns.has(id)) {
        const problem = unknownId(at(path, 'columns', i, 'of', k), 'unknown-column', id, [...columns.keys()]);
        errors.push({ ...problem, message: `unknown column "${id}"` });
      }
    });
  });
  table.rows.forEach((row, i) => {
    if (row.group !== undefined && !groups.has(row.group)) {
      errors.push(unknownId(at(path, 'rows', i, 'group'), 'unknown-group', row.group, [...groups]));
    }
    errors.push(...cellErrors(row.cells, columns, at(path, 'rows', i, 'cells')));
  });
  (table.groups ?? []).forEach((group, i) => {
    const subtotalPath = at(path, 'groups', i, 'subtotal');
    errors.push(...cellErrors(group.subtotal?.cells, columns, at(subtotalPath, 'cells')));
    errors.push(...totalErrors(table, group.subtotal, subtotalPath, group.id));
  });
  errors.push(...cellErrors(table.total?.cells, columns, at(path, 'total', 'cells')));
  errors.push(...totalErrors(table, table.total, at(path, 'total')));
  return errors;
}
