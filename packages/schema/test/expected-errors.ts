import type { ValidationError } from '../src/index.js';

/** What the library must report for each file of fixtures/invalid, path and message exactly. */
export const EXPECTED: Record<string, ValidationError[]> = {
  'invalid/bad-dates.json': [
    { path: '$.period.from', message: 'must be a real calendar date, not the text "2016-02-30"' },
    { path: '$.period.to', message: 'must be a date written YYYY-MM-DD, not the text "2016-13-01"' },
    { path: '$.datasets.services.asOf', message: 'must be a real calendar date, not the text "2016-02-30"' },
  ],
  'invalid/matrix-unknown-status.json': [
    { path: '$.datasets.deployment.cells[1][1]', message: 'unknown status "done" (statuses: online, wip)' },
  ],
  'invalid/missing-field.json': [
    { path: '$.title', message: 'missing required field "title"' },
    { path: '$.datasets.sla.items[1].label', message: 'missing required field "label"' },
  ],
  'invalid/nan-strings.json': [
    { path: '$.datasets.services.value', message: 'must be a number, not the text "NaN"' },
    { path: '$.datasets.services.previous', message: 'must be a number, not the text "1e999"' },
    { path: '$.datasets.services.target', message: 'must be a number, not the text "Infinity"' },
  ],
  'invalid/newer-version.json': [
    {
      path: '$.schemaVersion',
      message:
        'schemaVersion 2.0 is newer than this library understands (1.x): update @cst/schema and @cst/widgets',
    },
  ],
  // A bare 1e999 is valid JSON syntax, but JSON.parse makes it Infinity.
  'invalid/number-overflow.json': [
    { path: '$.datasets.services.value', message: 'must be a finite number, not Infinity' },
  ],
  'invalid/table-unknown-column.json': [
    {
      path: '$.datasets.tickets.rows[1].cells["level-3"]',
      message: 'unknown column "level-3" (columns: state, level-1, level-2)',
    },
  ],
  'invalid/unknown-field.json': [
    { path: '$.datasets.services.colour', message: 'unknown field "colour"' },
    { path: '$.subtitle', message: 'unknown field "subtitle"' },
  ],
  'invalid/unknown-kind.json': [
    {
      path: '$.datasets.devices.kind',
      message: 'must have a "kind" of kpi, sla, series, matrix, table, share, not the text "pie"',
    },
  ],
  'invalid/wrong-type.json': [
    { path: '$.datasets.sla.items[0].measured.value', message: 'must be a number, not the text "99,92"' },
    { path: '$.datasets.sla.items[2].target.value', message: 'must be a number, not the text "x"' },
  ],
};
