#!/usr/bin/env node
// cst-validate [--json] [--lang it|en] file.json [more.json …]: see src/cli/validate.ts.
import { main } from '../dist/cli/validate.js';

process.exitCode = await main(process.argv.slice(2));
