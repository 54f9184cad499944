import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { type SortState, sortButton, sortDirectionOf } from '../core/sort.js';
import { type SlaColumn, type SlaRow, SORTABLE_COLUMNS } from './sla-table.model.js';

const ICONS = { met: '✓', 'at-risk': '!', breached: '✗', 'not-measured': '–' } as const;
/** Columns aligned as figures. */
const NUMERIC = new Set<SlaColumn>(['target', 'measured', 'deviation']);

/** A column header: a sort button in the sortable ones, with aria-sort on the sorted one. */
export function slaHeader(
  column: SlaColumn,
  name: string,
  sort: SortState | undefined,
  onSort: (column: SlaColumn) => void,
) {
  const sortable = SORTABLE_COLUMNS.includes(column);
  const cls = `${sortable ? 'sortable' : ''} ${NUMERIC.has(column) ? 'num' : ''}`;
  if (!sortable) return html`<th scope="col" part="header" class=${cls}>${name}</th>`;
  const direction = sortDirectionOf(sort, column);
  return html`<th scope="col" part="header" class=${cls} aria-sort=${direction ?? nothing}>
    ${sortButton(name, direction, () => onSort(column))}
  </th>`;
}

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
  // No white space inside the cell: it is laid out on one line.
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
  columns: readonly SlaColumn[],
  label: (column: SlaColumn) => string,
  marked: (column: SlaColumn) => boolean,
  index?: number,
) {
  return html`<tr part="row" class=${row.status} aria-rowindex=${index ?? nothing}>
    ${columns.map((c) => slaCell(row, c, label(c), marked(c)))}
  </tr>`;
}
