import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RUNTIME_DIR, RUNTIME_NODE } from './paths.js';

/** What bench/runtime must hold: Node 24, pact-core (the Rust target), Pact JS and Vitest 3 (PACTJS). */
const RUNTIME_PACKAGES = ['@pact-foundation/pact-core', '@pact-foundation/pact', 'vitest'];

/** Whether bench/runtime is installed with everything its workloads need. */
export function runtimeInstalled(): boolean {
  return existsSync(RUNTIME_NODE) && RUNTIME_PACKAGES.every((name) => existsSync(join(RUNTIME_DIR, 'node_modules', name, 'package.json')));
}

/**
 * Installs bench/runtime from its lockfile when something is missing (`npm ci --prefix`); throws
 * with the command to run by hand when that fails.
 */
export function ensureRuntime(log: (line: string) => void = () => undefined): void {
  if (runtimeInstalled()) return;
  log('Installing bench/runtime (Node 24, pact-core, Pact JS 17, Vitest 3.2.7) ...');
  const run = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', RUNTIME_DIR], { encoding: 'utf8', timeout: 600_000 });
  if (run.status !== 0 || !runtimeInstalled()) throw new Error(`could not install bench/runtime; run \`npm ci --prefix ${RUNTIME_DIR}\` by hand\n${run.stdout}${run.stderr}`);
}
