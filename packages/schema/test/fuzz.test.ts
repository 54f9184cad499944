// The validator under random mutations of the Focus 2016 fixture: a seeded PRNG (the same
// mutations every run) deletes, replaces and retypes fields, swaps dataset kinds, inserts huge
// strings, NaN-like strings, prototype keys and nested garbage. validateReport never throws and
// always answers either valid or a non-empty list of errors, each with a `$`-rooted path and a
// message. Override the count with FUZZ_RUNS, the seed with FUZZ_SEED.
import { describe, expect, it } from 'vitest';
import { validateReport } from '../src/index.js';
import { readFixture } from './load.js';
import { mutate, nested, prng } from './mutations.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_160_101);

describe('validateReport under 10.000 random mutations of the Focus 2016 fixture', () => {
  const fixture = readFixture('focus-2016.json');

  it('never throws; answers valid, or errors with $-rooted paths and messages', () => {
    const rand = prng(SEED);
    let valid = 0;
    let invalid = 0;
    const failures: string[] = [];
    const kinds = new Set<string>();
    for (let run = 0; run < RUNS && failures.length < 5; run++) {
      const doc = structuredClone(fixture);
      const count = 1 + Math.floor(rand() * 4);
      for (let i = 0; i < count; i++) mutate(doc, rand);
      try {
        const result = validateReport(doc);
        if (result.valid) {
          valid++;
          continue;
        }
        invalid++;
        if (!Array.isArray(result.errors) || result.errors.length === 0)
          failures.push(`run ${run}: invalid without errors`);
        for (const error of result.errors) {
          kinds.add(error.path.split(/[.[]/)[1] ?? '$');
          if (typeof error.path !== 'string' || !error.path.startsWith('$'))
            failures.push(`run ${run}: path ${JSON.stringify(error.path)}`);
          if (typeof error.message !== 'string' || error.message.trim() === '')
            failures.push(`run ${run}: empty message at ${error.path}`);
        }
      } catch (error) {
        failures.push(`run ${run}: threw ${(error as Error)?.stack ?? String(error)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(valid + invalid).toBe(RUNS);
    // The mutations are not all harmless and not all fatal: both answers occur often.
    expect(invalid).toBeGreaterThan(RUNS / 4);
    expect(valid).toBeGreaterThan(0);
    expect(Object.prototype).not.toHaveProperty('polluted');
  }, 60_000);

  it('rejects non-documents with a readable $ error', () => {
    for (const input of [null, undefined, 42, 'report', [], NaN, nested(5000)]) {
      const result = validateReport(input);
      expect(result.valid).toBe(false);
      if (!result.valid) {
        expect(result.errors.length).toBeGreaterThan(0);
        expect(result.errors[0]!.path.startsWith('$')).toBe(true);
        expect(result.errors[0]!.message).not.toBe('');
      }
    }
  });
});
