/**
 * `@pactwright/mocha-hooks`: Pact consumer tests in Mocha.
 *
 * - As `--require @pactwright/mocha-hooks` it is a root hook plugin ({@link mochaHooks}): one mock
 *   server per test file, interactions verified after every test; and global fixtures
 *   ({@link mochaGlobalSetup}, {@link mochaGlobalTeardown}) that write the run's pacts once, from a
 *   green run.
 * - In test code: {@link pact} (the running file's mock server and DSL, also `this.pact`) and the
 *   Pact matchers (`like`, `eachLike`, `integer`, …).
 *
 * @packageDocumentation
 */
import type { PactHandle } from '@pactwright/engine';
import { createRootHooks, type PactwrightRootHooks } from './hooks.js';
import { readMochaOptions } from './options.js';

export { pact } from './pact.js';
export { mochaGlobalSetup, mochaGlobalTeardown } from './run-owner.js';
export { PactNotRunningError, configFileNames } from '@pactwright/engine/runner';
export type { PactwrightRootHooks } from './hooks.js';
export type { PactHandle, PactwrightOptions, PactVerificationError } from '@pactwright/engine';
export * from '@pactwright/engine/matchers';

declare global {
  // Mocha's types (@types/mocha) declare this namespace; the augmentation adds `this.pact`.
  // eslint-disable-next-line @typescript-eslint/no-namespace -- the only way to augment Mocha's global types
  namespace Mocha {
    interface Context {
      /** The running test file's Pact mock server and consumer DSL (same object as the `pact` export). */
      pact: PactHandle;
    }
  }
}

/**
 * Mocha's root hook plugin entry: Mocha calls it once per process (once per worker with
 * `--parallel`). Options come from the Mocha config's `pactwright` key and `pactwright.config.*`;
 * a problem reading them fails the run's first hook with a readable message.
 */
export async function mochaHooks(): Promise<PactwrightRootHooks> {
  try {
    return createRootHooks(await readMochaOptions());
  } catch (error) {
    return createRootHooks({}, error);
  }
}
