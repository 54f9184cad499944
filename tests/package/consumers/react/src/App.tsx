// The package's JSX types for React 19: the elements' own props (datasetId, not dataset) and
// oncst-* listeners typed with the event classes.
import type {} from '@cst/widgets/react';
import { useState } from 'react';

export function App() {
  const [log, setLog] = useState<string[]>([]);
  return (
    <main>
      <cst-sla-table
        id="sla"
        src="./data/focus-2016.json"
        datasetId="sla"
        oncst-data={(event) => setLog((lines) => [...lines, `cst-data ${event.detail.dataset.kind}`])}
      ></cst-sla-table>
      <cst-kpi-tile id="kpi" src="./data/focus-2016.json" datasetId="active-credentials"></cst-kpi-tile>
      <ol id="log">
        {log.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </main>
  );
}
