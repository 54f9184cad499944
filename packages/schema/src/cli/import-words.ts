import type { Wording } from './language.js';

/** What cst-import says, in Italian and English. */
export const IMPORT_WORDS: Wording<{
  usage: string;
  unknownOption: (option: string) => string;
  missingValue: (option: string) => string;
  badPair: (option: string, value: string) => string;
  badKind: (kind: string | undefined) => string;
  badId: (id: string | undefined) => string;
  unreadable: (reason: string) => string;
  notJson: (reason: string) => string;
  notReport: string;
  notImported: (count: string) => string;
  created: string;
  toComplete: string;
  done: (id: string, replaced: boolean) => string;
}> = {
  it: {
    usage: `uso: cst-import file.csv --kind <tipo> --id <id-dataset> [--title "…"] [--into report.json]
                  [--column ruolo=Intestazione]... [--type Intestazione=tipo]... [--lang it|en]

Crea un dataset da un file CSV (esportazioni di fogli di calcolo in italiano, con ";" e la virgola
decimale, o CSV semplice) e lo aggiunge al documento --into, nuovo o esistente (un dataset con lo
stesso id viene sostituito, il resto del file resta com'è); senza --into lo scrive a schermo.
  --kind     kpi, series, table, share o sla
  --column   per series, share e sla: quale colonna ha quale ruolo, es. --column x=Anno
  --type     per table: il tipo di una colonna, es. --type "Importo=currency"
Esce con 0 se fatto, 1 se i dati hanno problemi (non scrive nulla), 2 per file illeggibili o uso errato.`,
    unknownOption: (option) => `opzione sconosciuta ${option}`,
    missingValue: (option) => `${option} vuole un valore`,
    badPair: (option, value) => `${option} vuole nome=valore, non ${JSON.stringify(value)}`,
    badKind: (kind) =>
      `--kind vuole kpi, series, table, share o sla${kind ? `, non ${JSON.stringify(kind)}` : ''}`,
    badId: (id) =>
      `--id vuole un identificativo in minuscolo con trattini, come "sla" o "tickets-2016"${id ? `, non ${JSON.stringify(id)}` : ''}`,
    unreadable: (reason) => `impossibile leggere il file (${reason})`,
    notJson: (reason) => `non è JSON: ${reason}`,
    notReport: 'non è un documento di report (manca "datasets")',
    notImported: (count) => `non importato (${count})`,
    created: 'nuovo documento: completa publisher, period e license',
    toComplete: 'Da completare',
    done: (id, replaced) => `dataset "${id}" ${replaced ? 'sostituito' : 'aggiunto'}`,
  },
  en: {
    usage: `usage: cst-import file.csv --kind <kind> --id <dataset-id> [--title "…"] [--into report.json]
                  [--column role=Heading]... [--type Heading=type]... [--lang it|en]

Builds a dataset from a CSV file (Italian spreadsheet exports, with ";" and a decimal comma, or
plain CSV) and adds it to the --into document, new or existing (a dataset with the same id is
replaced, the rest of the file is kept as it is); without --into it prints it.
  --kind     kpi, series, table, share or sla
  --column   for series, share and sla: which column plays which role, e.g. --column x=Year
  --type     for table: a column's type, e.g. --type "Amount=currency"
Exit status: 0 done, 1 the data has problems (nothing written), 2 unreadable files or bad usage.`,
    unknownOption: (option) => `unknown option ${option}`,
    missingValue: (option) => `${option} needs a value`,
    badPair: (option, value) => `${option} wants name=value, not ${JSON.stringify(value)}`,
    badKind: (kind) =>
      `--kind wants kpi, series, table, share or sla${kind ? `, not ${JSON.stringify(kind)}` : ''}`,
    badId: (id) =>
      `--id wants a lowercase kebab-case id such as "sla" or "tickets-2016"${id ? `, not ${JSON.stringify(id)}` : ''}`,
    unreadable: (reason) => `cannot read the file (${reason})`,
    notJson: (reason) => `not JSON: ${reason}`,
    notReport: 'not a report document (no "datasets")',
    notImported: (count) => `not imported (${count})`,
    created: 'new document: complete its publisher, period and license',
    toComplete: 'To be completed',
    done: (id, replaced) => `dataset "${id}" ${replaced ? 'replaced' : 'added'}`,
  },
};
