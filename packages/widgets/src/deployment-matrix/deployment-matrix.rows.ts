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
  /** Cells that just changed, as "rowId|columnId". */
  changed: ReadonlySet<string>;
}

/**
 * The strings of a row template for `width` services: one template per row rather than one per
 * cell, so a row is one template instance (a national matrix creates rows while scrolling), and
 * every aria-colindex is written into the template instead of bound. Built from constants and a
 * count only, never from data, and kept per width: Lit knows a template by its strings' identity.
 */
const rowTemplates = new Map<number, TemplateStringsArray>();
function rowStrings(width: number): TemplateStringsArray {
  let strings = rowTemplates.get(width);
  if (!strings) {
    const parts = [
      '<div role="row" class="row" aria-rowindex=',
      '><div role="rowheader" class="entity" aria-colindex="1" tabindex="-1" .textContent=',
    ];
    for (let c = 0; c < width; c++) {
      parts.push(`></div><div role="gridcell" part="cell" aria-colindex="${c + 2}" tabindex="-1" class=`);
      parts.push(' aria-label=', ' .textContent=');
    }
    parts.push(
      `></div><div role="gridcell" class="done" aria-colindex="${width + 2}" tabindex="-1" .textContent=`,
    );
    parts.push('></div></div>');
    strings = Object.assign(parts, { raw: [...parts] }) as unknown as TemplateStringsArray;
    rowTemplates.set(width, strings);
  }
  return strings;
}

/**
 * One entity: row header, a cell per service (label as text, meaning as class: shape and colour),
 * completion. `i` is the display position, `r` the row in the data; aria indexes count the header row.
 *
 * Cheap to create, as a national matrix creates rows while scrolling: one template instance per
 * row (see rowStrings); text goes in through `.textContent` (one text node, no part markers or
 * white space around it), and cells carry no tabindex binding: the template says -1 and the
 * element moves the one tab stop itself after each update. Cells are found by their aria indexes
 * (row: aria-rowindex - 2; column: aria-colindex - 1).
 */
export function matrixRow(ctx: RowContext, r: number, i: number) {
  const { matrix, summary, changed } = ctx;
  const entity = matrix.rows[r]!;
  const cells = matrix.cells[r] ?? [];
  const width = matrix.columns.length;
  const values: unknown[] = [i + 2, entity.label];
  for (let c = 0; c < width; c++) {
    const id = cells[c];
    const column = matrix.columns[c]!;
    const status = id == null ? undefined : summary.byId.get(id);
    const css = status?.cellClass ?? 'cell m-none';
    const mark = changed.size > 0 && changed.has(`${entity.id}|${column.id}`);
    values.push(
      mark ? `${css} changed` : css,
      `${entity.label}, ${column.label}: ${status?.label || ctx.noStatus}`,
      status?.label ?? '',
    );
  }
  values.push(ctx.of(summary.rowDone[r]!, width));
  return html(rowStrings(width), ...values);
}

/** The column headers: entity, one per service, completion. */
export function matrixHead(matrix: MatrixDataset, entity: string, completion: string) {
  const width = matrix.columns.length;
  return html`<div role="rowgroup" class="head">
    <div role="row" class="row" aria-rowindex="1">
      <div role="columnheader" class="entity" aria-colindex="1" .textContent=${entity}></div>
      ${matrix.columns.map(
        (c, j) => html`<div role="columnheader" aria-colindex=${j + 2} .textContent=${c.label}></div>`,
      )}
      <div role="columnheader" aria-colindex=${width + 2} .textContent=${completion}></div>
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
      <div role="rowheader" class="entity" aria-colindex="1" .textContent=${heading}></div>
      ${matrix.columns.map(
        (_, c) =>
          html`<div
            role="gridcell"
            aria-colindex=${c + 2}
            .textContent=${of(summary.columnDone[c]!, rows)}
          ></div>`,
      )}
      <div
        role="gridcell"
        aria-colindex=${matrix.columns.length + 2}
        .textContent=${of(all, rows * matrix.columns.length)}
      ></div>
    </div>
  </div>`;
}
