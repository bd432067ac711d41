import { forwardingPact } from '@pactwright/engine/dsl';
import { installFileLifecycleWithoutSetupFile, type VitestHooks } from './file-lifecycle.js';
import { installPactTest } from './fixture.js';
// Loaded with the main entry, which has the DSL already, so the early start below begins at once:
// a dynamic import would wait for Vitest to finish loading the test file.
import { HostedRun } from './hosted-run.js';
import { vitestOfWorker } from './vitest-of-worker.js';
import { markPactUsed, offeredBaseTest, offerReinstall, pactTarget, startEarly } from './worker-slots.js';

/**
 * In a test worker where no setup file has run yet: installs the lifecycle of the file importing
 * the main entry, if the plugin left its setup file out of the project (fresh-workers.ts says
 * when and why). Synchronous, so that the hooks belong to this file as it is collected. The hooks
 * come from the `vitest` Vitest loaded in this worker (vitest-of-worker.ts), else from the plugin's
 * own import (vitest-lifecycle.ts, loaded only then): the main entry must not import `vitest`,
 * which Vitest's main process would then load with the config.
 */
export function installLifecycleWithoutSetupFile(): void {
  if (process.env.VITEST_WORKER_ID === undefined || offeredBaseTest() !== undefined) return;
  installFileLifecycleWithoutSetupFile(vitestOfWorker() ?? ownVitestHooks(), () => Promise.resolve(HostedRun));
}

/** The hooks from the plugin's own import of `vitest`, where the worker keeps no module of its own. */
function ownVitestHooks(): VitestHooks {
  const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
  return (require('./vitest-lifecycle.js') as typeof import('./vitest-lifecycle.js')).vitestHooks;
}

/**
 * Marks this worker's files as using `pact` and, in a test worker (where the setup file left
 * Vitest's `test`), installs the `test` with the `pact` fixture. Run by the main entry when it
 * loads, before the test file's own code, and by the setup file of each later file of a worker
 * that keeps its modules between files.
 */
export function installForThisFile(): void {
  offerReinstall(installForThisFile);
  markPactUsed();
  startEarly(HostedRun);
  const baseTest = offeredBaseTest();
  if (baseTest !== undefined) installPactTest(baseTest, forwardingPact(pactTarget));
}
