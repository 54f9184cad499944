import { describe, expect, it } from 'vitest';
import * as bySource from '../../schema/src/index.js';
import * as byName from '@cst/schema';

describe('@cst/schema in Node tests', () => {
  // Read from its sources, as the browser tests and the bundles do: a schema edit is tested at
  // once, never against a stale build in dist/.
  it('resolves to the schema package’s sources, the same modules as a relative import', () => {
    expect(byName.validateDatasetAs).toBe(bySource.validateDatasetAs);
    expect(byName.kpiKind).toBe(bySource.kpiKind);
  });
});
