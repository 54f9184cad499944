import type { Dictionary } from '../core/i18n.js';

export const dataTableMessages: Dictionary = {
  it: {
    none: 'nessun dato',
    up: 'in aumento',
    down: 'in calo',
    sortBy: 'Ordina per {column}',
    sorted: 'Tabella ordinata per {column}, {direction}.',
    unsorted: 'Tabella nell’ordine originale.',
    ascending: 'crescente',
    descending: 'decrescente',
    group: 'Gruppo',
  },
  en: {
    none: 'no data',
    up: 'up',
    down: 'down',
    sortBy: 'Sort by {column}',
    sorted: 'Table sorted by {column}, {direction}.',
    unsorted: 'Table in its original order.',
    ascending: 'ascending',
    descending: 'descending',
    group: 'Group',
  },
};
