/**
 * How a text writes its numbers: `it` with a decimal comma and dots (or spaces) between thousands
 * ("11.240.255,77"), `en` with a decimal point and commas between thousands ("11,240,255.77").
 */
export type NumberConvention = 'it' | 'en';

/** A number read from a cell, with what its text said about it. */
export interface CellNumber {
  value: number;
  /** Written with "%": the value is in percent (35,9% is 35.9). */
  percent: boolean;
  /** Written with "€" or "EUR". */
  currency: boolean;
  /** Written with an explicit "+" (a change, as deltas are). */
  plus: boolean;
  /** How many digits were written after the decimal mark ("35,9%" has 1): shown so again. */
  decimals: number;
}

/** How a cell says "no figure": empty, a dash, "n.d.". */
const NONE = /^(?:|-|–|—|n\.?\s?d\.?|n\/d|n\.?\s?a\.?|n\/a)$/i;
const SPACES = /[\s\u00a0\u202f]/g;
const GROUPED = { it: /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/, en: /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/ };
const PLAIN = { it: /^\d+(?:,\d+)?$/, en: /^\d+(?:\.\d+)?$/ };
/** Only one reading: "1234.5" or "0.25" cannot be Italian thousands, so the point is decimal. */
const POINT_DECIMAL = /^\d+\.\d+$/;

/** True when a cell holds no figure ("", "-", "–", "n.d."). */
export function isNone(text: string): boolean {
  return NONE.test(text.replace(SPACES, ''));
}

/**
 * Reads a number as a text in the given convention writes it: "114.877", "35,9%", "1.234,5",
 * "11.240.255,77 €", "−1,5" in Italian; "1,234.5" or "1234.5" in English. Returns null for a cell
 * with no figure, undefined for a text that is not a number.
 */
export function readNumber(text: string, convention: NumberConvention): CellNumber | null | undefined {
  let rest = text.replace(SPACES, '');
  if (NONE.test(rest)) return null;
  const sign = /^[+\-−]/.exec(rest)?.[0];
  if (sign) rest = rest.slice(1);
  const currency = /^€|€$|EUR$/i.test(rest);
  rest = rest.replace(/^€|€$|EUR$/i, '');
  const percent = rest.endsWith('%');
  if (percent) rest = rest.slice(0, -1);
  let digits: string | undefined;
  if (GROUPED[convention].test(rest) || PLAIN[convention].test(rest)) {
    const [group, decimal] = convention === 'it' ? ['.', ','] : [',', '.'];
    digits = rest.replaceAll(group, '').replace(decimal, '.');
  } else if (convention === 'it' && POINT_DECIMAL.test(rest)) digits = rest;
  if (digits === undefined) return undefined;
  const value = Number(digits) * (sign === '-' || sign === '−' ? -1 : 1);
  const point = digits.indexOf('.');
  const decimals = point < 0 ? 0 : digits.length - point - 1;
  return { value: value === 0 ? 0 : value, percent, currency, plus: sign === '+', decimals };
}

/** A text that JSON would read as a finite number if it had no quotes: "98.5", "-3", "1e3". */
export function isJsonNumber(text: string): boolean {
  const trimmed = text.trim();
  return /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(trimmed) && Number.isFinite(Number(trimmed));
}
