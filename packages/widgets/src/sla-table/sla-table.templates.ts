import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { styleProps } from '../core/style-props.js';
import type { SlaColumn, SlaRow } from './sla-table.model.js';

const ICONS = { met: '✓', 'at-risk': '!', breached: '✗', 'not-measured': '–' } as const;
/** Columns aligned as figures. */
export const NUMERIC = new Set<SlaColumn>(['target', 'measured', 'deviation']);

/** A cell: its column name (shown as a field label in cards), its value; marked when it just changed. */
function slaCell(row: SlaRow, column: SlaColumn, label: string, marked: boolean) {
  let content: unknown = row[column as 'code' | 'label'];
  if (column === 'target' && row.direction) {
    content = html`<span class="visually-hidden">${row.direction} </span>${row.target}`;
  } else if (column === 'target' || column === 'measured') content = row[column];
  else if (column === 'deviation') {
    const unit = row.deviationUnit;
    content = html`${row.deviation}${
      unit?.short ? html` <abbr title=${unit.long} aria-hidden="true">${unit.short}</abbr>` : nothing
    }${unit ? html`<span class="visually-hidden"> ${unit.long}</span>` : nothing}`;
  } else if (column === 'status') {
    content = html`<span part="status" class="status ${row.status}"
      ><span class="icon" aria-hidden="true">${ICONS[row.status]}</span>${row.statusText}</span
    >`;
  }
  const numeric = NUMERIC.has(column);
  const cls = `${column} ${numeric ? 'num' : ''} ${marked ? 'changed' : ''}`;
  // The field label is written inline, not as its own template: one template instance less per
  // cell. No white space inside the cell (kept on one line).
  // prettier-ignore
  if (column === 'code') return html`<th scope="row" part="cell" class=${cls}><span class="field">${label}</span><span>${content}</span></th>`;
  // A figure that changes is new text, not the old text moved: right-aligned, a narrower or
  // wider figure would move its start, which the browser counts as a layout shift.
  if (numeric) content = keyed(row[column as 'measured'], content);
  return html`<td part="cell" class=${cls}><span class="field">${label}</span><span>${content}</span></td>`;
}

/** A row of SLA cells; `index` is its aria-rowindex when virtualised. */
export function slaRow(
  row: SlaRow,
  columns: SlaColumn[],
  label: (column: SlaColumn) => string,
  changed: ReadonlySet<SlaColumn> | undefined,
  index?: number,
) {
  return html`<tr part="row" class=${row.status} aria-rowindex=${index ?? nothing}>
    ${columns.map((c) => slaCell(row, c, label(c), changed?.has(c) ?? false))}
  </tr>`;
}

/** An empty row that stands in for the rows not rendered above or below the window. */
export function slaSpacer(height: number, columns: number) {
  return height > 0
    ? html`<tr class="spacer" aria-hidden="true" style=${styleProps({ height: `${height}px` })}>
        <td colspan=${columns}></td>
      </tr>`
    : nothing;
}
