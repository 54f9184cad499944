// Per-kind validation (what an element loads) against the full schema (what cst-validate uses):
// the same answer and the same errors, word for word, on the fixtures and on thousands of random
// mutations of them.
import { describe, expect, it } from 'vitest';
import {
  DATASET_KINDS,
  type DatasetKind,
  KIND_DEFS as DEFS,
  kindErrors,
  validateDataset,
  validateDatasetAs,
  validateEnvelope,
  validateReport,
} from '../src/index.js';
import { readFixture } from './load.js';
import { mutate, prng } from './mutations.js';

/** What an element does: check the kind, then validate with that kind's definition. */
function perKind(input: unknown, path: string) {
  const wrong = kindErrors(input, path);
  if (wrong.length) return { valid: false, errors: wrong };
  const { valid, errors } = validateDatasetAs(input, DEFS[(input as { kind: DatasetKind }).kind], path);
  return { valid, errors };
}

function full(input: unknown, path: string) {
  const { valid, errors } = validateDataset(input, path);
  return { valid, errors };
}

const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);

describe('per-kind validation', () => {
  const focus = readFixture('focus-2016.json') as { datasets: Record<string, unknown> };

  it('has a definition for every kind', () => {
    expect(Object.keys(DEFS).sort()).toEqual([...DATASET_KINDS].sort());
    for (const kind of DATASET_KINDS) expect(DEFS[kind].kind).toBe(kind);
  });

  it('accepts every dataset of the Focus 2016 fixture, as the full schema does', () => {
    for (const [id, dataset] of Object.entries(focus.datasets)) {
      expect(perKind(dataset, `$.datasets.${id}`), id).toEqual({ valid: true, errors: [] });
    }
  });

  it('words a missing or unknown kind exactly as the full schema', () => {
    const inputs = [null, 5, 'a', [], {}, { kind: 5 }, { kind: 'foo' }, { kind: '__proto__' }, { kind: '' }];
    for (const input of inputs) expect(perKind(input, '$.datasets.a')).toEqual(full(input, '$.datasets.a'));
  });

  it(`gives the full schema's errors on ${RUNS} random mutations of every dataset`, () => {
    const rand = prng(2017);
    const ids = Object.keys(focus.datasets);
    let invalid = 0;
    for (let run = 0; run < RUNS; run++) {
      const id = ids[run % ids.length]!;
      const holder = { dataset: structuredClone(focus.datasets[id]) };
      for (let i = 1 + Math.floor(rand() * 3); i > 0; i--) mutate(holder, rand);
      const path = `$.datasets.${id}`;
      const expected = full(holder.dataset, path);
      if (!expected.valid) invalid++;
      expect(perKind(holder.dataset, path), `run ${run} (${id})`).toEqual(expected);
    }
    expect(invalid).toBeGreaterThan(RUNS / 4);
  });

  it('refuses a dataset of another kind than the definition given', () => {
    const result = validateDatasetAs(focus.datasets['sla'], DEFS.kpi, '$.datasets.sla');
    expect(result.valid).toBe(false);
    expect(result.errors[0]).toEqual({
      path: '$.datasets.sla.kind',
      message: 'must be "kpi" here, not the text "sla"',
      code: 'wrong-kind',
      params: { expected: 'kpi', receivedType: 'text', received: 'sla' },
    });
  });
});

describe('validateEnvelope', () => {
  const focus = readFixture('focus-2016.json') as Record<string, unknown>;

  it('gives the full schema errors for every field but the datasets, on random mutations', () => {
    const rand = prng(2018);
    for (let run = 0; run < RUNS; run++) {
      const doc = structuredClone({ ...focus, datasets: {} }) as Record<string, unknown>;
      mutate(doc, rand);
      // Datasets' content is not the envelope's business: only a non-object `datasets` is compared.
      const datasets = doc.datasets;
      if (typeof datasets === 'object' && datasets !== null && !Array.isArray(datasets)) doc.datasets = {};
      expect(validateEnvelope(doc).errors, `run ${run}`).toEqual(validateReport(doc).errors);
    }
  });

  it("checks dataset ids and that datasets is an object, not the datasets' content", () => {
    const ok = validateEnvelope({ ...focus, datasets: { sla: { kind: 'nonsense' } } });
    expect(ok.valid).toBe(true);
    const badId = validateEnvelope({ ...focus, datasets: { 'Bad Id': {} } });
    expect(badId.errors.map((e) => e.path)).toEqual(['$.datasets["Bad Id"]']);
    const notObject = validateEnvelope({ ...focus, datasets: [] });
    expect(notObject.valid).toBe(false);
  });

  it('refuses a newer major version as validateReport does', () => {
    const doc = { ...focus, schemaVersion: '2.0' };
    expect(validateEnvelope(doc).errors).toEqual(validateReport(doc).errors);
  });
});
