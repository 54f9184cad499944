import { createWriteStream, readFileSync } from 'node:fs';

const focus = JSON.parse(
  readFileSync(new URL('../../packages/schema/fixtures/focus-2016.json', import.meta.url), 'utf8'),
);

export const focusText = JSON.stringify(focus);

/**
 * Writes a valid report document of about `bytes` (Focus 2016 plus a long table), streamed to the
 * file so a 200 MB one never sits in this process's memory.
 */
export async function writeLargeDocument(file, bytes, label = 'riga') {
  const out = createWriteStream(file);
  const write = (text) => (out.write(text) ? undefined : new Promise((r) => out.once('drain', r)));
  const head = JSON.stringify({ ...focus, datasets: { ...focus.datasets, rows: '__ROWS__' } });
  const [before, after] = head.split('"__ROWS__"');
  await write(
    `${before}{"kind":"table","title":"Righe","columns":[{"id":"name","label":"Nome","type":"text"}],"rows":[`,
  );
  let written = 0;
  for (let i = 0; written < bytes; i++) {
    const row = `${i ? ',' : ''}{"id":"r${i}","cells":{"name":"${label} ${i}"}}`;
    written += row.length;
    await write(row);
  }
  await write(`]}${after}`);
  await new Promise((resolve) => out.end(resolve));
}
