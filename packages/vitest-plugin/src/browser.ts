/**
 * `@pactwright/vitest-plugin` in a browser page (Vitest browser mode), chosen through the `browser`
 * export condition: the same names as the Node entry, over the page session. The plugin itself
 * runs in the Vitest config, on Node, and is not here.
 */
import type { PactHandle } from '@pactwright/engine';
import { createPagePact } from './page-pact.js';

export { test, it, type PactwrightFixtures } from './fixture.js';
export { PactNotRunningError } from '@pactwright/engine/core';
export type { PactHandle as PactwrightPact, PactVerificationError } from '@pactwright/engine';
export * from '@pactwright/engine/core';

/** The running file's page session: the same `pact` as in Node test files. */
// The same PactHandle type, declared in the core's bundle of declarations instead of the main one.
export const pact: PactHandle = createPagePact() as unknown as PactHandle;
