import { existingRunOwner } from './run-owner.cjs';

/**
 * Jest's `globalTeardown` (set by `preset: '@pactwright/jest-env'`): writes the run's pacts once,
 * when every test file of the run passed; after a red run it leaves every pact as it was and
 * says so, one line per pact. With a global teardown of your own, call this from it.
 *
 * @example
 * ```js
 * // jest.global-teardown.js
 * const pactwrightTeardown = require('@pactwright/jest-env/global-teardown');
 * module.exports = async () => {
 *   await pactwrightTeardown();
 *   // … your own teardown …
 * };
 * ```
 */
async function pactwrightGlobalTeardown(): Promise<void> {
  const owner = existingRunOwner();
  if (owner === undefined) return;
  const summary = await owner.endRun();
  for (const line of [...summary.lines, ...summary.errors]) process.stderr.write(`pactwright: ${line}\n`);
  if (summary.errors.length > 0) throw new Error(`pactwright: ${summary.errors.length === 1 ? 'a pact was' : 'pacts were'} not written (see above)`);
}

export = pactwrightGlobalTeardown;
