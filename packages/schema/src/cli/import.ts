// cst-import <file.csv> --kind <kind> --id <dataset-id> [--title "…"] [--into report.json]
// [--lang it|en] [--column role=Heading]… [--type Heading=type]…: a dataset from a CSV file, added
// to a new or existing report document (or printed). Exit status as cst-validate's: 0 done, 1 the
// data has problems (nothing written), 2 a file unreadable, not JSON, or bad usage.
import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { readCsv } from '../csv/index.js';
import { type GridKind, formatGridProblem, gridToDataset, slug } from '../grid/index.js';
import type { ValidationError } from '../issues.js';
import { type MessageLanguage, formatError, formatJsonError, problemCount } from '../messages/format.js';
import { parseJson } from '../parse-json.js';
import type { ColumnType } from '../table.js';
import { validateDataset, validateReport } from '../validate.js';
import { type Io, processIo, readFailure, start } from './language.js';
import { spliceDataset, toJson } from './splice.js';
import { IMPORT_WORDS } from './import-words.js';

const KINDS: readonly GridKind[] = ['kpi', 'series', 'table', 'share', 'sla'];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface Options {
  file: string;
  kind: GridKind;
  id: string;
  title?: string;
  into?: string;
  roles: Record<string, string>;
  types: Record<string, ColumnType>;
}

/** The options, or the first thing wrong with them. */
function parse(args: readonly string[], language: MessageLanguage): Options | string {
  const words = IMPORT_WORDS[language];
  const files: string[] = [];
  const values: Record<string, string> = {};
  const roles: Record<string, string> = {};
  const types: Record<string, ColumnType> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (!name.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const value = inline ?? args[++i];
    if (!['--kind', '--id', '--title', '--into', '--column', '--type'].includes(name))
      return words.unknownOption(name);
    if (value === undefined) return words.missingValue(name);
    const pair = /^([^=]+)=(.*)$/.exec(value);
    if (name === '--column' || name === '--type') {
      if (!pair) return words.badPair(name, value);
      if (name === '--column') roles[pair[1]!.trim()] = pair[2]!.trim();
      else types[pair[1]!.trim()] = pair[2]!.trim() as ColumnType;
    } else values[name.slice(2)] = value;
  }
  if (files.length !== 1) return words.usage;
  if (!KINDS.includes(values.kind as GridKind)) return words.badKind(values.kind);
  if (!values.id || !ID.test(values.id)) return words.badId(values.id);
  return {
    file: files[0]!,
    kind: values.kind as GridKind,
    id: values.id,
    title: values.title,
    into: values.into,
    roles,
    types,
  };
}

/** A new document around the dataset: what the CSV cannot say is filled in for the editor to check. */
function newDocument(options: Options, dataset: unknown, language: MessageLanguage) {
  const year = new Date().getFullYear();
  const words = IMPORT_WORDS[language];
  return {
    $schema: 'https://unpkg.com/@cst/schema/report.schema.json',
    schemaVersion: '1.0',
    id: slug(basename(options.into!, extname(options.into!))),
    title: (dataset as { title: string }).title,
    publisher: { name: words.toComplete },
    locale: language === 'it' ? 'it-IT' : 'en-GB',
    period: { from: `${year}-01-01`, to: `${year}-12-31` },
    updatedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    license: { name: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    source: { name: basename(options.file) },
    datasets: { [options.id]: dataset },
  };
}

/** Writes next to the target, then renames: a reader never sees half a file. */
async function writeAtomic(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  await writeFile(temporary, text);
  await rename(temporary, path);
}

/** Says what went wrong and gives the exit status. */
function fail(io: Io, line: string, status: number): number {
  io.err(line);
  return status;
}

/** Runs the command; returns its exit status. */
export async function main(
  argv: readonly string[],
  env: Record<string, string | undefined> = process.env,
  io: Io = processIo,
): Promise<number> {
  const started = start('cst-import', argv, env, io, {
    it: IMPORT_WORDS.it.usage,
    en: IMPORT_WORDS.en.usage,
  });
  if (typeof started === 'number') return started;
  const { language, rest } = started;
  const words = IMPORT_WORDS[language];
  const options = parse(rest, language);
  if (typeof options === 'string')
    return fail(io, options === words.usage ? options : `cst-import: ${options}`, 2);
  let csv: string;
  try {
    csv = await readFile(options.file, 'utf8');
  } catch (e) {
    return fail(io, `${options.file}: ${words.unreadable(readFailure(e))}`, 2);
  }
  const { grid, dialect } = readCsv(csv);
  const title = options.title ?? basename(options.file, extname(options.file));
  const columns = { roles: options.roles, types: options.types };
  const result = gridToDataset(grid, { kind: options.kind, title, numbers: dialect.numbers, columns });
  if (!result.ok) {
    io.err(`${options.file}: ${words.notImported(problemCount(result.problems.length, language))}`);
    for (const problem of result.problems) io.err(`${options.file}: ${formatGridProblem(problem, language)}`);
    return 1;
  }
  const checked = validateDataset(result.dataset, `$.datasets.${options.id}`);
  if (!checked.valid) return report(io, options.file, checked.errors, language);
  if (!options.into) {
    io.out(toJson(result.dataset, '  '));
    return 0;
  }
  return into(options, result.dataset, io, language);
}

/** Says why the dataset was not imported; exit status 1. */
function report(io: Io, file: string, errors: readonly ValidationError[], language: MessageLanguage): number {
  io.err(`${file}: ${IMPORT_WORDS[language].notImported(problemCount(errors.length, language))}`);
  for (const e of errors) io.err(`${file}: ${e.path}: ${formatError(e, language)}`);
  return 1;
}

async function into(options: Options, dataset: unknown, io: Io, language: MessageLanguage): Promise<number> {
  const words = IMPORT_WORDS[language];
  const path = options.into!;
  let text: string | undefined;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
      return fail(io, `${path}: ${words.unreadable(readFailure(e))}`, 2);
  }
  let next: string;
  let replaced = false;
  if (text === undefined) {
    next = `${toJson(newDocument(options, dataset, language), '  ')}\n`;
    io.err(`${path}: ${words.created}`);
  } else {
    const parsed = parseJson(text);
    if (!parsed.ok) return fail(io, `${path}: ${words.notJson(formatJsonError(parsed.error, language))}`, 2);
    const datasets = (parsed.value as { datasets?: unknown } | null)?.datasets;
    if (typeof datasets !== 'object' || datasets === null || Array.isArray(datasets)) {
      return fail(io, `${path}: ${words.notReport}`, 2);
    }
    ({ text: next, replaced } = spliceDataset(text, options.id, dataset));
  }
  const checked = parseJson(next);
  const valid = checked.ok ? validateReport(checked.value) : undefined;
  if (!valid?.valid) return report(io, path, valid?.errors ?? [], language);
  await writeAtomic(path, next);
  io.out(`${path}: ${words.done(options.id, replaced)}`);
  return 0;
}
