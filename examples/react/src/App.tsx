import { useCallback, useMemo, useState } from 'react';
import type { CstDataEvent, CstErrorEvent } from '@cst/widgets';
// The eight tags' JSX types, generated from the package's manifest: data, datasetId, every attribute
// as a typed prop, and typed oncst-data / oncst-error listeners.
import type {} from '@cst/widgets/react';
import type { ReportDocument } from '@cst/schema';
import focus from '@cst/schema/fixtures/focus-2016.json';

const report = focus as unknown as ReportDocument;
/** Deliberately invalid (items must be a list). A constant: an object made in render would be new each time. */
const brokenSla = { kind: 'sla', title: 'SLA', items: 'none' } as never;

/** The active-credentials KPI, with its value moved by `extra`: a new object each time, as React state should be. */
function credentials(extra: number) {
  const kpi = report.datasets['active-credentials'];
  if (kpi?.kind !== 'kpi') throw new Error('the fixture has no active-credentials KPI');
  return { ...kpi, value: kpi.value + extra };
}

export function App() {
  const [extra, setExtra] = useState(0);
  const [broken, setBroken] = useState(false);
  const [log, setLog] = useState<string[]>([]);
  const kpi = useMemo(() => credentials(extra), [extra]);

  // Typed listeners: event.detail is CstDataDetail / CstErrorDetail, no casts.
  const onData = useCallback((event: CstDataEvent) => {
    const { dataset, route } = event.detail;
    const id = (event.target as HTMLElement).id;
    setLog((lines) => [...lines, `cst-data ${id} ${dataset.kind} ${route}`]);
  }, []);
  const onError = useCallback((event: CstErrorEvent) => {
    const id = (event.target as HTMLElement).id;
    setLog((lines) => [...lines, `cst-error ${id} ${event.detail.code}`]);
  }, []);

  return (
    <main>
      <h1>cst-widgets in React 19</h1>
      <p>
        <button type="button" onClick={() => setExtra((n) => n + 1000)}>
          Aggiungi 1.000 credenziali
        </button>{' '}
        <button type="button" onClick={() => setBroken((b) => !b)}>
          {broken ? 'Ripristina i dati' : 'Rompi i dati'}
        </button>
      </p>
      <cst-kpi-tile id="kpi" data={kpi} oncst-data={onData} oncst-error={onError}></cst-kpi-tile>
      {/* A whole document as the property, with `dataset` naming the part to show. */}
      <cst-sla-table
        id="sla"
        data={broken ? brokenSla : report}
        datasetId="sla"
        oncst-data={onData}
        oncst-error={onError}
      ></cst-sla-table>
      <h2>Eventi</h2>
      <ol id="log">
        {log.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </main>
  );
}
