import { type Dictionary, translate } from './i18n.js';

/** Words shared by every element: states, errors, staleness, downloads. */
export const coreMessages: Dictionary = {
  it: {
    loading: 'Caricamento dei dati…',
    empty: 'Nessun dato da mostrare.',
    errorTitle: 'Dati non disponibili',
    'error.invalid-json': 'Il file dei dati non è un JSON valido.',
    'error.invalid-document': 'Il documento dei dati non è valido ({count} problemi). Primo: {first}',
    'error.unsupported-version': 'Il documento usa una versione dello schema più recente di questa libreria.',
    'error.dataset-missing': 'Il documento non contiene il dataset «{dataset}».',
    'error.dataset-required': 'Indicare quale dataset mostrare con l’attributo dataset.',
    'error.wrong-kind': 'Il dataset «{dataset}» è di tipo «{kind}», ma questo elemento mostra: {expected}.',
    'error.http': 'Il server ha risposto con un errore ({status}).',
    'error.network': 'Impossibile raggiungere il server dei dati.',
    'error.timeout': 'Il server dei dati non ha risposto in tempo.',
    'error.invalid-url': 'L’indirizzo dei dati non è valido.',
    'error.stream-lost': 'Gli aggiornamenti in tempo reale si sono interrotti.',
    'error.stream-not-document': 'Il flusso dei dati non inizia con il documento intero.',
    'error.document-gone': 'Il documento dei dati non è più pubblicato.',
    'error.invalid-table': 'Tabella dei dati da correggere: {first}',
    'error.invalid-csv': 'File CSV dei dati da correggere: {first}',
    'error.grid-unsupported':
      'Questo elemento non legge tabelle né file CSV (mostra dati di tipo {expected}): usa un documento JSON.',
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
    'error.invalid-json': 'The data file is not valid JSON.',
    'error.invalid-document': 'The data document is not valid ({count} problems). First: {first}',
    'error.unsupported-version': 'The document uses a newer schema version than this library.',
    'error.dataset-missing': 'The document has no dataset “{dataset}”.',
    'error.dataset-required': 'Name the dataset to show with the dataset attribute.',
    'error.wrong-kind': 'Dataset “{dataset}” is of kind “{kind}”, but this element shows: {expected}.',
    'error.http': 'The server answered with an error ({status}).',
    'error.network': 'The data server could not be reached.',
    'error.timeout': 'The data server did not answer in time.',
    'error.invalid-url': 'The data address is not valid.',
    'error.stream-lost': 'Live updates have stopped.',
    'error.stream-not-document': 'The data stream does not start with the whole document.',
    'error.document-gone': 'The data document is no longer published.',
    'error.invalid-table': 'The data table needs fixing: {first}',
    'error.invalid-csv': 'The CSV data file needs fixing: {first}',
    'error.grid-unsupported':
      'This element does not read tables or CSV files (it shows data of kind {expected}): use a JSON document.',
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
