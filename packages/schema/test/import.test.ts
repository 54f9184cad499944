// cst-import: a CSV file to a dataset in a new or existing report document, problems by row and
// column in the user's language, the rest of the file kept byte for byte, and the round trip:
// the CSV an element downloads, imported again, gives the dataset it came from.
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/import.js';
import { type DatasetOfKind, type SlaItem, validateReport } from '../src/index.js';
import { FIXTURES, readDocument } from './load.js';

const WIDGETS_CSV = fileURLToPath(new URL('./widgets-csv/', import.meta.url));
const ITALIAN = { LANG: 'it_IT.UTF-8' };
const ENGLISH = { LANG: 'C' };

async function run(env: Record<string, string>, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, env, {
    out: (line) => void out.push(line),
    err: (line) => void err.push(line),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function folder(files: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'cst-import-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const CREDENTIALS = 'Anno;Credenziali attive;di cui CNS\r\n2015;12.022;2.236\r\n2016;13.584;2.838\r\n';

/** Imports the credentials CSV of `dir` as the series "credentials" into `into`. */
const importCredentials = (env: Record<string, string>, dir: string, into: string) =>
  run(
    env,
    join(dir, 'c.csv'),
    '--kind',
    'series',
    '--id',
    'credentials',
    '--title',
    'Credenziali',
    '--into',
    into,
  );

describe('cst-import', () => {
  it('prints the dataset built from a CSV file when there is no --into', async () => {
    const dir = folder({ 'credenziali.csv': CREDENTIALS });
    const { code, out } = await run(
      ITALIAN,
      join(dir, 'credenziali.csv'),
      '--kind',
      'series',
      '--id',
      'credentials',
    );
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      kind: 'series',
      title: 'credenziali',
      series: [
        {
          label: 'Credenziali attive',
          points: [
            [2015, 12022],
            [2016, 13584],
          ],
        },
        { label: 'di cui CNS' },
      ],
    });
    expect(out).toContain('[2015, 12022]');
  });

  it('starts a new, valid document when --into names no file, and says what to complete', async () => {
    const dir = folder({ 'c.csv': CREDENTIALS });
    const into = join(dir, 'focus-2017.json');
    const { code, out, err } = await importCredentials(ITALIAN, dir, into);
    expect({ code, out }).toEqual({ code: 0, out: `${into}: dataset "credentials" aggiunto` });
    expect(err).toBe(`${into}: nuovo documento: completa publisher, period e license`);
    const doc = JSON.parse(readFileSync(into, 'utf8'));
    expect(validateReport(doc).errors).toEqual([]);
    expect(doc).toMatchObject({
      id: 'focus-2017',
      locale: 'it-IT',
      datasets: { credentials: { title: 'Credenziali' } },
    });
  });

  it('replaces a dataset of an existing document and keeps every other byte, CRLF included', async () => {
    const original = readFileSync(join(FIXTURES, 'minimal.json'), 'utf8').replace(/\n/g, '\r\n');
    const dir = folder({ 'c.csv': CREDENTIALS, 'report.json': original });
    const into = join(dir, 'report.json');
    const { code, out } = await importCredentials(ENGLISH, dir, into);
    expect({ code, out }).toEqual({ code: 0, out: `${into}: dataset "credentials" replaced` });
    const text = readFileSync(into, 'utf8');
    const start = original.indexOf('"credentials": ') + '"credentials": '.length;
    const after = original.indexOf('\r\n    },\r\n    "deployment"');
    expect(text.slice(0, start)).toBe(original.slice(0, start));
    expect(text.endsWith(original.slice(after + '\r\n    }'.length))).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
    const doc = JSON.parse(text);
    expect(validateReport(doc).errors).toEqual([]);
    expect(doc.datasets.credentials.series[0].points).toEqual([
      [2015, 12022],
      [2016, 13584],
    ]);
    expect(Object.keys(doc.datasets)).toEqual([
      'services',
      'sla',
      'credentials',
      'deployment',
      'tickets',
      'devices',
    ]);
    expect(readdirSync(dir).sort()).toEqual(['c.csv', 'report.json']);
  });

  it('adds a dataset last, indented like the file', async () => {
    const original = readFileSync(join(FIXTURES, 'minimal.json'), 'utf8');
    const dir = folder({
      'q.csv': 'Dispositivo,Quota\nDesktop,70.2\nMobile,29.8\n',
      'report.json': original,
    });
    const into = join(dir, 'report.json');
    expect(
      (await run(ENGLISH, join(dir, 'q.csv'), '--kind', 'share', '--id', 'devices-2017', '--into', into))
        .code,
    ).toBe(0);
    const text = readFileSync(into, 'utf8');
    expect(text.startsWith(original.slice(0, original.lastIndexOf('\n    }\n  }')))).toBe(true);
    expect(text).toContain('\n    },\n    "devices-2017": {\n      "kind": "share",\n');
    expect(JSON.parse(text).datasets['devices-2017'].parts).toEqual([
      { id: 'desktop', label: 'Desktop', value: 70.2 },
      { id: 'mobile', label: 'Mobile', value: 29.8 },
    ]);
  });

  it('names each problem by row and column in the user’s language, writes nothing and exits 1', async () => {
    const dir = folder({ 'c.csv': 'Anno;Attive\r\n2015;12,5,3\r\n31/12/2016;4\r\n', 'report.json': '{}' });
    const into = join(dir, 'report.json');
    const it = await run(ITALIAN, join(dir, 'c.csv'), '--kind', 'series', '--id', 'x', '--into', into);
    expect(it).toEqual({
      code: 1,
      out: '',
      err: [
        `${join(dir, 'c.csv')}: non importato (2 problemi)`,
        `${join(dir, 'c.csv')}: riga 3, colonna A (Anno): "31/12/2016" è una data, ma le righe sopra sono anni`,
        `${join(dir, 'c.csv')}: riga 2, colonna B (Attive): "12,5,3" non è un numero (per esempio 1.234,5 o 35,9%)`,
      ].join('\n'),
    });
    const en = await run(ENGLISH, join(dir, 'c.csv'), '--kind', 'series', '--id', 'x', '--lang', 'en');
    expect(en.err).toContain('row 2, column B (Attive): "12,5,3" is not a number');
    expect(readFileSync(into, 'utf8')).toBe('{}');
  });

  it('refuses to write a document the dataset would leave invalid, naming the problem', async () => {
    const doc = readFileSync(join(FIXTURES, 'minimal.json'), 'utf8');
    const dir = folder({ 't.csv': 'Stato;Livello 1\naperto;1\nTotale;5\n', 'report.json': doc });
    const into = join(dir, 'report.json');
    const { code, err } = await run(
      ITALIAN,
      join(dir, 't.csv'),
      '--kind',
      'table',
      '--id',
      'tickets',
      '--title',
      'Ticket',
      '--into',
      into,
    );
    expect(code).toBe(1);
    expect(err).toContain(
      '$.datasets.tickets.total.cells["livello-1"]: indica 5, ma la somma delle righe è 1',
    );
    expect(readFileSync(into, 'utf8')).toBe(doc);
  });

  it('exits 2 for a document that is not JSON, saying where, and for bad usage', async () => {
    const dir = folder({ 'c.csv': CREDENTIALS, 'report.json': '{\n  "datasets": {,\n}' });
    const broken = await run(
      ITALIAN,
      join(dir, 'c.csv'),
      '--kind',
      'series',
      '--id',
      'c',
      '--into',
      join(dir, 'report.json'),
    );
    expect(broken.code).toBe(2);
    expect(broken.err).toContain('non è JSON: carattere inatteso "," alla riga 2, colonna 16');
    expect(await run(ITALIAN, join(dir, 'c.csv'), '--kind', 'pie', '--id', 'c')).toMatchObject({ code: 2 });
    expect((await run(ITALIAN, join(dir, 'c.csv'), '--kind', 'series', '--id', 'Focus 2016')).err).toContain(
      '--id vuole un identificativo in minuscolo con trattini',
    );
    expect(await run(ENGLISH, join(dir, 'nope.csv'), '--kind', 'series', '--id', 'c')).toMatchObject({
      code: 2,
    });
    expect((await run(ENGLISH)).err).toContain('usage: cst-import');
    expect(existsSync(join(dir, 'c.json'))).toBe(false);
  });
});

/** What a CSV carries of a dataset: labels, figures, groups and totals, by position, not ids or formats. */
function carried(dataset: DatasetOfKind<'series' | 'table' | 'sla'>) {
  if (dataset.kind === 'series')
    return { x: dataset.x, series: dataset.series.map(({ label, points }) => ({ label, points })) };
  if (dataset.kind === 'sla') {
    const noFormat = ({ target, ...item }: SlaItem) => ({
      ...item,
      target: { ...target, format: undefined },
    });
    return dataset.items.map(noFormat);
  }
  const ids = dataset.columns.map((c) => c.id);
  const values = (cells: Record<string, unknown> = {}) => ids.map((id) => cells[id] ?? null);
  const groupOf = (id?: string) => dataset.groups?.findIndex((g) => g.id === id);
  return {
    columns: dataset.columns.map((c) => [c.group ? `${c.group} ${c.label}` : c.label, c.type]),
    rows: dataset.rows.map((row) => ({ group: groupOf(row.group), cells: values(row.cells) })),
    groups: dataset.groups?.map((g) => ({
      label: g.label,
      subtotal: g.subtotal && [g.subtotal.label, values(g.subtotal.cells)],
    })),
    total: dataset.total && [dataset.total.label, values(dataset.total.cells)],
  };
}

describe('round trip: the CSV an element downloads, imported again', () => {
  const focus = readDocument('focus-2016.json');
  const cases = [
    ['credentials-by-year', 'series'],
    ['tickets', 'table'],
    ['usage-by-category', 'table'],
    ['sla', 'sla'],
    // Amounts are downloaded as plain numbers (no €): the mapping says they are currency.
    ['payments-by-entity', 'table', '--type', '2015 Importo=currency', '--type', '2016 Importo=currency'],
  ] as const;

  it.each(cases)('gives %s back', async (id, kind, ...mapping) => {
    const original = focus.datasets[id] as DatasetOfKind<typeof kind>;
    const dir = folder();
    const into = join(dir, 'report.json');
    const csv = join(WIDGETS_CSV, `${id}.csv`);
    const args = [
      '--kind',
      kind,
      '--id',
      id,
      '--title',
      original.title,
      '--into',
      into,
      ...(mapping as string[]),
    ];
    const { code } = await run(ITALIAN, csv, ...args);
    expect(code).toBe(0);
    const imported = JSON.parse(readFileSync(into, 'utf8')).datasets[id];
    expect(imported.title).toBe(original.title);
    expect(carried(imported)).toEqual(carried(original));
  });
});
