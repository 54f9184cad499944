import {
  type JsonSyntaxError,
  type ValidationError,
  closest,
  formatError,
  formatJsonError,
  parseJson,
  problemCount,
} from '@cst/schema';
import { formatGridProblem } from '@cst/schema/grid';
import { type DataProblem, unparsedText } from '../source/problems.js';
import { type Dictionary, translate } from './i18n.js';

/**
 * Every problem an element can show, in Italian and English. This module and the schema's wording
 * it uses (every validation code, the hints) are loaded when a problem is first shown, never by a
 * page whose data is fine: see problem-wording.ts.
 */
export const problemMessages: Dictionary = {
  it: {
    'invalid-json': 'I dati non sono in formato JSON valido.',
    'invalid-json.at': 'I dati non sono in formato JSON valido: {where}',
    'invalid-json.html':
      'Al posto dei dati è arrivata una pagina web (HTML): controlla l’indirizzo dei dati, e che il file sia pubblicato lì.',
    'invalid-document': 'Il documento dei dati non è valido. In {path}: {error}',
    'invalid-document.many': 'Il documento dei dati non è valido ({count}). In {path}: {error}',
    'invalid-table': 'Tabella dei dati da correggere: {error}',
    'invalid-table.many': 'Tabella dei dati da correggere ({count}). Il primo: {error}',
    'invalid-csv': 'File CSV dei dati da correggere: {error}',
    'invalid-csv.many': 'File CSV dei dati da correggere ({count}). Il primo: {error}',
    'grid-unsupported':
      'Questo elemento non legge tabelle né file CSV (mostra dati di tipo {expected}): usa un documento JSON.',
    'unsupported-version':
      'Il documento usa la versione {version} dello schema, più recente di quelle che questa libreria conosce ({supported}): aggiorna @cst/widgets.',
    'dataset-missing': 'Il documento non contiene il dataset «{dataset}» (contiene: {known}).',
    'dataset-missing.close':
      'Il documento non contiene il dataset «{dataset}»: forse intendevi «{suggestion}»?',
    'dataset-required':
      'Indica quale dataset mostrare con l’attributo dataset (il documento contiene: {known}).',
    'wrong-kind':
      'Il dataset «{dataset}» è di tipo «{kind}», ma questo elemento mostra: {expected}. Per il tipo «{kind}» usa {elements}.',
    http: 'Il server ha risposto con un errore ({status}).',
    network: 'Impossibile raggiungere il server dei dati.',
    timeout: 'Il server dei dati non ha risposto in tempo.',
    'invalid-url': 'L’indirizzo dei dati non è valido.',
    'stream-lost': 'Gli aggiornamenti in tempo reale si sono interrotti.',
    'stream-not-document': 'Il flusso dei dati non inizia con il documento intero.',
    'document-gone': 'Il documento dei dati non è più pubblicato.',
    none: 'nessuno',
    or: ' o ',
  },
  en: {
    'invalid-json': 'The data is not valid JSON.',
    'invalid-json.at': 'The data is not valid JSON: {where}',
    'invalid-json.html':
      'A web page (HTML) arrived instead of the data: check the data’s address, and that the file is published there.',
    'invalid-document': 'The data document is not valid. At {path}: {error}',
    'invalid-document.many': 'The data document is not valid ({count}). At {path}: {error}',
    'invalid-table': 'The data table needs fixing: {error}',
    'invalid-table.many': 'The data table needs fixing ({count}). The first: {error}',
    'invalid-csv': 'The CSV data file needs fixing: {error}',
    'invalid-csv.many': 'The CSV data file needs fixing ({count}). The first: {error}',
    'grid-unsupported':
      'This element does not read tables or CSV files (it shows data of kind {expected}): use a JSON document.',
    'unsupported-version':
      'The document uses schema version {version}, newer than this library knows ({supported}): update @cst/widgets.',
    'dataset-missing': 'The document has no dataset “{dataset}” (it has: {known}).',
    'dataset-missing.close': 'The document has no dataset “{dataset}”: did you mean “{suggestion}”?',
    'dataset-required': 'Name the dataset to show with the dataset attribute (the document has: {known}).',
    'wrong-kind':
      'Dataset “{dataset}” is of kind “{kind}”, but this element shows: {expected}. For kind “{kind}” use {elements}.',
    http: 'The server answered with an error ({status}).',
    network: 'The data server could not be reached.',
    timeout: 'The data server did not answer in time.',
    'invalid-url': 'The data address is not valid.',
    'stream-lost': 'Live updates have stopped.',
    'stream-not-document': 'The data stream does not start with the whole document.',
    'document-gone': 'The data document is no longer published.',
    none: 'none',
    or: ' or ',
  },
};

/** The elements that show each kind of dataset. */
const ELEMENTS: Record<string, string[]> = {
  kpi: ['cst-kpi-tile'],
  sla: ['cst-sla-table'],
  series: ['cst-trend-line', 'cst-bar-chart'],
  matrix: ['cst-deployment-matrix'],
  table: ['cst-data-table', 'cst-bar-chart'],
  share: ['cst-share'],
};

/**
 * The schema problem to tell, of several: a field typed wrong ("valeu", did you mean "value"?) before
 * the missing field it also causes ("value" is required), else the first.
 */
function problemToTell(errors: readonly ValidationError[]): ValidationError {
  const missing = new Set(errors.filter((e) => e.code === 'missing-field').map((e) => e.params?.field));
  return (
    errors.find((e) => e.code === 'unknown-field' && missing.has(e.params?.suggestion ?? null)) ?? errors[0]!
  );
}

/** At most this many dataset ids are listed in a message. */
const LISTED = 8;

/** A problem in words, and for invalid JSON where the text stops being JSON. */
export interface WordedProblem {
  message: string;
  /** Line, column and what was expected there, for `invalid-json`. */
  syntax?: JsonSyntaxError;
}

/** Found once per problem: a long text is walked again only to find its first error. */
const syntaxes = new WeakMap<DataProblem, JsonSyntaxError | undefined>();

function syntaxOf(problem: DataProblem): JsonSyntaxError | undefined {
  if (!syntaxes.has(problem)) {
    const text = unparsedText(problem);
    const parsed = text === undefined ? undefined : parseJson(text);
    syntaxes.set(problem, parsed && !parsed.ok ? parsed.error : undefined);
  }
  return syntaxes.get(problem);
}

function listed(ids: readonly string[] | undefined, none: string): string {
  if (!ids?.length) return none;
  return ids.length > LISTED ? `${ids.slice(0, LISTED).join(', ')}, …` : ids.join(', ');
}

/** Every problem in the page's language: what is wrong, where (JSON path, line and column) and, where it can tell, what to write instead. */
export function wordProblem(problem: DataProblem, locale: string): WordedProblem {
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(problemMessages, locale, key, { ...problem.params, ...params });
  const known = listed(problem.datasets, t('none'));
  switch (problem.code) {
    case 'invalid-json': {
      // A server's page (a "not found" answered with 200, a login page) where the data should be.
      if (/^\s*</.test(unparsedText(problem) ?? '')) return { message: t('invalid-json.html') };
      const syntax = syntaxOf(problem);
      if (!syntax) return { message: t('invalid-json') };
      return { message: t('invalid-json.at', { where: formatJsonError(syntax, locale) }), syntax };
    }
    case 'invalid-table':
    case 'invalid-csv': {
      // Every problem is in cst-error's detail (cells); the message tells the first, with its row and column.
      const cells = problem.cells ?? [];
      const error = cells[0] ? formatGridProblem(cells[0], locale) : '';
      if (cells.length <= 1) return { message: t(problem.code, { error }) };
      return { message: t(`${problem.code}.many`, { error, count: problemCount(cells.length, locale) }) };
    }
    case 'invalid-document': {
      const errors = problem.errors ?? [];
      const told = problemToTell(errors);
      const where = { path: told.path, error: formatError(told, locale) };
      if (errors.length === 1) return { message: t('invalid-document', where) };
      return {
        message: t('invalid-document.many', { ...where, count: problemCount(errors.length, locale) }),
      };
    }
    case 'unsupported-version': {
      const params = problem.errors?.[0]?.params ?? {};
      return {
        message: t('unsupported-version', {
          version: String(params.version),
          supported: String(params.supported),
        }),
      };
    }
    case 'dataset-missing': {
      const suggestion = closest(String(problem.params?.dataset), problem.datasets ?? []);
      return {
        message: suggestion ? t('dataset-missing.close', { suggestion }) : t('dataset-missing', { known }),
      };
    }
    case 'dataset-required':
      return { message: t('dataset-required', { known }) };
    case 'wrong-kind': {
      const tags = (ELEMENTS[String(problem.params?.kind)] ?? []).map((tag) => `<${tag}>`);
      return { message: t('wrong-kind', { elements: tags.join(t('or')) }) };
    }
    default:
      return { message: t(problem.code) };
  }
}
