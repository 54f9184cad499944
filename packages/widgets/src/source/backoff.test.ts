import { describe, expect, it } from 'vitest';
import { backoffCeiling, backoffDelay } from './backoff.js';

const options = { baseMs: 1000, capMs: 30_000 };

describe('backoffCeiling', () => {
  it('doubles from the base with each attempt', () => {
    expect([0, 1, 2, 3, 4].map((a) => backoffCeiling(a, options))).toEqual([1000, 2000, 4000, 8000, 16_000]);
  });

  it('never exceeds the cap, however many attempts', () => {
    expect(backoffCeiling(5, options)).toBe(30_000);
    expect(backoffCeiling(1_000, options)).toBe(30_000);
  });

  it('refuses a negative or non-numeric attempt', () => {
    expect(() => backoffCeiling(-1, options)).toThrow('invalid attempt: -1');
    expect(() => backoffCeiling(Number.NaN, options)).toThrow('invalid attempt: NaN');
  });
});

describe('backoffDelay(attempt, options, random)', () => {
  it('is uniform between zero and the ceiling (full jitter)', () => {
    expect(backoffDelay(3, options, () => 0)).toBe(0);
    expect(backoffDelay(3, options, () => 0.5)).toBe(4000);
    expect(backoffDelay(3, options, () => 0.999999)).toBe(7999);
  });

  it('stays under the cap with the largest random value', () => {
    expect(backoffDelay(50, options, () => 0.999999)).toBeLessThan(30_000);
  });

  it('spreads many clients over the window instead of bunching them', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const delays = Array.from({ length: 1000 }, () => backoffDelay(2, options, random));
    const buckets = [0, 0, 0, 0];
    for (const d of delays) buckets[Math.floor(d / 1000)]!++;
    for (const count of buckets) expect(count).toBeGreaterThan(200);
    expect(Math.max(...delays)).toBeLessThan(4000);
  });
});
