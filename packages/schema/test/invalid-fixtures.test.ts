import { describe, expect, it } from 'vitest';
import { validateReport } from '../src/index.js';
import { EXPECTED } from './expected-errors.js';
import { INVALID_FIXTURES, VALID_FIXTURES, readFixture } from './load.js';

describe('fixtures', () => {
  it.each(VALID_FIXTURES)('%s is valid', (name) => {
    expect(validateReport(readFixture(name)).errors).toEqual([]);
  });

  it('has an expectation for every invalid fixture', () => {
    expect(INVALID_FIXTURES).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(INVALID_FIXTURES)('%s is refused with the expected paths and messages', (name) => {
    const result = validateReport(readFixture(name));
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual(EXPECTED[name]);
  });
});
