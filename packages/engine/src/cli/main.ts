#!/usr/bin/env node
// The `pactwright` bin of @pactwright/engine.
import { runCli } from './run.js';

process.exitCode = await runCli(process.argv.slice(2), process.stdout, process.stderr);
