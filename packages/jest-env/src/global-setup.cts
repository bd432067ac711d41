import { runOwner } from './run-owner.cjs';

/**
 * Jest's `globalSetup` (set by `preset: '@pactwright/jest-env'`): runs in the main process before
 * any test file, and before the workers start, so they inherit where to hand their outcomes.
 * With a global setup of your own, call this from it.
 *
 * @example
 * ```js
 * // jest.global-setup.js
 * const pactwrightSetup = require('@pactwright/jest-env/global-setup');
 * module.exports = async (globalConfig, projectConfig) => {
 *   await pactwrightSetup();
 *   // … your own setup …
 * };
 * ```
 */
function pactwrightGlobalSetup(): void {
  runOwner().beginRun();
}

export = pactwrightGlobalSetup;
