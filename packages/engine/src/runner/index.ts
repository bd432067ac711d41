// `@pactwright/engine/runner`: the adapter runtime. The lifecycle every test-runner adapter shares
// (the file run, the bound `pact`, cleanup of abandoned files); adapters keep only their wiring.
export { FileRun, createFileRun, currentFileRun, abortOpenFileRuns } from './file-run.js';
export type { FileRunContext, TestOutcome } from './file-run.js';
export { RunOwner } from './run-owner.js';
export type { RunSummary, RunVerdict } from './run-owner.js';
export { RUN_DIR_VARIABLE } from './run-records.js';
export type { FileRecord, FileRecordKeeper } from './run-records.js';
export { createBoundPact } from './bound-pact.js';
export { forwardingPact } from './forwarding-pact.js';
export type { PactTarget } from './forwarding-pact.js';
export { PactNotRunningError } from '../errors.js';
export { abortOpenFileRunsOnExit } from './exit-cleanup.js';
export { readConfigFile, configFileNames } from './config-file.js';
export { findInstalled, packageOf } from './installed-package.js';
export type { InstalledPackage } from './installed-package.js';
export { optionSource } from './option-sources.js';
export type { RunnerName } from './option-sources.js';
