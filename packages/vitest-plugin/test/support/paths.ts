import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const repoRoot = resolve(packageDir, '../..');
export const engineDir = join(repoRoot, 'packages/engine');
export const fixturesDir = join(packageDir, 'test/fixtures');

export type VitestMajor = 3 | 4 | 5;
export const vitestMajors: readonly VitestMajor[] = [3, 4, 5];

/** Where a Vitest major is installed and which Node binary runs it. */
export interface VitestRuntime {
  major: VitestMajor;
  /** The installed `vitest` package directory (real path). */
  vitestDir: string;
  version: string;
  node: string;
  /** Why this major cannot run here, when it cannot. */
  unavailable?: string;
}

export const node24Dir = join(packageDir, '..', '..', 'harnesses', 'vitest5', 'node24');
export const node24Binary = join(node24Dir, 'node_modules/.bin/node');

/** The harness package pinning `major`, and the Node binary it needs (Vitest 5: Node >= 22). */
export function vitestRuntime(major: VitestMajor): VitestRuntime {
  const harness = join(packageDir, '..', '..', 'harnesses', `vitest${major}`);
  const require = createRequire(join(harness, 'package.json'));
  let vitestDir: string;
  try {
    vitestDir = dirname(require.resolve('vitest/package.json'));
  } catch {
    return { major, vitestDir: '', version: '', node: '', unavailable: `vitest is not installed in ${harness} (run npm install)` };
  }
  const version = (require('vitest/package.json') as { version: string }).version;
  if (!version.startsWith(`${major}.`)) {
    return { major, vitestDir, version, node: '', unavailable: `${harness} resolves vitest ${version}, not ${major}.x` };
  }
  if (major < 5) return { major, vitestDir, version, node: process.execPath };
  if (!existsSync(node24Binary)) {
    return { major, vitestDir, version, node: '', unavailable: `no Node 24 binary at ${node24Binary} (npm ci --prefix ${node24Dir})` };
  }
  return { major, vitestDir, version, node: node24Binary };
}
