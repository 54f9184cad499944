import { describe, expect, it } from 'vitest';
import { type DatasetKindDef, type KpiDataset, kpiKind, tableKind } from '@cst/schema';
import { kpi, testDocument } from '../../test/docs.js';
import { Payload } from './payload.js';
import { invalidProblem } from './problems.js';

/** The KPI kind, counting how often a dataset is checked with it. */
function countingKpi(): DatasetKindDef<'kpi'> & { checks: number } {
  const def = { ...kpiKind, checks: 0, check: () => (def.checks++, []) };
  return def;
}

const broken = { kind: 'kpi', title: 'Uptime', value: 'tanto' } as unknown as KpiDataset;

describe('Payload', () => {
  it('checks a dataset once, whichever and however many elements ask for it', () => {
    const def = countingKpi();
    const payload = new Payload(testDocument({ uptime: kpi({ value: 99.5 }) }));
    const tile = payload.resolve('uptime', [def]);
    const chart = payload.resolve('uptime', [tableKind, def]);
    expect(def.checks).toBe(1);
    expect(tile).toEqual({ ok: true, dataset: kpi({ value: 99.5 }) });
    expect(chart).toBe(tile);
  });

  it('fails only the dataset that is broken, naming its path', () => {
    const payload = new Payload(testDocument({ uptime: broken, services: kpi({ value: 356 }) }));
    expect(payload.resolve('services', [kpiKind]).ok).toBe(true);
    const result = payload.resolve('uptime', [kpiKind]);
    expect(result).toMatchObject({ ok: false, problem: { code: 'invalid-document' } });
    expect(!result.ok && result.problem.errors?.[0]?.path).toBe('$.datasets.uptime.value');
  });

  it('keeps the checked result of a dataset a new version did not change: the same object, not checked again', () => {
    const def = countingKpi();
    const first = new Payload(testDocument({ uptime: kpi({ value: 99.5 }), services: kpi({ value: 356 }) }));
    const before = first.resolve('services', [def]);
    const failing = first.resolve('uptime', [kpiKind]);
    // A re-fetched document: equal content, new objects; one dataset changed.
    const next = new Payload(
      testDocument({ uptime: kpi({ value: 99.8 }), services: kpi({ value: 356 }) }),
      first,
    );
    expect(next.resolve('services', [def])).toBe(before);
    expect(def.checks).toBe(1);
    expect(next.resolve('uptime', [kpiKind])).not.toBe(failing);
    expect(next.resolve('uptime', [kpiKind])).toMatchObject({ ok: true, dataset: { value: 99.8 } });
  });

  it('keeps a broken dataset’s failure too, when the next version repeats it', () => {
    const first = new Payload(testDocument({ uptime: broken }));
    const failure = first.resolve('uptime', [kpiKind]);
    expect(
      new Payload(testDocument({ uptime: structuredClone(broken) }), first).resolve('uptime', [kpiKind]),
    ).toBe(failure);
  });

  it('refuses a document whose envelope is invalid, as a whole, with the one mapping of codes', () => {
    const tooNew = new Payload({ ...testDocument({ uptime: kpi() }), schemaVersion: '2.0' });
    expect(tooNew.document).toBe(undefined);
    expect(tooNew.problem).toMatchObject({ code: 'unsupported-version' });
    // Known by its code, not by words: an English message that never says "newer" is still too new.
    const reworded = { path: '$.schemaVersion', message: 'x', code: 'newer-version' } as const;
    expect(invalidProblem([reworded]).code).toBe('unsupported-version');
    expect(invalidProblem([{ ...reworded, code: 'invalid', message: 'is newer' }]).code).toBe(
      'invalid-document',
    );
    expect(tooNew.resolve('uptime', [kpiKind])).toEqual({ ok: false, problem: tooNew.problem });
    const badId = new Payload(testDocument({ 'Bad Id': kpi() }));
    expect(badId.problem).toMatchObject({ code: 'invalid-document', params: { count: 1 } });
    const notObject = new Payload({ ...testDocument(), datasets: [] });
    expect(notObject.problem?.errors?.[0]?.path).toBe('$.datasets');
  });

  it('says which dataset is missing, that one must be named, or that its kind is not this element’s', () => {
    const payload = new Payload(testDocument({ uptime: kpi() }));
    expect(payload.resolve('nope', [kpiKind])).toEqual({
      ok: false,
      problem: { code: 'dataset-missing', params: { dataset: 'nope' }, datasets: ['uptime'] },
    });
    expect(payload.resolve(undefined, [kpiKind])).toEqual({
      ok: false,
      problem: { code: 'dataset-required', datasets: ['uptime'] },
    });
    expect(payload.resolve('uptime', [tableKind])).toEqual({
      ok: false,
      problem: { code: 'wrong-kind', params: { dataset: 'uptime', kind: 'kpi', expected: 'table' } },
    });
  });

  it('takes a bare dataset as it is, whatever the dataset attribute says', () => {
    const payload = new Payload(kpi({ value: 42 }));
    expect(payload.document).toBe(undefined);
    expect(payload.resolve('ignored', [kpiKind])).toEqual({ ok: true, dataset: kpi({ value: 42 }) });
    expect(new Payload(broken).resolve(undefined, [kpiKind])).toMatchObject({
      ok: false,
      problem: { errors: [{ path: '$.value' }] },
    });
  });
});
