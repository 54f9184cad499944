import { describe, expect, it } from 'vitest';
import { areaPath, linePath } from './path.js';

describe('linePath(xs, ys)', () => {
  it('draws straight segments through every point', () => {
    expect(linePath([0, 10, 20], [5, 0, 2.5])).toBe('M0,5L10,0L20,2.5');
  });
  it('starts a new segment after a gap', () => {
    expect(linePath([0, 1, 2, 3], [1, null, 2, 3])).toBe('M0,1M2,2L3,3');
  });
  it('rounds to hundredths so paths stay short', () => {
    expect(linePath([0.123456], [1 / 3])).toBe('M0.12,0.33');
  });
  it('is empty for no points', () => {
    expect(linePath([], [])).toBe('');
  });
});

describe('areaPath(xs, ys, baseline)', () => {
  it('closes each run on the baseline', () => {
    expect(areaPath([0, 10], [5, 3], 20)).toBe('M0,5L10,3L10,20L0,20Z');
  });
  it('splits at gaps', () => {
    expect(areaPath([0, 1, 2, 3], [1, 2, null, 4], 9)).toBe('M0,1L1,2L1,9L0,9ZM3,4L3,9L3,9Z');
  });
});
