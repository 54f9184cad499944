import type { ReportDocument, ShareDataset } from '@cst/schema';
import { describe, expect, it } from 'vitest';
import focus from '../../../schema/fixtures/focus-2016.json' with { type: 'json' };
import { RADIUS, shareModel } from './share.model.js';

const device = (focus as unknown as ReportDocument).datasets['device-share'] as ShareDataset;

describe('shareModel', () => {
  it('labels desktop 70,2% and smartphone and tablet 29,8%, percents used as given', () => {
    const model = shareModel(device, 'it-IT');
    expect(model.slices.map((s) => [s.label, s.percentText, s.valueText])).toEqual([
      ['Desktop', '70,2%', undefined],
      ['Smartphone e tablet', '29,8%', undefined],
    ]);
    expect(model.summary).toBe(
      'Grafico ad anello con 2 parti: Desktop 70,2%, Smartphone e tablet 29,8%. La parte maggiore è Desktop.',
    );
  });

  it('writes English percentages and words', () => {
    const model = shareModel(device, 'en', 'bar');
    expect(model.summary).toBe(
      'Stacked bar with 2 parts: Desktop 70.2%, Smartphone e tablet 29.8%. The largest part is Desktop.',
    );
  });

  it('divides counts by their total and keeps the counts for the table', () => {
    const counts: ShareDataset = {
      kind: 'share',
      title: 'Accessi',
      format: { style: 'count' },
      parts: [
        { id: 'a', label: 'Giorno', value: 6100 },
        { id: 'b', label: 'Sera e notte', value: 3900 },
        { id: 'c', label: 'Nessuno', value: 0 },
      ],
    };
    const model = shareModel(counts, 'it-IT');
    expect(model.slices.map((s) => [s.percentText, s.valueText])).toEqual([
      ['61%', '6.100'],
      ['39%', '3.900'],
      ['0%', '0'],
    ]);
    expect(model.slices[2]!.path).toBeUndefined();
  });

  it('draws arcs in proportion, labels inside the ring where they fit', () => {
    const [desktop, mobile] = shareModel(device, 'it-IT').slices;
    expect(desktop!.path).toMatch(/^M/);
    const radius = Math.hypot(...desktop!.centroid);
    expect(radius).toBeGreaterThan(RADIUS * 0.58);
    expect(radius).toBeLessThan(RADIUS);
    // Desktop spans 70,2% of the turn, clockwise from 12 o'clock: its middle is on the right.
    expect(desktop!.centroid[0]).toBeGreaterThan(0);
    expect(mobile!.centroid[0]).toBeLessThan(0);
    expect(desktop!.labelled && mobile!.labelled).toBe(true);
  });
});
