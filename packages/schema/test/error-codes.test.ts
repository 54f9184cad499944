// Every error carries a machine-readable code and the values its message names, so that it can be
// worded in Italian (formatError); unknown names get the closest allowed one as a suggestion.
import { describe, expect, it } from 'vitest';
import {
  KIND_DEFS,
  type ValidationError,
  formatError,
  validateDataset,
  validateDatasetAs,
  validateEnvelope,
  validateReport,
} from '../src/index.js';
import { readFixture } from './load.js';
import { mutate, prng } from './mutations.js';

// These tests break documents on purpose, in ways the types forbid.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function errorsOf(change: (doc: Json) => void): ValidationError[] {
  const doc: Json = readFixture('minimal.json');
  change(doc);
  return validateReport(doc).errors;
}

const only = (errors: ValidationError[]) => {
  expect(errors).toHaveLength(1);
  return errors[0]!;
};

describe('error codes', () => {
  it('gives every error of 3.000 random mutations a code, and an Italian wording of its own', () => {
    const fixture = readFixture('focus-2016.json');
    const rand = prng(19);
    const codes = new Set<string>();
    const untold: string[] = [];
    for (let run = 0; run < 3000; run++) {
      const doc = structuredClone(fixture);
      for (let i = 0; i < 1 + Math.floor(rand() * 3); i++) mutate(doc, rand);
      for (const error of validateReport(doc).errors) {
        codes.add(error.code ?? 'none');
        if (!error.code || formatError(error, 'it') === error.message) untold.push(JSON.stringify(error));
      }
    }
    expect(untold.slice(0, 5)).toEqual([]);
    expect(codes.size).toBeGreaterThan(12);
  }, 60_000);

  it('names the value found, cut at 40 characters', () => {
    const error = only(errorsOf((d) => (d.datasets.services.value = 'x'.repeat(100))));
    expect(error).toMatchObject({
      code: 'wrong-type',
      params: { expected: 'number', receivedType: 'text', received: `${'x'.repeat(40)}…` },
    });
    expect(only(errorsOf((d) => (d.datasets.services.value = [1]))).params).toEqual({
      expected: 'number',
      receivedType: 'list',
    });
  });

  it('codes the cross-field rules with the ids and counts they name', () => {
    expect(only(errorsOf((d) => d.datasets.deployment.cells.pop()))).toMatchObject({
      code: 'row-count',
      params: { found: 1, expected: 2 },
    });
    expect(only(errorsOf((d) => (d.datasets.tickets.total.cells['level-2'] = 2042)))).toMatchObject({
      code: 'total-mismatch',
      params: { stated: 2042 },
    });
    expect(only(errorsOf((d) => (d.datasets.sla.items[0].status = 'breached')))).toMatchObject({
      code: 'status-disagrees',
      params: { stated: 'breached', computed: 'met', measured: 99.92, target: 99, direction: 'at-least' },
    });
    expect(only(errorsOf((d) => (d.datasets.tickets.rows[0].cells['level-1'] = '-')))).toMatchObject({
      code: 'text-in-number-column',
      params: { type: 'count', receivedType: 'text', received: '-' },
    });
  });
});

describe('did you mean', () => {
  it('suggests the allowed field a misspelt one is closest to', () => {
    const mesured = only(
      errorsOf((d) => {
        const item = d.datasets.sla.items[0];
        item.mesured = item.measured;
        delete item.measured;
      }),
    );
    expect(mesured).toMatchObject({
      path: '$.datasets.sla.items[0].mesured',
      message: 'unknown field "mesured"',
      code: 'unknown-field',
      params: { field: 'mesured', suggestion: 'measured' },
    });
    expect(only(errorsOf((d) => (d.datasets.services.valeu = 1))).params).toEqual({
      field: 'valeu',
      suggestion: 'value',
    });
    expect(only(errorsOf((d) => (d.datasets.services.Title = 'x'))).params?.suggestion).toBe('title');
    expect(only(errorsOf((d) => (d.datasets.services.previous_label = 'x'))).params?.suggestion).toBe(
      'previousLabel',
    );
  });

  it('reads the allowed names of the kind and of the union branch the object is in', () => {
    // measured is a union of { value, text } and { text }: the near miss is named, not "must be an object".
    expect(only(errorsOf((d) => (d.datasets.sla.items[0].measured = { valeu: 99.92 })))).toMatchObject({
      path: '$.datasets.sla.items[0].measured.valeu',
      params: { suggestion: 'value' },
    });
    // "cells" is a field of a table's rows, not of a KPI: no suggestion across kinds.
    expect(only(errorsOf((d) => (d.datasets.services.cels = 1))).params).toEqual({ field: 'cels' });
    expect(only(errorsOf((d) => (d.datasets.tickets.rows[0].cels = 1))).params?.suggestion).toBe('cells');
    expect(only(errorsOf((d) => (d.period.too = '2016-12-31'))).params?.suggestion).toBe('to');
  });

  it('suggests nothing for a name far from every allowed one', () => {
    expect(only(errorsOf((d) => (d.datasets.services.colour = 'red'))).params).toEqual({ field: 'colour' });
    expect(only(errorsOf((d) => (d.subtitle = 'x'))).params).toEqual({ field: 'subtitle' });
  });

  it('suggests the same through every entry point', () => {
    const kpi = { ...(readFixture('minimal.json') as Json).datasets.services, valeu: 1 };
    const expected = { field: 'valeu', suggestion: 'value' };
    expect(only(validateDataset(kpi).errors).params).toEqual(expected);
    expect(only(validateDatasetAs(kpi, KIND_DEFS.kpi).errors).params).toEqual(expected);
    const doc: Json = readFixture('minimal.json');
    doc.licence = doc.license;
    delete doc.license;
    expect(validateEnvelope(doc).errors).toContainEqual({
      path: '$.licence',
      message: 'unknown field "licence"',
      code: 'unknown-field',
      params: { field: 'licence', suggestion: 'license' },
    });
  });

  it('suggests statuses, columns, groups, series, trends and choices by the same measure', () => {
    expect(only(errorsOf((d) => (d.datasets.deployment.cells[0][0] = 'onlien'))).params).toMatchObject({
      id: 'onlien',
      suggestion: 'online',
    });
    expect(only(errorsOf((d) => (d.datasets.tickets.rows[0].cells['levl-1'] = 1))).params?.suggestion).toBe(
      'level-1',
    );
    expect(only(errorsOf((d) => (d.datasets.services.trend = 'credential'))).params?.suggestion).toBe(
      'credentials',
    );
    expect(only(errorsOf((d) => (d.datasets.sla.items[0].status = 'breched'))).params).toMatchObject({
      allowed: ['met', 'at-risk', 'breached', 'not-measured'],
      suggestion: 'breached',
    });
  });
});

describe('SLA at-risk margin', () => {
  const withMargin = (margin: number, change?: (sla: Json) => void) =>
    errorsOf((d) => {
      d.datasets.sla.atRiskMargin = margin;
      change?.(d.datasets.sla);
    });

  it('refuses a negative margin', () => {
    expect(only(withMargin(-0.5))).toMatchObject({
      path: '$.datasets.sla.atRiskMargin',
      message: 'must be 0 or more, not -0.5',
      code: 'too-small',
      params: { min: 0 },
    });
  });

  it('takes points for percent targets, up to 100', () => {
    expect(withMargin(0.5)).toEqual([]);
    expect(withMargin(5)).toEqual([]);
    expect(only(withMargin(150))).toMatchObject({
      code: 'margin-too-large',
      params: { code: 'SLA.1', percent: true },
    });
  });

  it('refuses a margin of a whole target or more where a target is not a percent', () => {
    const msTarget = (sla: Json) =>
      sla.items.push({
        code: 'SLA.3',
        label: 'Tempo di risposta',
        target: { direction: 'at-most', value: 7, format: { style: 'unit', unit: 'millisecond' } },
        measured: { value: 5 },
      });
    expect(withMargin(0.05, msTarget)).toEqual([]);
    expect(only(withMargin(5, msTarget))).toEqual({
      path: '$.datasets.sla.atRiskMargin',
      message:
        'is a fraction of the target for SLA.3 (not a percent target): 5 would mean 500%; write 0.05 for 5%',
      code: 'margin-too-large',
      params: { margin: 5, code: 'SLA.3', percent: false },
    });
  });
});
