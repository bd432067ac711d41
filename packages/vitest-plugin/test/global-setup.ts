import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { engineDir, node24Binary, node24Dir, packageDir, repoRoot, vitestMajors, vitestRuntime } from './support/paths.js';
import { buildStore } from './support/store.js';

const run = promisify(execFile);

declare module 'vitest' {
  export interface ProvidedContext {
    /** `node_modules` dirs laid out like a user's install, per Vitest major (absent: that major cannot run here). */
    stores: Partial<Record<'3' | '4' | '5', string>>;
    /** Why a major is skipped. */
    unavailable: Partial<Record<'3' | '4' | '5', string>>;
  }
}

/**
 * Once per run: build this package as `npm run build` does (the fixtures load its dist as users do), make sure the Node 24
 * binary for Vitest 5 is installed, and lay out one install per Vitest major.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(join(engineDir, 'dist/index.js'))) {
    throw new Error(`@pactwright/engine is not built (${engineDir}/dist): run npm run build first`);
  }
  // The package's own build (tsup): the page's files are bundles for the browser, not tsc output.
  await run(process.execPath, [join(repoRoot, 'node_modules/tsup/dist/cli-default.js')], { cwd: packageDir });
  if (!existsSync(node24Binary)) {
    // Not a workspace on purpose (see its package.json); installed here on first use.
    await run('npm', ['ci', '--prefix', node24Dir, '--no-audit', '--no-fund'], { cwd: node24Dir, timeout: 300_000 }).catch(() => undefined);
  }
  const storeDir = await mkdtemp(join(tmpdir(), 'pactwright-vitest-store-'));
  const stores: Partial<Record<'3' | '4' | '5', string>> = {};
  const unavailable: Partial<Record<'3' | '4' | '5', string>> = {};
  for (const major of vitestMajors) {
    const runtime = vitestRuntime(major);
    if (runtime.unavailable !== undefined) unavailable[`${major}`] = runtime.unavailable;
    else stores[`${major}`] = await buildStore(storeDir, runtime);
  }
  project.provide('stores', stores);
  project.provide('unavailable', unavailable);
  return () => rm(storeDir, { recursive: true, force: true });
}
