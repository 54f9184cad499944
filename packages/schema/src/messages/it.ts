import type { ErrorParams, ValidationErrorCode } from '../issues.js';

type Params = ErrorParams & Record<string, unknown>;
/** A message in Italian from the error's params and the value found, already worded ("il testo "x""). */
type Say = (p: Params, got: string) => string;

const n = (count: unknown, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const not = (got: string) => (got ? `, non ${got}` : '');
const ids = (p: Params) => ((p.known as string[] | undefined) ?? []).join(', ') || 'nessuno';
/** A rule: what the field must be, then what it is. */
const rule =
  (text: string): Say =>
  (_, got) =>
    text + not(got);

const TYPES: Record<string, string> = {
  text: 'deve essere un testo',
  number: 'deve essere un numero',
  boolean: 'deve essere true o false',
  list: 'deve essere una lista',
  object: 'deve essere un oggetto',
  value: 'ha il valore sbagliato',
};

const OWNERS: Record<string, string> = {
  row: 'di riga',
  column: 'di colonna',
  status: 'di stato',
  group: 'di gruppo',
  series: 'di serie',
  part: 'di parte',
};

const X_TYPES: Record<string, string> = {
  year: 'un anno scritto come numero intero, per esempio 2016',
  date: 'una data esistente scritta AAAA-MM-GG, o la sua mezzanotte UTC in millisecondi dal 1970',
  datetime:
    "una data con l'ora e lo scarto dal tempo universale, per esempio 2016-12-31T18:00:00+01:00, o i millisecondi dal 1970",
};

/** Every error code in Italian: a code without a wording here does not compile. */
export const ITALIAN: Record<ValidationErrorCode, Say> = {
  'unknown-field': (p) => `campo sconosciuto "${p.field}"`,
  'too-many-items': (_, got) => `ha troppi elementi (il primo in più è ${got})`,
  'missing-field': (p) => `manca il campo obbligatorio "${p.field}"`,
  required: () => 'è obbligatorio',
  'wrong-type': (p, got) => (TYPES[p.expected as string] ?? 'ha il tipo sbagliato') + not(got),
  'not-allowed': (p, got) => `deve essere uno tra ${(p.allowed as string[]).join(', ')}${not(got)}`,
  'too-long': (p) => `è troppo lungo: ${p.length} caratteri, al massimo ${p.max}`,
  'too-small': (p, got) => `deve essere ${p.min} o più${not(got)}`,
  'too-large': (p, got) => `deve essere ${p.max} o meno${not(got)}`,
  invalid: (p) => (p.detail ? `non è valido (${p.detail})` : 'non è valido'),
  'newer-version': (p) =>
    `schemaVersion ${p.version} è più recente di quanto questa libreria conosca (${p.supported}): aggiorna @cst/schema e @cst/widgets`,
  'wrong-kind': (p, got) => `qui deve essere "${p.expected}"${not(got)}`,
  'duplicate-id': (p) =>
    `identificativo ${OWNERS[p.what as string] ?? ''} "${p.id}" ripetuto (già usato all'indice ${p.first})`,
  'duplicate-code': (p) => `codice "${p.id}" ripetuto (già usato all'indice ${p.first})`,
  'row-count': (p) =>
    `ha ${n(p.found, 'riga', 'righe')} di celle, ma ${p.expected === 1 ? "c'è 1 riga" : `le righe sono ${p.expected}`}`,
  'cell-count': (p) =>
    `ha ${n(p.found, 'cella', 'celle')}, ma ${p.expected === 1 ? "c'è 1 colonna" : `le colonne sono ${p.expected}`}`,
  'unknown-status': (p) => `stato sconosciuto "${p.id}" (stati: ${ids(p)})`,
  'unknown-column': (p) => `colonna sconosciuta "${p.id}" (colonne: ${ids(p)})`,
  'unknown-group': (p) => `gruppo sconosciuto "${p.id}" (gruppi: ${ids(p)})`,
  'text-in-number-column': (p, got) =>
    `deve essere un numero o null nella colonna di tipo ${p.type}${not(got)}`,
  'total-mismatch': (p) => `indica ${p.stated}, ma la somma delle righe è ${p.computed}`,
  'x-type': (p, got) => `deve essere ${X_TYPES[p.type as string]} (x.type è "${p.type}")${not(got)}`,
  'x-order': (p) =>
    `deve venire dopo ${JSON.stringify(p.previous)}: i punti vanno in ordine di x strettamente crescente`,
  'part-of': (p) => `deve indicare un'altra serie di questo dataset, non "${p.id}"`,
  'status-required': (p) =>
    `è obbligatorio perché ${p.reason === 'text-target' ? `l'obiettivo è un testo ("${p.target}")` : 'la misura non ha un numero'}: indica se è stato rispettato`,
  'status-disagrees': (p) =>
    `dice "${p.stated}", ma ${p.measured} rispetto a un obiettivo di ${p.direction === 'at-least' ? 'almeno' : 'al massimo'} ${p.target} è "${p.computed}"`,
  'margin-too-large': (p) =>
    p.percent
      ? `è ${p.margin} punti percentuali per ${p.code}, più di quanto una percentuale possa distare dall'obiettivo: scrivi al massimo 100`
      : `è una frazione dell'obiettivo per ${p.code} (non è in percentuale): ${p.margin} vorrebbe dire ${Number(p.margin) * 100}%; scrivi 0.05 per il 5%`,
  'trend-missing': (p) => `"${p.id}" non è un dataset di questo documento`,
  'trend-not-series': (p) => `"${p.id}" è un dataset ${p.kind}, non una serie`,
  'not-an-id': rule('deve essere un identificativo in minuscolo con trattini, come "sla" o "tickets-2016"'),
  'not-an-id-map': rule('deve essere un oggetto con gli identificativi come chiavi'),
  empty: () => 'non deve essere vuoto',
  'not-finite': rule('deve essere un numero finito'),
  'not-whole': rule('deve essere un numero intero'),
  'not-a-year': rule('deve essere un numero intero (un anno, o i millisecondi dal 1970)'),
  'not-a-year-or-date': rule('deve essere un anno, una data ISO o i millisecondi dal 1970'),
  'not-a-calendar-date': rule('deve essere una data che esiste nel calendario'),
  'not-a-date': rule('deve essere una data scritta AAAA-MM-GG'),
  'not-a-datetime': rule(
    "deve essere una data con l'ora scritta AAAA-MM-GGThh:mm:ss, con Z o lo scarto ±hh:mm",
  ),
  'not-a-currency-code': rule('deve essere un codice ISO 4217 come "EUR"'),
  'not-a-url': rule('deve essere un indirizzo web (URL) completo'),
  'not-an-istat-code': rule('deve essere un codice ISTAT di sei cifre'),
  'bad-schema-version': rule('deve essere "1.minore", per esempio "1.0"'),
  'not-a-language-tag': rule('deve essere un codice di lingua come "it-IT"'),
  'not-a-language-map': rule(
    'deve essere un oggetto con i codici di lingua come chiavi, per esempio "it" e "en"',
  ),
  'unknown-kind': rule('deve avere un "kind" tra kpi, sla, series, matrix, table, share'),
  'unknown-direction': rule('deve avere una "direction" tra at-least, at-most e text'),
  'bad-measure': rule('deve essere un oggetto con un numero "value", un "text" o entrambi'),
  'bad-deviation': rule('deve essere un oggetto con un numero "value" o un "text"'),
};

/** The value found, as an Italian message names it: il testo "x", una lista, 42. */
export function italianValue(p: ErrorParams): string {
  switch (p.receivedType) {
    case undefined:
      return '';
    case 'text':
      return `il testo ${JSON.stringify(p.received)}`;
    case 'list':
      return 'una lista';
    case 'object':
      return 'un oggetto';
    case 'missing':
      return 'niente';
    default:
      return String(p.received);
  }
}
