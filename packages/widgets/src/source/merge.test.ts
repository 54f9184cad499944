import { beforeAll, describe, expect, it } from 'vitest';
import { type ReportDocument, kpiKind } from '@cst/schema';
import { testDocument } from '../../test/docs.js';
import { registerKinds } from '../core/known-kinds.js';
import { isPartialUpdate, mergeUpdate } from './merge.js';

const doc = testDocument;

const uptime = { kind: 'kpi', title: 'Uptime', value: 100 } as const;
const services = { kind: 'kpi', title: 'Servizi attivi', value: 356 } as const;

describe('isPartialUpdate', () => {
  it('recognises { datasets } and { datasets, updatedAt }', () => {
    expect(isPartialUpdate({ datasets: {} })).toBe(true);
    expect(isPartialUpdate({ datasets: {}, updatedAt: '2017-02-01T10:00:00Z' })).toBe(true);
  });
  it('treats a message with other document fields as a whole document', () => {
    expect(isPartialUpdate(doc({}))).toBe(false);
    expect(isPartialUpdate({ datasets: [] })).toBe(false);
  });
});

describe('mergeUpdate(current, message)', () => {
  // As on a page with a KPI tile: KPI datasets are checked with the KPI schema.
  beforeAll(() => registerKinds([kpiKind]));

  it('replaces the named datasets and keeps the others by identity', () => {
    const current = doc({ uptime, services });
    const result = mergeUpdate(current, { datasets: { uptime: { ...uptime, value: 99.5 } } });
    expect(result.ok).toBe(true);
    const next = (result as { raw: ReportDocument }).raw;
    expect(next.datasets.uptime).toEqual({ ...uptime, value: 99.5 });
    expect(next.datasets.services).toBe(current.datasets.services);
    expect(next).not.toBe(current);
  });

  it('does not modify the current document', () => {
    const current = doc({ uptime });
    const copy = structuredClone(current);
    mergeUpdate(current, { datasets: { uptime: { ...uptime, value: 1 }, added: services } });
    expect(current).toEqual(copy);
  });

  it('adds a dataset the document did not have, and takes updatedAt', () => {
    const result = mergeUpdate(doc({ uptime }), {
      datasets: { services },
      updatedAt: '2017-02-01T10:00:00+01:00',
    });
    const next = (result as { raw: ReportDocument }).raw;
    expect(Object.keys(next.datasets)).toEqual(['uptime', 'services']);
    expect(next.updatedAt).toBe('2017-02-01T10:00:00+01:00');
  });

  it('takes a whole valid document as it is', () => {
    const replacement = doc({ services });
    expect(mergeUpdate(doc({ uptime }), replacement)).toEqual({ ok: true, raw: replacement });
  });

  it('accepts a whole document when there is nothing yet', () => {
    expect(mergeUpdate(undefined, doc({ uptime })).ok).toBe(true);
  });

  it('rejects a partial update with an invalid dataset, naming the field', () => {
    const result = mergeUpdate(doc({ uptime }), {
      datasets: { uptime: { kind: 'kpi', title: 'Uptime', value: 'tanto' } },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.path).toMatch(/^\$\.datasets\["uptime"\]\.value/);
  });

  it('rejects a whole document with an invalid dataset of a kind the page shows', () => {
    const broken = doc({ uptime: { kind: 'kpi', title: 'Uptime', value: 'tanto' } as never });
    const result = mergeUpdate(doc({ uptime }), broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ path: '$.datasets.uptime.value' });
  });

  it('checks only the kind of a dataset no element on the page shows (its schema is not loaded)', () => {
    const matrix = { kind: 'matrix', title: 'Non controllato qui' };
    expect(mergeUpdate(doc({ uptime }), { datasets: { matrix } }).ok).toBe(true);
    const unknown = mergeUpdate(doc({ uptime }), { datasets: { x: { kind: 'chart' } } });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.errors[0]!.path).toBe('$.datasets["x"].kind');
  });

  it('does not check again a dataset equal to the current one (a stream repeating the fetched document)', () => {
    let checks = 0;
    registerKinds([{ ...kpiKind, check: () => (checks++, []) }]);
    try {
      const current = doc({ uptime, services });
      expect(mergeUpdate(current, structuredClone(current)).ok).toBe(true);
      expect(mergeUpdate(current, { datasets: { uptime: { ...uptime } } }).ok).toBe(true);
      expect(checks).toBe(0);
      expect(mergeUpdate(current, doc({ uptime: { ...uptime, value: 98 }, services })).ok).toBe(true);
      expect(checks).toBe(1);
    } finally {
      registerKinds([kpiKind]);
    }
  });

  it('takes a first whole document as a fetched one: its datasets are checked when shown, not here', () => {
    let checks = 0;
    registerKinds([{ ...kpiKind, check: () => (checks++, []) }]);
    try {
      const broken = doc({ uptime: { kind: 'kpi', title: 'Uptime', value: 'tanto' } as never, services });
      expect(mergeUpdate(undefined, broken)).toEqual({ ok: true, raw: broken });
      expect(checks).toBe(0);
      expect(mergeUpdate(undefined, { ...broken, schemaVersion: 7 }).ok, 'the envelope still is').toBe(false);
    } finally {
      registerKinds([kpiKind]);
    }
  });

  it('rejects a partial update when there is no document to apply it to', () => {
    const result = mergeUpdate(undefined, { datasets: { uptime } });
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('rejects a whole document that does not validate', () => {
    const broken = { ...doc({ uptime }), schemaVersion: 7 };
    expect(mergeUpdate(doc({ uptime }), broken)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('rejects a message that is not an object', () => {
    for (const message of [null, 42, 'ciao', [doc({})]]) {
      expect(mergeUpdate(doc({ uptime }), message)).toMatchObject({ ok: false, reason: 'not-object' });
    }
  });
});
