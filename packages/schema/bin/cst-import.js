#!/usr/bin/env node
// cst-import file.csv --kind <kind> --id <dataset-id> [--into report.json] …: see src/cli/import.ts.
import { main } from '../dist/cli/import.js';

process.exitCode = await main(process.argv.slice(2));
