/**
 * `@pactwright/vitest-plugin`: Pact consumer tests in Vitest.
 *
 * - {@link pactwright}: the plugin for `vitest.config`.
 * - {@link pact}: the running file's mock server and DSL; also a fixture of {@link test}.
 * - The Pact matchers (`like`, `eachLike`, `integer`, …), re-exported from the engine.
 *
 * @packageDocumentation
 */
import { createBoundPact, type PactwrightPact } from './bound-pact.js';

export { pactwright, type PactwrightPluginOptions } from './plugin.js';
export { test, it, type PactwrightFixtures } from './fixture.js';
export { PactNotRunningError } from './errors.js';
export type { PactwrightPact } from './bound-pact.js';
export * from './matchers.js';

/**
 * The running test file's Pactwright mock server and consumer DSL (`pact.uponReceiving(…)`,
 * `pact.url`). Valid inside tests and hooks of a project that uses the {@link pactwright} plugin.
 */
export const pact: PactwrightPact = createBoundPact();
