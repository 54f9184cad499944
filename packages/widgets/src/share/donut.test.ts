import { describe, expect, it } from 'vitest';
import { donutArc, donutCentroid, pieAngles, polar } from './donut.js';

const TAU = 2 * Math.PI;

describe('pieAngles', () => {
  it('splits the turn in proportion, clockwise in the order given', () => {
    const [a, b] = pieAngles([70.2, 29.8]);
    expect(a!.start).toBe(0);
    expect(a!.end / TAU).toBeCloseTo(0.702, 10);
    expect(b!.start).toBe(a!.end);
    expect(b!.end).toBeCloseTo(TAU, 10);
  });

  it('gives zero and negative values no angle, and an all-zero whole nothing', () => {
    expect(pieAngles([0, 5]).map((a) => a.end - a.start)).toEqual([0, TAU]);
    expect(pieAngles([0, 0]).map((a) => a.end)).toEqual([0, 0]);
  });
});

describe('donutArc', () => {
  it('draws the outer arc clockwise and the inner one back, large-arc flag past a half turn', () => {
    expect(donutArc(0, Math.PI / 2, 50, 100)).toBe('M0,-100A100,100 0 0 1 100,0L50,0A50,50 0 0 0 0,-50Z');
    expect(donutArc(0, 0.702 * TAU, 58, 100)).toMatch(/^M0,-100A100,100 0 1 1 /);
  });

  it('draws a full turn as a ring of two half circles, outer and inner', () => {
    expect(donutArc(0, TAU, 50, 100)).toBe(
      'M0,-100A100,100 0 1 1 0,100A100,100 0 1 1 0,-100ZM0,-50A50,50 0 1 0 0,50A50,50 0 1 0 0,-50Z',
    );
  });

  it('leaves a gap of the pad angle, half at each end', () => {
    expect(donutArc(0, Math.PI / 2, 50, 100, 0.2)).toMatch(new RegExp(`^M${polar(100, 0.1).join(',')}A`));
  });
});

describe('donutCentroid', () => {
  it('is halfway between the radii, at the middle angle', () => {
    expect(donutCentroid(0, Math.PI, 50, 100)).toEqual([75, 0]);
    expect(donutCentroid(Math.PI, TAU, 50, 100)).toEqual([-75, 0]);
  });
});
