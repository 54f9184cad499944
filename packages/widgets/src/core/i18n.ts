/** The languages with built-in words; any other locale falls back to English words. */
export type Language = 'it' | 'en';

export type Messages = Record<string, string>;
export type Dictionary = Record<Language, Messages>;

/** it-IT, it-CH → it; everything else → en (numbers still follow the full locale). */
export function languageOf(locale: string): Language {
  return locale.toLowerCase().startsWith('it') ? 'it' : 'en';
}

/**
 * Looks up a message and fills `{name}` placeholders. Values are inserted as text and the
 * result is rendered as text by Lit, so data can never become markup.
 */
export function translate(
  dictionary: Dictionary,
  locale: string,
  key: string,
  params: Record<string, string | number> = {},
): string {
  const template = dictionary[languageOf(locale)][key] ?? dictionary.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
