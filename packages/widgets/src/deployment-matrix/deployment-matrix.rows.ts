import type { MatrixDataset } from '@cst/schema';
import { html, nothing } from 'lit';
import { type SortState, sortButton, sortDirectionOf } from '../core/sort.js';
import type { MatrixSummary } from './deployment-matrix.model.js';

export interface RowContext {
  matrix: MatrixDataset;
  summary: MatrixSummary;
  /** "25 su 28". */
  of: (done: number, total: number) => string;
  /** The words for a cell without status. */
  noStatus: string;
  /** Whether the cell of an entity and a service (by ids) just changed. */
  changed: (row: string, column: string) => boolean;
}

/**
 * One entity: row header, a cell per service (label as text, meaning as class: shape and colour),
 * completion. `i` is the display position, `r` the row in the data; aria indexes count the header
 * row. Cells are not tab stops of their own: the element moves the grid's one tab stop after each
 * update (see deployment-matrix.keyboard.ts).
 */
export function matrixRow(ctx: RowContext, r: number, i: number) {
  const { matrix, summary } = ctx;
  const entity = matrix.rows[r]!;
  const cells = matrix.cells[r] ?? [];
  const width = matrix.columns.length;
  return html`<div role="row" class="row" aria-rowindex=${i + 2}>
    <div role="rowheader" class="entity" aria-colindex="1" tabindex="-1">${entity.label}</div>
    ${matrix.columns.map((column, c) => {
      const id = cells[c];
      const status = id == null ? undefined : summary.byId.get(id);
      const changed = ctx.changed(entity.id, column.id);
      return html`<div
        role="gridcell"
        part="cell"
        aria-colindex=${c + 2}
        tabindex="-1"
        class="${status?.cellClass ?? 'cell m-none'}${changed ? ' changed' : ''}"
        aria-label="${entity.label}, ${column.label}: ${status?.label || ctx.noStatus}"
      >
        ${status?.label ?? ''}
      </div>`;
    })}
    <div role="gridcell" class="done" aria-colindex=${width + 2} tabindex="-1">
      ${ctx.of(summary.rowDone[r]!, width)}
    </div>
  </div>`;
}

/** The column headers: entity and completion with their sort buttons, one per service. */
export function matrixHead(
  matrix: MatrixDataset,
  labels: { entity: string; completion: string },
  sort: SortState | undefined,
  onSort: (column: 'entity' | 'completion') => void,
) {
  const width = matrix.columns.length;
  const sortable = (column: 'entity' | 'completion', index: number, cls: string) => {
    const direction = sortDirectionOf(sort, column);
    return html`<div
      role="columnheader"
      class=${cls}
      aria-colindex=${index}
      aria-sort=${direction ?? nothing}
    >
      ${sortButton(labels[column], direction, () => onSort(column))}
    </div>`;
  };
  return html`<div role="rowgroup" class="head">
    <div role="row" class="row" aria-rowindex="1">
      ${sortable('entity', 1, 'entity')}
      ${matrix.columns.map((c, j) => html`<div role="columnheader" aria-colindex=${j + 2}>${c.label}</div>`)}
      ${sortable('completion', width + 2, '')}
    </div>
  </div>`;
}

/** The summary row: per service how many entities are done ("25 su 28"), and overall. */
export function matrixFoot(ctx: RowContext, rowIndex: number, heading: string) {
  const { matrix, summary, of } = ctx;
  const rows = matrix.rows.length;
  const all = summary.columnDone.reduce((a, b) => a + b, 0);
  return html`<div role="rowgroup" class="foot" part="summary">
    <div role="row" class="row" aria-rowindex=${rowIndex}>
      <div role="rowheader" class="entity" aria-colindex="1">${heading}</div>
      ${matrix.columns.map(
        (_, c) => html`<div role="gridcell" aria-colindex=${c + 2}>${of(summary.columnDone[c]!, rows)}</div>`,
      )}
      <div role="gridcell" aria-colindex=${matrix.columns.length + 2}>
        ${of(all, rows * matrix.columns.length)}
      </div>
    </div>
  </div>`;
}
