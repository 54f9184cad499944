import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from './errors.js';
import { problemMessages } from './problem-message.js';

describe('error codes', () => {
  it('each has words in Italian and in English', () => {
    for (const code of ERROR_CODES) {
      expect(problemMessages.it[code], `it: ${code}`).toBeTruthy();
      expect(problemMessages.en[code], `en: ${code}`).toBeTruthy();
    }
  });
});
