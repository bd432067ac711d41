/**
 * The file lifecycle (file-lifecycle.ts) bound to the `vitest` this module imports: for the setup
 * file, and the hooks alone for the main entry in a worker where Vitest keeps no module of its own
 * on globalThis (vitest-of-worker.ts). Built as a file of its own (tsup.config.ts): only a test
 * worker loads it, because it imports `vitest`.
 */
import { afterAll, beforeAll, beforeEach, expect, inject, test } from 'vitest';
import { installFileLifecycle as install, type VitestHooks } from './file-lifecycle.js';

/** The functions of `vitest` the lifecycle calls, from this module's own import. */
export const vitestHooks: VitestHooks = { afterAll, beforeAll, beforeEach, expect, inject, test };

/** Registers this test file's hooks (see file-lifecycle.ts). */
export function installFileLifecycle(): void {
  // Only a file that imports the main entry begins a session, and only on the `http` transport.
  install(vitestHooks, () => import('./hosted-run.js').then(({ HostedRun }) => HostedRun));
}
