import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bench package folder, whether this runs from src/ (vitest) or dist/ (npm run bench). */
export const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = dirname(BENCH_DIR);
/** The workload pacts live beside the repository, never copied into it. */
export const SHARED_BENCH_DIR = resolve(REPO_ROOT, '..', 'shared', 'bench');
export const RESULTS_DIR = join(BENCH_DIR, 'results');
/** Separate npm prefix holding pact-core and Node 24 (see runtime/package.json for why). */
export const RUNTIME_DIR = join(BENCH_DIR, 'runtime');
export const RUNTIME_NODE = join(RUNTIME_DIR, 'node_modules', '.bin', 'node');
/** The compiled child entry point; children always run plain JS so profiles show no loader frames. */
export const CHILD_SCRIPT = join(BENCH_DIR, 'dist', 'server-child.js');

export function sharedBenchAvailable(): boolean {
  return existsSync(join(SHARED_BENCH_DIR, 'w2-simple-get.pact.json'));
}
