import type { ReportDocument, SeriesDataset, TableDataset } from '@cst/schema';
import { describe, expect, it } from 'vitest';
import focus from '../../../schema/fixtures/focus-2016.json' with { type: 'json' };
import { barLayout } from './bar-chart.layout.js';
import { barData, barSummary } from './bar-chart.model.js';
import { stepIndex } from '../charts/chart.keys.js';

const doc = focus as unknown as ReportDocument;
const top = doc.datasets['top-payment-services'] as TableDataset;
const usage = doc.datasets['usage-by-category'] as TableDataset;
const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

describe('barData', () => {
  it('takes the first text column and the numeric columns of the first one’s type by default', () => {
    const data = barData(top);
    expect(data.series.map((s) => s.id)).toEqual(['operations']);
    expect(data.categories[0]).toEqual({ label: 'Servizio di pagamento multe in inglese', values: [32912] });
    expect(barData(usage).series.map((s) => s.label)).toEqual(['Anno 2015', 'Anno 2016']);
  });

  it('draws the columns it is told to, sorted and cut to the top N', () => {
    const data = barData(top, { valueColumns: ['amount'], sort: 'desc', top: 3 });
    expect(data.categories.map((c) => c.label)).toEqual([
      'Servizio di pagamento multe in inglese',
      'Firenze card',
      'Pag. contravvenzioni spontaneo',
    ]);
    expect(barData(top, { sort: 'asc', top: 1 }).categories[0]!.label).toBe('Ricarica crediti accesso ZTL');
  });

  it('reads a series dataset with years as categories and gaps as null', () => {
    const data = barData(doc.datasets['credentials-by-year'] as SeriesDataset);
    expect(data.categories[0]).toEqual({ label: '2007', values: [198, null] });
    expect(data.categories.at(-1)).toEqual({ label: '2016', values: [13584, 2838] });
  });
});

describe('barLayout', () => {
  it('lays horizontal bars from zero, proportional to their values, with the values written on them', () => {
    const layout = barLayout(barData(top), 'horizontal', 600, 'it-IT');
    const [first, second] = layout.bars;
    expect(first!.x).toBe(layout.zero);
    expect(first!.width / second!.width).toBeCloseTo(32912 / 27086, 5);
    expect(first!.text).toBe('32.912');
    expect(first!.textX).toBeCloseTo(first!.x + first!.width + 4);
    expect(layout.bars.every((b) => b.x + b.width <= 600)).toBe(true);
    expect(layout.labels[0]!.text).toBe('Servizio di pagamento multe in inglese');
  });

  it('groups two periods side by side, one bar per series, fitting a phone width', () => {
    const layout = barLayout(barData(usage), 'horizontal', 320, 'it-IT');
    expect(layout.bars).toHaveLength(18);
    expect(layout.bars[0]!.sentence).toBe('A&C e SUAP, Anno 2015: 114.877');
    expect(layout.bars[1]!.y).toBeGreaterThan(layout.bars[0]!.y);
    expect(Math.max(...layout.bars.map((b) => b.textX + b.text.length * 7))).toBeLessThanOrEqual(330);
  });

  it('stands bars up on vertical charts, with nice ticks', () => {
    const layout = barLayout(
      barData(doc.datasets['credentials-by-year'] as SeriesDataset),
      'vertical',
      500,
      'it-IT',
    );
    const tallest = layout.bars.reduce((a, b) => (b.height > a.height ? b : a));
    expect(tallest.sentence).toBe('2016, Credenziali attive: 13.584');
    expect(tallest.y + tallest.height).toBeCloseTo(layout.zero);
    expect(layout.ticks.map((t) => t.text)).toContain('10.000');
    expect(layout.labels.map((l) => l.text)).toContain('2016');
  });

  it('draws negative values to the left of zero', () => {
    const data = {
      categoryLabel: 'x',
      series: [{ id: 'd', label: 'D' }],
      categories: [
        { label: 'a', values: [-5] },
        { label: 'b', values: [10] },
      ],
    };
    const layout = barLayout(data, 'horizontal', 400, 'it-IT');
    expect(layout.bars[0]!.x + layout.bars[0]!.width).toBeCloseTo(layout.zero);
    expect(layout.bars[1]!.x).toBeCloseTo(layout.zero);
  });
});

describe('barSummary', () => {
  it('names the highest and lowest category of each series, in Italian and English', () => {
    expect(nbsp(barSummary(barData(top, { valueColumns: ['amount'] }), 'horizontal', 'it-IT'))).toBe(
      'Grafico a barre orizzontali con 11 categorie. Importo: il valore più alto è Servizio di pagamento multe in inglese (4.100.543,40 €), il più basso Ricarica crediti accesso ZTL (216.987,86 €).',
    );
    expect(barSummary(barData(usage), 'vertical', 'en')).toContain(
      'Bar chart, vertical, with 9 categories, series: Anno 2015, Anno 2016.',
    );
  });
});

describe('stepIndex', () => {
  it('moves with arrows, Home and End, and stops at the ends', () => {
    expect(stepIndex('ArrowRight', 0, 3)).toBe(1);
    expect(stepIndex('ArrowDown', 2, 3)).toBe(2);
    expect(stepIndex('ArrowLeft', 0, 3)).toBe(0);
    expect(stepIndex('End', 0, 3)).toBe(2);
    expect(stepIndex('Home', 2, 3)).toBe(0);
    expect(stepIndex('a', 0, 3)).toBeUndefined();
  });
});
