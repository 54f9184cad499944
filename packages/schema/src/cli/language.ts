import { type MessageLanguage, messageLanguage } from '../messages/format.js';

/** Where a command writes; a test passes its own. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: Io = {
  out: (line) => void process.stdout.write(`${line}\n`),
  err: (line) => void process.stderr.write(`${line}\n`),
};

/** The language of the user's locale, as POSIX orders the variables: LC_ALL, then LC_MESSAGES, then LANG. */
export function environmentLanguage(env: Record<string, string | undefined>): MessageLanguage {
  return messageLanguage(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/**
 * Takes `--lang it|en` (or `--lang=it`) out of the arguments. The language is the option's, else
 * the environment's; `invalid` holds a value that is neither.
 */
export function takeLanguage(
  args: readonly string[],
  env: Record<string, string | undefined>,
): { language: MessageLanguage; rest: string[]; invalid?: string } {
  const rest: string[] = [];
  let chosen: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--lang') chosen = args[++i] ?? '';
    else if (arg.startsWith('--lang=')) chosen = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  const language = environmentLanguage(env);
  if (chosen === undefined) return { language, rest };
  if (chosen === 'it' || chosen === 'en') return { language: chosen, rest };
  return { language, rest, invalid: chosen };
}

/** Words a command says in each language. */
export type Wording<T> = Record<MessageLanguage, T>;

/** "--lang wants it or en, not "fr"", in the user's language. */
export const badLanguage: Wording<(value: string) => string> = {
  it: (value) => `--lang vuole it o en, non ${JSON.stringify(value)}`,
  en: (value) => `--lang wants it or en, not ${JSON.stringify(value)}`,
};

/**
 * The start every command shares: its language (from --lang or the locale), then a bad --lang
 * refused and --help answered. Returns the language and the other arguments, or the exit status
 * when the command is already done.
 */
export function start(
  name: string,
  argv: readonly string[],
  env: Record<string, string | undefined>,
  io: Io,
  usage: Wording<string>,
): { language: MessageLanguage; rest: string[] } | number {
  const { language, rest, invalid } = takeLanguage(argv, env);
  if (invalid !== undefined) {
    io.err(`${name}: ${badLanguage[language](invalid)}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(usage[language]);
    return 0;
  }
  return { language, rest };
}

/** A read error without Node's "open 'path'" tail: the file name is printed already. */
export function readFailure(error: unknown): string {
  return String((error as Error).message).replace(/, (open|read|scandir) .*$/, '');
}
