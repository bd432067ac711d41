/**
 * The file lifecycle (file-lifecycle.ts) bound to the `vitest` this module imports: for the setup
 * file, and for the main entry in a worker where Vitest keeps no module of its own on globalThis
 * (vitest-of-worker.ts). Built as a file of its own (tsup.config.ts): only a test worker loads it,
 * because it imports `vitest`.
 */
import { afterAll, beforeAll, beforeEach, expect, inject, test } from 'vitest';
import { installFileLifecycle as install, installFileLifecycleWithoutSetupFile as installWithoutSetupFile, type LoadHostedRun, type VitestHooks } from './file-lifecycle.js';

const vitest: VitestHooks = { afterAll, beforeAll, beforeEach, expect, inject, test };

// Only a file that imports the main entry begins a session, and only on the `http` transport.
const loadHostedRun: LoadHostedRun = () => import('./hosted-run.js').then(({ HostedRun }) => HostedRun);

/** Registers this test file's hooks (see file-lifecycle.ts). */
export function installFileLifecycle(): void {
  install(vitest, loadHostedRun);
}

/** Registers them where the plugin left its setup file out of the project (see file-lifecycle.ts). */
export function installFileLifecycleWithoutSetupFile(): void {
  installWithoutSetupFile(vitest, loadHostedRun);
}
