import { kpi, testDocument } from '../../../widgets/test/docs.js';

/** A document with one KPI, `uptime`, at `value` per cent. */
export function doc(value: number) {
  return testDocument({
    uptime: kpi({ title: 'Uptime', value, format: { style: 'percent', maximumFractionDigits: 2 } }),
  });
}

/** Publishes a document on the live config's feed (written to its folder and set), naming the changed datasets. */
export async function put(name: string, body: unknown, datasets?: string[]): Promise<void> {
  const query = datasets ? `?datasets=${datasets.join(',')}` : '';
  await fetch(`/__feed/doc/${name}${query}`, { method: 'POST', body: JSON.stringify(body) });
}
