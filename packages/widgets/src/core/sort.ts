import { css, html } from 'lit';
import { type Dictionary, translate } from './i18n.js';

export type SortDirection = 'ascending' | 'descending';

/** A table's order: by one column, one way or the other. Unset, the rows keep the data's order. */
export interface SortState {
  /** The id of the column sorted on. */
  column: string;
  direction: SortDirection;
}

const sortMessages: Dictionary = {
  it: {
    sorted: 'Tabella ordinata per {column}, {direction}.',
    unsorted: 'Tabella nell’ordine originale.',
    ascending: 'crescente',
    descending: 'decrescente',
  },
  en: {
    sorted: 'Table sorted by {column}, {direction}.',
    unsorted: 'Table in its original order.',
    ascending: 'ascending',
    descending: 'descending',
  },
};

/**
 * Where a press on a column's sort button leads: a new column sorts ascending, then descending,
 * then back to the data's own order, so every order a reader can reach is one they can leave.
 */
export function nextSort(current: SortState | undefined, column: string): SortState | undefined {
  if (current?.column !== column) return { column, direction: 'ascending' };
  return current.direction === 'ascending' ? { column, direction: 'descending' } : undefined;
}

/** The direction a column is sorted in, for its header's aria-sort; undefined when it is not the sorted one. */
export function sortDirectionOf(sort: SortState | undefined, column: string): SortDirection | undefined {
  return sort?.column === column ? sort.direction : undefined;
}

/** What a screen reader is told after a sort: "Tabella ordinata per Codice, crescente." */
export function sortAnnouncement(sort: SortState | undefined, columnName: string, locale: string): string {
  const t = (key: string, params?: Record<string, string>) => translate(sortMessages, locale, key, params);
  return sort ? t('sorted', { column: columnName, direction: t(sort.direction) }) : t('unsorted');
}

const ICONS = { ascending: '▲', descending: '▼' } as const;

/** The button inside a sortable column header: its name and an arrow (↕ while it is not the sorted one). */
export function sortButton(name: string, direction: SortDirection | undefined, onPress: () => void) {
  return html`<button type="button" class="sort-button" part="sort-button" @click=${onPress}>
    ${name}<span class="sort-icon" part="sort-icon" aria-hidden="true"
      >${direction ? ICONS[direction] : '↕'}</span
    >
  </button>`;
}

/** The sort buttons' look; on paper the header is plain text and the arrows go. */
export const sortStyles = css`
  .sort-button {
    font: inherit;
    font-weight: 600;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    min-height: 24px;
    cursor: pointer;
    text-align: inherit;
    display: inline-flex;
    gap: 0.3em;
    align-items: center;
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
  }
  .sort-icon {
    color: var(--_muted);
  }
  [aria-sort] .sort-icon {
    color: inherit;
  }
  @media print {
    .sort-icon {
      display: none;
    }
    /* Chromium repeats the header on each page the table spans, but paints a button's box there
       empty: without its box the column name is plain text of the cell and prints on every page. */
    .sort-button {
      display: contents;
      text-decoration: none;
    }
  }
`;
