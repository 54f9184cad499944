// Regenerates report.schema.json from the built library: `pnpm --filter @cst/schema schema:write`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import * as docs from '../dist/docs/index.js';
import * as lib from '../dist/index.js';
import { SCHEMA_FILE, buildJsonSchema } from './json-schema.mjs';

const path = fileURLToPath(SCHEMA_FILE);
const options = (await prettier.resolveConfig(path)) ?? {};
const text = await prettier.format(JSON.stringify(buildJsonSchema(lib, docs)), {
  ...options,
  filepath: path,
});
writeFileSync(path, text);
console.log(`wrote ${path}`);
