import type { MatrixDataset } from '@cst/schema';
import { html } from 'lit';
import type { MatrixSummary } from './deployment-matrix.model.js';

export interface RowContext {
  matrix: MatrixDataset;
  summary: MatrixSummary;
  /** "25 su 28". */
  of: (done: number, total: number) => string;
  /** The words for a cell without status. */
  noStatus: string;
  /** tabindex of a cell: 0 for the one tab stop, -1 for the rest. */
  tab: (row: number, col: number) => number;
  /** Cells that just changed, as "rowId|columnId". */
  changed: ReadonlySet<string>;
}

/**
 * One entity: row header, a cell per service (label as text, meaning as class: shape and colour),
 * completion. `i` is the display position, `r` the row in the data; aria indexes count the header row.
 */
export function matrixRow(ctx: RowContext, r: number, i: number) {
  const { matrix, summary, tab, changed } = ctx;
  const entity = matrix.rows[r]!;
  const cells = matrix.cells[r] ?? [];
  const width = matrix.columns.length;
  return html`<div role="row" class="row" aria-rowindex=${i + 2}>
    <div role="rowheader" class="entity" aria-colindex="1" data-row=${i} data-col="0" tabindex=${tab(i, 0)}>
      ${entity.label}
    </div>
    ${matrix.columns.map((column, c) => {
      const id = cells[c];
      const status = id == null ? undefined : summary.byId.get(id);
      const label = status?.label ?? '';
      const mark = changed.size > 0 && changed.has(`${entity.id}|${column.id}`);
      return html`<div
        role="gridcell"
        part="cell"
        class="cell m-${status?.meaning ?? 'none'}${mark ? ' changed' : ''}"
        aria-colindex=${c + 2}
        aria-label="${entity.label}, ${column.label}: ${label || ctx.noStatus}"
        data-row=${i}
        data-col=${c + 1}
        tabindex=${tab(i, c + 1)}
      >
        ${label}
      </div>`;
    })}
    <div
      role="gridcell"
      class="done"
      aria-colindex=${width + 2}
      data-row=${i}
      data-col=${width + 1}
      tabindex=${tab(i, width + 1)}
    >
      ${ctx.of(summary.rowDone[r]!, width)}
    </div>
  </div>`;
}

/** The column headers: entity, one per service, completion. */
export function matrixHead(matrix: MatrixDataset, entity: string, completion: string) {
  const width = matrix.columns.length;
  return html`<div role="rowgroup" class="head">
    <div role="row" class="row" aria-rowindex="1">
      <div role="columnheader" class="entity" aria-colindex="1">${entity}</div>
      ${matrix.columns.map((c, j) => html`<div role="columnheader" aria-colindex=${j + 2}>${c.label}</div>`)}
      <div role="columnheader" aria-colindex=${width + 2}>${completion}</div>
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
