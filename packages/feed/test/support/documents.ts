import { readFileSync } from 'node:fs';

/** The schema's smallest valid report document. */
export const minimal = JSON.parse(
  readFileSync(new URL('../../../schema/fixtures/minimal.json', import.meta.url), 'utf8'),
);

/** A valid document of about `bytes`: minimal.json plus a table of many rows, each named `<label> <i>`. */
export function withRows(bytes: number, label = 'riga') {
  const rows = Array.from({ length: Math.ceil(bytes / 60) }, (_, i) => ({
    id: `r${i}`,
    cells: { name: `${label} ${i}` },
  }));
  const table = {
    kind: 'table',
    title: 'Righe',
    columns: [{ id: 'name', label: 'Nome', type: 'text' }],
    rows,
  };
  return { ...minimal, datasets: { ...minimal.datasets, rows: table } };
}
