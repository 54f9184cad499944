import { describe, expect, it } from 'vitest';
import { memoize } from './memo.js';

describe('memoize(compute)', () => {
  it('computes once for the same arguments and again when one changes', () => {
    const calls: unknown[][] = [];
    const data = { rows: 3 };
    const sum = memoize((input: { rows: number }, locale: string) => {
      calls.push([input, locale]);
      return { text: `${input.rows} ${locale}` };
    });
    const first = sum(data, 'it-IT');
    expect(sum(data, 'it-IT')).toBe(first);
    expect(calls).toHaveLength(1);
    expect(sum(data, 'en').text).toBe('3 en');
    expect(sum({ rows: 3 }, 'en')).not.toBe(first);
    expect(calls).toHaveLength(3);
  });
  it('computes again when an argument goes from undefined to a value and back', () => {
    let calls = 0;
    const label = memoize(
      (value: number | undefined) => (calls++, value === undefined ? 'none' : String(value)),
    );
    expect([label(undefined), label(1), label(1), label(undefined)]).toEqual(['none', '1', '1', 'none']);
    expect(calls).toBe(3);
  });
});
