import type { ValidationError } from '../src/index.js';

/** A number field holding a text. */
function wrongType(path: string, text: string): ValidationError {
  const params = { expected: 'number', receivedType: 'text', received: text };
  return {
    path,
    message: `must be a number, not the text ${JSON.stringify(text)}`,
    code: 'wrong-type',
    params,
  };
}

/** What the library must report for each file of fixtures/invalid: path, message, code and params exactly. */
export const EXPECTED: Record<string, ValidationError[]> = {
  'invalid/bad-dates.json': [
    {
      path: '$.period.from',
      message: 'must be a real calendar date, not the text "2016-02-30"',
      code: 'not-a-calendar-date',
      params: { receivedType: 'text', received: '2016-02-30' },
    },
    {
      path: '$.period.to',
      message: 'must be a date written YYYY-MM-DD, not the text "2016-13-01"',
      code: 'not-a-date',
      params: { receivedType: 'text', received: '2016-13-01' },
    },
    {
      path: '$.datasets.services.asOf',
      message: 'must be a real calendar date, not the text "2016-02-30"',
      code: 'not-a-calendar-date',
      params: { receivedType: 'text', received: '2016-02-30' },
    },
  ],
  'invalid/matrix-unknown-status.json': [
    {
      path: '$.datasets.deployment.cells[1][1]',
      message: 'unknown status "done" (statuses: online, wip)',
      code: 'unknown-status',
      params: { id: 'done', known: ['online', 'wip'] },
    },
  ],
  'invalid/missing-field.json': [
    {
      path: '$.title',
      message: 'missing required field "title"',
      code: 'missing-field',
      params: { field: 'title' },
    },
    {
      path: '$.datasets.sla.items[1].label',
      message: 'missing required field "label"',
      code: 'missing-field',
      params: { field: 'label' },
    },
  ],
  'invalid/nan-strings.json': [
    wrongType('$.datasets.services.value', 'NaN'),
    wrongType('$.datasets.services.previous', '1e999'),
    wrongType('$.datasets.services.target', 'Infinity'),
  ],
  'invalid/newer-version.json': [
    {
      path: '$.schemaVersion',
      message:
        'schemaVersion 2.0 is newer than this library understands (1.x): update @cst/schema and @cst/widgets',
      code: 'newer-version',
      params: { version: '2.0', supported: '1.x' },
    },
  ],
  // A bare 1e999 is valid JSON syntax, but JSON.parse makes it Infinity.
  'invalid/number-overflow.json': [
    {
      path: '$.datasets.services.value',
      message: 'must be a finite number, not Infinity',
      code: 'not-finite',
      params: { receivedType: 'number', received: 'Infinity' },
    },
  ],
  'invalid/table-unknown-column.json': [
    {
      path: '$.datasets.tickets.rows[1].cells["level-3"]',
      message: 'unknown column "level-3" (columns: state, level-1, level-2)',
      code: 'unknown-column',
      params: { id: 'level-3', known: ['state', 'level-1', 'level-2'] },
    },
  ],
  'invalid/unknown-field.json': [
    {
      path: '$.datasets.services.colour',
      message: 'unknown field "colour"',
      code: 'unknown-field',
      params: { field: 'colour' },
    },
    {
      path: '$.subtitle',
      message: 'unknown field "subtitle"',
      code: 'unknown-field',
      params: { field: 'subtitle' },
    },
  ],
  'invalid/unknown-kind.json': [
    {
      path: '$.datasets.devices.kind',
      message: 'must have a "kind" of kpi, sla, series, matrix, table, share, not the text "pie"',
      code: 'unknown-kind',
      params: { receivedType: 'text', received: 'pie' },
    },
  ],
  'invalid/wrong-type.json': [
    wrongType('$.datasets.sla.items[0].measured.value', '99,92'),
    wrongType('$.datasets.sla.items[2].target.value', 'x'),
  ],
};
