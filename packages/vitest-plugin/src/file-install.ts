import { forwardingPact } from '@pactwright/engine/dsl';
import { installPactTest } from './fixture.js';
// Loaded with the main entry, which has the DSL already, so the early start below begins at once:
// a dynamic import would wait for Vitest to finish loading the test file.
import { HostedRun } from './hosted-run.js';
import { markPactUsed, offeredBaseTest, offerReinstall, pactTarget, startEarly } from './worker-slots.js';

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
