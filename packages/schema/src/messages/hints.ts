import { italianDateToIso } from '../grid/dates.js';
import { isJsonNumber, readNumber } from '../grid/numbers.js';
import type { ValidationError } from '../issues.js';
import type { JsonHint } from '../parse-json.js';

/** A hint in both languages. */
export interface Hint {
  it: string;
  en: string;
}

const ITALIAN_THOUSANDS = /^[+-]?\d{1,3}(?:\.\d{3})+$/;

function wantsNumber({ code, params: p = {} }: ValidationError): boolean {
  return (
    (code === 'wrong-type' && p.expected === 'number') ||
    code === 'text-in-number-column' ||
    (code === 'x-type' && p.type === 'year')
  );
}

/** A number typed as text: "98,5" → write 98.5; "98.5" → without quotes; "-" in a table → null. */
function numberHint(error: ValidationError, text: string): Hint | undefined {
  const trimmed = text.trim();
  // "1.234" reads as JSON 1.234, but an Italian editor wrote one thousand two hundred and thirty-four.
  if (isJsonNumber(trimmed) && !ITALIAN_THOUSANDS.test(trimmed)) {
    return { it: `scrivi ${trimmed} senza virgolette`, en: `write ${trimmed} without quotes` };
  }
  const number = readNumber(text, 'it');
  if (number) {
    const json = String(number.value);
    return { it: `scrivi ${json}, non "${text}"`, en: `write ${json}, not "${text}"` };
  }
  if (number === null && error.code === 'text-in-number-column') {
    return { it: 'scrivi null per un dato mancante', en: 'write null for a missing figure' };
  }
  return undefined;
}

/** What would fix the error, when it can be told: a close name, a number or a date written as JSON wants. */
export function errorHint(error: ValidationError): Hint | undefined {
  const p = error.params ?? {};
  if (typeof p.suggestion === 'string') {
    return { it: `forse intendevi "${p.suggestion}"?`, en: `did you mean "${p.suggestion}"?` };
  }
  if (p.receivedType !== 'text') return undefined;
  const text = String(p.received);
  if (wantsNumber(error)) return numberHint(error, text);
  if (error.code === 'not-a-date' || (error.code === 'x-type' && p.type === 'date')) {
    const iso = italianDateToIso(text);
    if (iso) return { it: `scrivi ${iso}, non "${text}"`, en: `write ${iso}, not "${text}"` };
  }
  return undefined;
}

/** A JSON syntax error's likely cause, in both languages. */
export function jsonHint(hint: JsonHint): Hint {
  switch (hint.code) {
    case 'decimal-comma':
      return {
        it: `in JSON i decimali si scrivono con il punto: ${hint.number}, non ${hint.written}`,
        en: `JSON writes decimals with a point: ${hint.number}, not ${hint.written}`,
      };
    case 'trailing-comma':
      return { it: "togli la virgola dopo l'ultimo elemento", en: 'remove the comma after the last item' };
    case 'single-quotes':
      return { it: 'JSON vuole le virgolette doppie (")', en: 'JSON wants double quotes (")' };
    case 'unquoted-name':
      return {
        it: 'metti il nome del campo tra virgolette doppie',
        en: 'put the field name in double quotes',
      };
  }
}
