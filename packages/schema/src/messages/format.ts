import type { ValidationError } from '../issues.js';
import type { JsonExpectation, JsonSyntaxError } from '../parse-json.js';
import { type Hint, errorHint, jsonHint } from './hints.js';
import { ITALIAN, italianValue } from './it.js';
import { type MessageLanguage, messageLanguage } from './language.js';

export { type MessageLanguage, messageLanguage } from './language.js';

const withHint = (text: string, hint: Hint | undefined, language: MessageLanguage) =>
  hint ? `${text}; ${hint[language]}` : text;

/**
 * A validation error in the reader's language, with a hint where one can be told, without its
 * path: `formatError(e, 'it-IT')` → `campo sconosciuto "mesured"; forse intendevi "measured"?`.
 * Errors without a code (made by other code) keep their English message.
 */
export function formatError(error: ValidationError, locale: string | undefined): string {
  const language = messageLanguage(locale);
  const params = error.params ?? {};
  const say = error.code && ITALIAN[error.code];
  const text = language === 'it' && say ? say(params, italianValue(params)) : error.message;
  return withHint(text, errorHint(error), language);
}

/** "1 problema", "2 problemi"; "1 problem", "2 problems" (the number written as the locale writes it). */
export function problemCount(count: number, locale: string | undefined): string {
  const language = messageLanguage(locale);
  const figure = new Intl.NumberFormat(language === 'it' ? 'it-IT' : 'en-GB', {
    useGrouping: 'always',
  }).format(count);
  const [one, many] = language === 'it' ? ['problema', 'problemi'] : ['problem', 'problems'];
  return `${figure} ${count === 1 ? one : many}`;
}

const EXPECTED_IT: Record<JsonExpectation, string> = {
  value: 'un valore',
  'closing-quote': 'le virgolette doppie di chiusura',
  'no-control-character': 'nessun a capo o carattere di controllo dentro un testo (scrivi \\n)',
  escape: 'una sequenza come \\n o \\"',
  'hex-digits': 'quattro cifre esadecimali dopo \\u',
  'property-name': 'un nome di campo tra virgolette doppie',
  colon: '":"',
  'comma-or-close': '","',
  end: 'la fine del documento',
};

/** Where a text stops being JSON, in the reader's language, with the likely cause where one can be told. */
export function formatJsonError(error: JsonSyntaxError, locale: string | undefined): string {
  const language = messageLanguage(locale);
  const hint = error.hint && jsonHint(error.hint);
  if (language !== 'it' || !error.expected) return withHint(error.message, hint, language);
  const what =
    error.found == null ? 'fine del file inattesa' : `carattere inatteso ${JSON.stringify(error.found)}`;
  const expected =
    error.expected === 'comma-or-close' ? `"," o "${error.close}"` : EXPECTED_IT[error.expected];
  return withHint(
    `${what} alla riga ${error.line}, colonna ${error.column} (atteso: ${expected})`,
    hint,
    language,
  );
}
