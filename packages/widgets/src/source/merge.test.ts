import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '@cst/schema';
import { testDocument } from '../../test/docs.js';
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

  it('takes a whole document as it is, with nothing yet or in place of the current one', () => {
    const replacement = doc({ services });
    expect(mergeUpdate(doc({ uptime }), replacement)).toEqual({ ok: true, raw: replacement });
    expect(mergeUpdate(undefined, replacement)).toEqual({ ok: true, raw: replacement });
  });

  it('applies a dataset the schema refuses: it is checked when an element shows it, so the others still apply', () => {
    const broken = { kind: 'kpi', title: 'Uptime', value: 'tanto' };
    const result = mergeUpdate(doc({ uptime, services }), {
      datasets: { uptime: broken, services: { ...services, value: 357 } },
    });
    expect(result.ok).toBe(true);
    const next = (result as { raw: ReportDocument }).raw;
    expect(next.datasets.uptime).toBe(broken);
    expect(next.datasets.services).toEqual({ ...services, value: 357 });
  });

  it('refuses a partial update when there is no document to apply it to (a stream that does not start with one)', () => {
    expect(mergeUpdate(undefined, { datasets: { uptime } })).toEqual({
      ok: false,
      problem: { code: 'stream-not-document' },
    });
  });

  it('refuses a message that is not an object', () => {
    for (const message of [null, 42, 'ciao', [doc({})]]) {
      const result = mergeUpdate(doc({ uptime }), message);
      expect(result).toMatchObject({
        ok: false,
        problem: {
          code: 'invalid-document',
          errors: [{ path: '$', code: 'wrong-type', params: { expected: 'object' } }],
        },
      });
    }
  });
});
