import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReportDocument } from '../src/index.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Parses a fixture (relative to fixtures/), fresh each time so tests may mutate it. */
export function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(FIXTURES + name, 'utf8'));
}

export function readDocument(name: string): ReportDocument {
  return readFixture(name) as ReportDocument;
}

export const VALID_FIXTURES = ['focus-2016.json', 'minimal.json', 'centro-servizi-oggi.json'];

export const INVALID_FIXTURES = readdirSync(FIXTURES + 'invalid')
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => `invalid/${f}`);
