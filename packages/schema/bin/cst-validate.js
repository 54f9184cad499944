#!/usr/bin/env node
// cst-validate [--json] file.json [more.json …]: checks report documents (or bare datasets) before they go out.
// Exit status: 0 all valid, 1 some document invalid, 2 a file unreadable or not JSON (or bad usage).
import { readFile } from 'node:fs/promises';
import { parseJson, validateDataset, validateReport } from '../dist/index.js';

const USAGE = `usage: cst-validate [--json] file.json [more.json ...]

Checks cst-widgets report documents (or single datasets) and prints every problem
with its JSON path. Exit status: 0 all valid, 1 some invalid, 2 unreadable or not JSON.`;

/** A bare dataset has a kind and no datasets; anything else is checked as a whole document. */
function check(value) {
  const isDataset = typeof value === 'object' && value !== null && 'kind' in value && !('datasets' in value);
  if (isDataset) {
    const result = validateDataset(value);
    return { ...result, details: { kind: value.kind }, summary: `one ${String(value.kind)} dataset` };
  }
  const result = validateReport(value);
  const count = result.valid ? Object.keys(result.value.datasets).length : 0;
  return { ...result, details: { datasets: count }, summary: `${count} dataset${count === 1 ? '' : 's'}` };
}

async function checkFile(file) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const reason = String(e.message).replace(/, (open|read) .*$/, '');
    return { file, status: 'error', error: { message: `cannot read the file (${reason})` } };
  }
  const parsed = parseJson(text);
  if (!parsed.ok)
    return {
      file,
      status: 'error',
      error: { ...parsed.error, message: `not JSON: ${parsed.error.message}` },
    };
  const result = check(parsed.value);
  return result.valid
    ? { file, status: 'valid', ...result.details, summary: result.summary, errors: [] }
    : { file, status: 'invalid', errors: result.errors };
}

function print(report) {
  if (report.status === 'valid') return [`${report.file}: valid (${report.summary})`];
  if (report.status === 'error') return [`${report.file}: ${report.error.message}`];
  return report.errors.map((e) => `${report.file}: ${e.path}: ${e.message}`);
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => a !== '--json');
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const unknown = files.find((f) => f.startsWith('-'));
if (files.length === 0 || unknown) {
  console.error(unknown ? `cst-validate: unknown option ${unknown}\n\n${USAGE}` : USAGE);
  process.exit(2);
}

const reports = [];
for (const file of files) reports.push(await checkFile(file));
const code = reports.some((r) => r.status === 'error')
  ? 2
  : reports.some((r) => r.status === 'invalid')
    ? 1
    : 0;
if (json) {
  const out = reports.map(({ summary: _, ...r }) => r);
  console.log(JSON.stringify({ valid: code === 0, files: out }, null, 2));
} else {
  for (const report of reports) for (const line of print(report)) console.log(line);
}
process.exitCode = code;
