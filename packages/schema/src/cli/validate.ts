// cst-validate [--json] [--lang it|en] file.json [more.json …]: checks report documents (or bare
// datasets) before they go out. Exit status: 0 all valid, 1 some document invalid, 2 a file
// unreadable or not JSON (or bad usage).
import { readFile } from 'node:fs/promises';
import type { ValidationError } from '../issues.js';
import { type MessageLanguage, formatError, formatJsonError, problemCount } from '../messages/format.js';
import { parseJson } from '../parse-json.js';
import { validateDataset, validateReport } from '../validate.js';
import { type Io, type Wording, processIo, readFailure, start } from './language.js';

const WORDS: Wording<{
  usage: string;
  unknownOption: (option: string) => string;
  valid: (summary: string) => string;
  invalid: (count: string) => string;
  datasets: (count: number) => string;
  dataset: (kind: string) => string;
  unreadable: (reason: string) => string;
  notJson: (reason: string) => string;
}> = {
  it: {
    usage: `uso: cst-validate [--json] [--lang it|en] file.json [altri.json ...]

Controlla documenti di report di cst-widgets (o singoli dataset) e scrive ogni problema
con il suo percorso JSON. Esce con 0 se tutti sono validi, 1 se qualcuno non lo è,
2 se un file non si legge o non è JSON. La lingua è quella del sistema (LANG), o --lang.`,
    unknownOption: (option) => `cst-validate: opzione sconosciuta ${option}`,
    valid: (summary) => `valido (${summary})`,
    invalid: (count) => `non valido (${count})`,
    datasets: (count) => `${count} dataset`,
    dataset: (kind) => `un dataset ${kind}`,
    unreadable: (reason) => `impossibile leggere il file (${reason})`,
    notJson: (reason) => `non è JSON: ${reason}`,
  },
  en: {
    usage: `usage: cst-validate [--json] [--lang it|en] file.json [more.json ...]

Checks cst-widgets report documents (or single datasets) and prints every problem
with its JSON path. Exit status: 0 all valid, 1 some invalid, 2 unreadable or not JSON.
Messages follow the system's language (LANG), or --lang.`,
    unknownOption: (option) => `cst-validate: unknown option ${option}`,
    valid: (summary) => `valid (${summary})`,
    invalid: (count) => `invalid (${count})`,
    datasets: (count) => `${count} dataset${count === 1 ? '' : 's'}`,
    dataset: (kind) => `one ${kind} dataset`,
    unreadable: (reason) => `cannot read the file (${reason})`,
    notJson: (reason) => `not JSON: ${reason}`,
  },
};

type Report =
  | { file: string; status: 'valid'; kind?: unknown; datasets?: number; errors: [] }
  | { file: string; status: 'invalid'; errors: ValidationError[] }
  | { file: string; status: 'error'; error: { message: string } & Record<string, unknown>; text: string };

/** A bare dataset has a kind and no datasets; anything else is checked as a whole document. */
function check(value: unknown, file: string): Report {
  const isDataset = typeof value === 'object' && value !== null && 'kind' in value && !('datasets' in value);
  if (isDataset) {
    const result = validateDataset(value);
    if (!result.valid) return { file, status: 'invalid', errors: result.errors };
    return { file, status: 'valid', kind: (value as { kind: unknown }).kind, errors: [] };
  }
  const result = validateReport(value);
  if (!result.valid) return { file, status: 'invalid', errors: result.errors };
  return { file, status: 'valid', datasets: Object.keys(result.value.datasets).length, errors: [] };
}

async function checkFile(file: string, language: MessageLanguage): Promise<Report> {
  const words = WORDS[language];
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const message = `cannot read the file (${readFailure(e)})`;
    return { file, status: 'error', error: { message }, text: words.unreadable(readFailure(e)) };
  }
  const parsed = parseJson(text);
  if (parsed.ok) return check(parsed.value, file);
  const error = { ...parsed.error, message: `not JSON: ${parsed.error.message}` };
  return { file, status: 'error', error, text: words.notJson(formatJsonError(parsed.error, language)) };
}

function lines(report: Report, language: MessageLanguage): string[] {
  const words = WORDS[language];
  const { file } = report;
  if (report.status === 'error') return [`${file}: ${report.text}`];
  if (report.status === 'valid') {
    const summary =
      report.datasets === undefined ? words.dataset(String(report.kind)) : words.datasets(report.datasets);
    return [`${file}: ${words.valid(summary)}`];
  }
  return [
    `${file}: ${words.invalid(problemCount(report.errors.length, language))}`,
    ...report.errors.map((e) => `${file}: ${e.path}: ${formatError(e, language)}`),
  ];
}

/** Runs the command; returns its exit status. */
export async function main(
  argv: readonly string[],
  env: Record<string, string | undefined> = process.env,
  io: Io = processIo,
): Promise<number> {
  const started = start('cst-validate', argv, env, io, { it: WORDS.it.usage, en: WORDS.en.usage });
  if (typeof started === 'number') return started;
  const { language, rest } = started;
  const words = WORDS[language];
  const json = rest.includes('--json');
  const files = rest.filter((a) => a !== '--json');
  const unknown = files.find((f) => f.startsWith('-'));
  if (files.length === 0 || unknown) {
    io.err(unknown ? `${words.unknownOption(unknown)}\n\n${words.usage}` : words.usage);
    return 2;
  }
  const reports: Report[] = [];
  for (const file of files) reports.push(await checkFile(file, language));
  const code = reports.some((r) => r.status === 'error')
    ? 2
    : reports.some((r) => r.status === 'invalid')
      ? 1
      : 0;
  if (json) {
    const out = reports.map((r) =>
      r.status === 'error' ? { file: r.file, status: r.status, error: r.error } : r,
    );
    io.out(JSON.stringify({ valid: code === 0, files: out }, null, 2));
  } else {
    for (const report of reports) for (const line of lines(report, language)) io.out(line);
  }
  return code;
}
