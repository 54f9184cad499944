import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from './errors.js';
import { coreMessages } from './messages.js';

describe('error codes', () => {
  it('each has words in Italian and in English', () => {
    for (const code of ERROR_CODES) {
      expect(coreMessages.it[`error.${code}`], `it: ${code}`).toBeTruthy();
      expect(coreMessages.en[`error.${code}`], `en: ${code}`).toBeTruthy();
    }
  });
});
