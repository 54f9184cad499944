/** The languages messages are written in. */
export type MessageLanguage = 'it' | 'en';

/** Italian for a locale or language tag in Italian ("it", "it-IT", "it_IT.UTF-8"); English for any other. */
export function messageLanguage(locale: string | undefined): MessageLanguage {
  return /^it(?:[-_.@]|$)/i.test(locale ?? '') ? 'it' : 'en';
}
