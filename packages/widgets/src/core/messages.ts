import { type Dictionary, translate } from './i18n.js';

/** Words shared by every element: states, staleness, downloads (problems: problem-message.ts, loaded on demand). */
export const coreMessages: Dictionary = {
  it: {
    loading: 'Caricamento dei dati…',
    empty: 'Nessun dato da mostrare.',
    errorTitle: 'Dati non disponibili',
    stale: 'Dati del {time}, non aggiornati',
    updated: 'Dati aggiornati',
    downloadCsv: 'Scarica i dati (CSV)',
    showData: 'Mostra dati',
    hideData: 'Nascondi dati',
    source: 'Fonte: {source}',
    asOf: 'Dati al {date}',
  },
  en: {
    loading: 'Loading data…',
    empty: 'No data to show.',
    errorTitle: 'Data unavailable',
    stale: 'Data from {time}, not up to date',
    updated: 'Data updated',
    downloadCsv: 'Download the data (CSV)',
    showData: 'Show data',
    hideData: 'Hide data',
    source: 'Source: {source}',
    asOf: 'Data as of {date}',
  },
};

export function coreText(locale: string, key: string, params?: Record<string, string | number>): string {
  return translate(coreMessages, locale, key, params);
}
