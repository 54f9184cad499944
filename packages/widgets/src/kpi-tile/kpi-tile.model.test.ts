import { describe, expect, it } from 'vitest';
import type { KpiDataset } from '@cst/schema';
import { kpiModel } from './kpi-tile.model.js';

const kpi = (overrides: Partial<KpiDataset> = {}): KpiDataset => ({
  kind: 'kpi',
  title: 'Servizi attivi',
  value: 356,
  ...overrides,
});
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('kpiModel(kpi, locale)', () => {
  it('formats the value and reads as one sentence', () => {
    const model = kpiModel(kpi({ value: 55211, title: 'Credenziali attive' }), 'it-IT');
    expect(model.value).toBe('55.211');
    expect(model.sentence).toBe('Credenziali attive: 55.211.');
  });

  it('computes the change, its direction and whether it is good', () => {
    const model = kpiModel(kpi({ previous: 354, previousLabel: '2015', better: 'up' }), 'it-IT');
    expect(model.change).toMatchObject({ direction: 'up', judgement: 'good', amount: '+2 (+0,6%)' });
    expect(model.sentence).toBe('Servizi attivi: 356, in aumento, positivo +2 (+0,6%) rispetto a 2015.');
  });

  it('judges a rise as bad when down is better', () => {
    const model = kpiModel(kpi({ title: 'Ticket aperti', value: 5, previous: 2, better: 'down' }), 'en-GB');
    expect(model.change).toMatchObject({ direction: 'up', judgement: 'bad', words: 'up, bad' });
  });

  it('says a change of a percentage in points', () => {
    const model = kpiModel(kpi({ value: 99.92, previous: 99.5, format: { style: 'percent' } }), 'it-IT');
    expect(model.change!.amount).toBe('+0,42 p.p.');
  });

  it('puts the qualifier in words before the value', () => {
    const model = kpiModel(
      kpi({
        title: 'Pagamenti dal 2009',
        value: 64e6,
        qualifier: 'over',
        format: { style: 'currency', notation: 'compact' },
      }),
      'it-IT',
    );
    expect(model.qualifier).toBe('oltre');
    expect(plain(model.sentence)).toBe('Pagamenti dal 2009: oltre 64 Mln €.');
  });

  it('says whether the target is met', () => {
    const model = kpiModel(kpi({ value: 100, target: 99, format: { style: 'percent' } }), 'it-IT');
    expect(model.target).toEqual({ text: 'Obiettivo: 99%', met: true });
    expect(model.sentence).toContain('obiettivo raggiunto');
  });

  it('leaves the change out when there is no previous value', () => {
    expect(kpiModel(kpi(), 'it-IT').change).toBeUndefined();
  });
});
