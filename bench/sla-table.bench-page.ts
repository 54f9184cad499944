// The page side of the cst-sla-table benchmark: times first render and sort in this browser.
import type { SlaDataset, SlaItem } from '../packages/schema/src/index.js';
import '../packages/widgets/src/cst-sla-table.js';
import type { CstSlaTable } from '../packages/widgets/src/sla-table/sla-table.js';
import focus from '../packages/schema/fixtures/focus-2016.json';

const seed = (focus as unknown as { datasets: { sla: SlaDataset } }).datasets.sla;

/** n SLA rows, deterministic: percent and millisecond targets, some breached, some at risk, some text. */
export function generated(n: number): SlaDataset {
  const items: SlaItem[] = Array.from({ length: n }, (_, i) => {
    const code = `SLA.${i + 1}`;
    const label = `Indicatore di servizio numero ${i + 1} del Centro Servizi`;
    if (i % 7 === 6) {
      return {
        code,
        label,
        target: { direction: 'text', text: 'entro 1h lavorativa' },
        measured: { text: 'Nessuno scostamento significativo' },
        deviation: { value: 0 },
        status: 'met',
      };
    }
    if (i % 2) {
      return {
        code,
        label,
        target: { direction: 'at-most', value: 7, format: { style: 'unit', unit: 'millisecond' } },
        measured: { value: 4 + ((i * 37) % 6) },
      };
    }
    const measured = 97.5 + ((i * 53) % 250) / 100;
    return {
      code,
      label,
      target: {
        direction: 'at-least',
        value: 98.5,
        format: { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 },
      },
      measured: { value: measured },
    };
  });
  return { kind: 'sla', title: `${n} SLA generati`, atRiskMargin: 0.5, items };
}

const stage = document.getElementById('stage')!;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** First render: script time (connect, validate, model, Lit render) and with the first layout. */
async function firstRender(data: SlaDataset, runs: number) {
  const script: number[] = [];
  const withLayout: number[] = [];
  for (let i = 0; i < runs; i++) {
    stage.replaceChildren();
    await frame();
    const el = document.createElement('cst-sla-table') as CstSlaTable;
    el.data = data;
    const t0 = performance.now();
    stage.append(el);
    await el.updateComplete;
    const t1 = performance.now();
    el.getBoundingClientRect(); // forces style and layout
    const t2 = performance.now();
    if (el.status !== 'ready') throw new Error(`not ready: ${el.status}`);
    script.push(t1 - t0);
    withLayout.push(t2 - t0);
  }
  return { script: median(script), withLayout: median(withLayout), runs };
}

async function sort(data: SlaDataset, runs: number) {
  stage.replaceChildren();
  const el = document.createElement('cst-sla-table') as CstSlaTable;
  el.data = data;
  stage.append(el);
  await el.updateComplete;
  const script: number[] = [];
  const withLayout: number[] = [];
  const keys = ['deviation', 'status', 'code'] as const;
  for (let i = 0; i < runs; i++) {
    await frame();
    const t0 = performance.now();
    el.sortBy(keys[i % 3]!, i % 2 ? 'descending' : 'ascending');
    await el.updateComplete;
    const t1 = performance.now();
    el.getBoundingClientRect();
    const t2 = performance.now();
    script.push(t1 - t0);
    withLayout.push(t2 - t0);
  }
  return { script: median(script), withLayout: median(withLayout), runs };
}

async function run(runs = 15) {
  const big = generated(1000);
  await firstRender(seed, 3); // warm-up: Intl formatters, module code, style sheets
  const results = {
    'first render, 11-row seed': await firstRender(seed, runs),
    'first render, 1.000 rows': await firstRender(big, runs),
    'sort, 1.000 rows': await sort(big, runs),
  };
  stage.replaceChildren();
  document.getElementById('out')!.textContent = JSON.stringify(results, null, 2);
  return results;
}

(window as unknown as { runBench: typeof run }).runBench = run;
if (new URLSearchParams(location.search).has('auto')) void run();
