import { cp, mkdir, readFile, symlink } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { engineDir, packageDir, type VitestRuntime } from './paths.js';

/**
 * Builds `<storeDir>/vitest<major>/node_modules`, laid out like a user's install: the built plugin
 * and engine copied in (real directories under a `node_modules`, so Vitest externalizes them as it
 * does for users, instead of transforming the monorepo sources), `vitest` linked to the harness's
 * install, and the engine's dependencies linked to the monorepo's copies. Fixture projects link
 * their `node_modules` here.
 */
export async function buildStore(storeDir: string, runtime: VitestRuntime): Promise<string> {
  const modules = join(storeDir, `vitest${runtime.major}`, 'node_modules');
  await mkdir(join(modules, '@pactwright'), { recursive: true });
  await symlink(runtime.vitestDir, join(modules, 'vitest'), 'dir');
  await copyPackage(packageDir, join(modules, '@pactwright/vitest-plugin'), ['package.json', 'dist', 'src']);
  await copyPackage(engineDir, join(modules, '@pactwright/engine'), ['package.json', 'dist', 'schema']);
  // The msw transport and the DOM environments, as a front-end project installs them.
  await copyPackage(join(engineDir, '..', 'msw'), join(modules, '@pactwright/msw'), ['package.json', 'dist']);
  for (const name of ['msw', 'jsdom', 'happy-dom', 'playwright', 'playwright-core']) await symlink(packageRoot(packageDir, name), join(modules, name), 'dir');
  // Browser mode's provider, for the Vitest it was released with (the root's).
  if (runtime.version === providerVersion()) {
    await mkdir(join(modules, '@vitest'), { recursive: true });
    await symlink(packageRoot(packageDir, '@vitest/browser-playwright'), join(modules, '@vitest/browser-playwright'), 'dir');
  }
  const manifest = JSON.parse(await readFile(join(engineDir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  for (const name of Object.keys(manifest.dependencies ?? {})) {
    const target = join(modules, name);
    await mkdir(dirname(target), { recursive: true });
    await symlink(packageRoot(engineDir, name), target, 'dir');
  }
  return modules;
}

async function copyPackage(from: string, to: string, parts: readonly string[]): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const part of parts) {
    await cp(join(from, part), join(to, part), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT' || part === 'dist' || part === 'package.json') throw error;
    });
  }
}

/** The Vitest version the installed browser provider belongs to. */
export function providerVersion(): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(packageRoot(packageDir, '@vitest/browser-playwright'), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return undefined;
  }
}

/** Where Node would find package `name` from `fromDir` (the package directory, not its entry). */
function packageRoot(fromDir: string, name: string): string {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`${name} is not installed where ${fromDir} can see it`);
  }
}
