import { describe, expect, it } from 'vitest';
import { type KpiDataset, kpiKind } from '@cst/schema';
import { kpi, testDocument } from '../../test/docs.js';
import { Payload } from './payload.js';
import type { DataProblem } from './problems.js';
import { ShownData } from './shown-data.js';
import type { SourceSnapshot } from './snapshot.js';

const broken = { kind: 'kpi', title: 'Uptime', value: 'tanto' } as unknown as KpiDataset;

/** An element's end of the pipeline, showing dataset `id`: what it accepted and what it told. */
function element(id = 'uptime') {
  const shown = new ShownData<KpiDataset>();
  const accepted: KpiDataset[] = [];
  const told: { code: string; keptLastGood: boolean }[] = [];
  const take = (snapshot: SourceSnapshot) => {
    const dataset = shown.take(
      snapshot,
      (payload) => payload.resolve(id, [kpiKind]),
      (problem, keptLastGood) => told.push({ code: problem.code, keptLastGood }),
    );
    if (dataset) accepted.push(dataset);
  };
  return { shown, accepted, told, take };
}

const at = (payload: Payload, receivedAt: number, problem?: DataProblem): SourceSnapshot => ({
  payload,
  receivedAt,
  problem,
});

/** An element shown 99.5 at time 1, then given a version (at time 2) that breaks its dataset. */
function brokenAfterGood() {
  const el = element();
  const good = new Payload(testDocument({ uptime: kpi({ value: 99.5 }) }));
  el.take(at(good, 1));
  const bad = new Payload(testDocument({ uptime: broken }), good);
  el.take(at(bad, 2));
  return { el, bad };
}

describe('ShownData', () => {
  it('accepts a dataset once: a live update that leaves it unchanged shows nothing new', () => {
    const el = element();
    const first = new Payload(testDocument({ uptime: kpi({ value: 99.5 }), services: kpi({ value: 1 }) }));
    el.take(at(first, 1));
    const second = new Payload(
      testDocument({ uptime: kpi({ value: 99.5 }), services: kpi({ value: 2 }) }),
      first,
    );
    el.take(at(second, 2));
    expect(el.accepted.map((d) => d.value)).toEqual([99.5]);
    expect(el.shown.receivedAt).toBe(2);
    expect(el.shown.staleSince).toBe(undefined);
  });

  it('keeps the last good dataset when an update breaks it: stale since it was last current, told once', () => {
    const { el, bad } = brokenAfterGood();
    el.take(at(new Payload(testDocument({ uptime: structuredClone(broken) }), bad), 3));
    expect(el.shown.dataset?.value).toBe(99.5);
    expect(el.shown.staleSince).toBe(1);
    expect(el.shown.problem?.errors?.[0]?.path).toBe('$.datasets.uptime.value');
    expect(el.told).toEqual([{ code: 'invalid-document', keptLastGood: true }]);

    el.take(at(new Payload(testDocument({ uptime: kpi({ value: 98 }) })), 4));
    expect(el.shown.dataset?.value).toBe(98);
    expect(el.shown.staleSince).toBe(undefined);
    expect(el.shown.problem).toBe(undefined);
  });

  it('stays stale while a broken dataset and a failing source both hold, and is current only when both are gone', () => {
    const { el, bad } = brokenAfterGood();
    // The next poll fails: the source keeps the broken version and says why.
    el.take(at(bad, 2, { code: 'http', status: 500, params: { status: 500 } }));
    expect(el.told.map((t) => t.code)).toEqual(['invalid-document', 'http']);
    // The server is back with the same broken version: still stale.
    el.take(at(bad, 2));
    expect(el.shown.staleSince).toBe(1);
    el.take(at(new Payload(testDocument({ uptime: kpi({ value: 97 }) }), bad), 5));
    expect(el.shown.staleSince).toBe(undefined);
  });

  it('tells a failing source once however often it fails the same way, and again after it recovered', () => {
    const el = element();
    const good = new Payload(testDocument({ uptime: kpi() }));
    const http = (): DataProblem => ({
      code: 'http',
      status: 503,
      params: { status: 503 },
      cause: new Error(),
    });
    el.take(at(good, 1));
    el.take(at(good, 1, http()));
    el.take(at(good, 1, http()));
    el.take(at(good, 1));
    el.take(at(good, 1, http()));
    expect(el.told).toEqual([
      { code: 'http', keptLastGood: true },
      { code: 'http', keptLastGood: true },
    ]);
  });

  it('is in error, not stale, when there was never a good dataset', () => {
    const el = element('missing');
    el.take(at(new Payload(testDocument({ uptime: kpi() })), 1));
    expect(el.shown.dataset).toBe(undefined);
    expect(el.shown.staleSince).toBe(undefined);
    expect(el.shown.problem).toMatchObject({ code: 'dataset-missing' });
    expect(el.told).toEqual([{ code: 'dataset-missing', keptLastGood: false }]);
  });

  it('only tells a refused stream message: nothing shown changes', () => {
    const el = element();
    el.take(at(new Payload(testDocument({ uptime: kpi() })), 1));
    el.take({ ...at(new Payload(testDocument({ uptime: kpi() })), 1), rejected: { code: 'invalid-json' } });
    expect(el.told).toEqual([{ code: 'invalid-json', keptLastGood: true }]);
    expect(el.shown.staleSince).toBe(undefined);
    expect(el.accepted).toHaveLength(1);
  });
});
