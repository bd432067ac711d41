/**
 * `@pactwright/vitest-plugin`: Pact consumer tests in Vitest.
 *
 * - {@link pactwright}: the plugin for `vitest.config`.
 * - {@link pact}: the running file's mock server and DSL; also a fixture of {@link test}.
 * - The Pact matchers (`like`, `eachLike`, `integer`, …), re-exported from the engine.
 *
 * @packageDocumentation
 */
import { forwardingPact } from '@pactwright/engine/dsl';
import type { PactHandle } from '@pactwright/engine';
import { installForThisFile, installLifecycleWithoutSetupFile } from './file-install.js';
import { pactTarget } from './worker-slots.js';

export { pactwright, type PactwrightPluginOptions } from './plugin.js';
export { test, it, type PactwrightFixtures } from './fixture.js';
export { PactNotRunningError } from '@pactwright/engine/dsl';
export type { PactHandle as PactwrightPact, PactVerificationError } from '@pactwright/engine';
export * from '@pactwright/engine/matchers';

/**
 * The running test file's Pactwright mock server and consumer DSL (`pact.uponReceiving(…)`,
 * `pact.url`). Valid inside tests and hooks of a project that uses the {@link pactwright} plugin.
 *
 * @example
 * ```ts
 * import { expect, test } from 'vitest';
 * import { pact, like } from '@pactwright/vitest-plugin';
 *
 * test('gets a user', async () => {
 *   pact.uponReceiving('a request for user 1')
 *     .withRequest({ method: 'GET', path: '/users/1' })
 *     .willRespondWith({ status: 200, body: like({ id: 1 }) });
 *   expect((await fetch(`${pact.url}/users/1`)).status).toBe(200);
 * });
 * ```
 */
export const pact: PactHandle = forwardingPact(pactTarget);

// In a test worker, this import is what tells the file's lifecycle that the file uses `pact`: only
// then does it begin a session and a mock server for the file.
installLifecycleWithoutSetupFile();
installForThisFile();
