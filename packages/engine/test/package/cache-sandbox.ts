// What the code cache tests share: each test gets a temp directory of its own, which the fresh
// Node processes they start use as the OS temp directory, so the cache they read and write is the
// test's alone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';

const uid = process.getuid?.() ?? 'user';

/** The running test's temp directory and the cache folder in it. */
export interface CacheSandbox {
  /** The test's temp directory (the processes' `TMPDIR`). */
  temp(): string;
  /** The loader's cache folder in it. */
  cacheDir(): string;
  /** The names in the cache folder, sorted; none before a process made it. */
  cacheFiles(): string[];
  /**
   * Runs `script` with `args` in a fresh Node process over the sandbox, plus `env`; its stdout,
   * after checking that it exited cleanly and wrote nothing to stderr.
   */
  run(script: string, args: readonly string[], env?: Record<string, string>): string;
}

/** A fresh sandbox for each test of the calling file, removed after it. */
export function useCacheSandbox(prefix: string): CacheSandbox {
  let temp: string | undefined;
  beforeEach(() => {
    temp = mkdtempSync(join(tmpdir(), prefix));
  });
  afterEach(() => {
    if (temp !== undefined) rmSync(temp, { recursive: true, force: true });
    temp = undefined;
  });
  const sandbox: CacheSandbox = {
    temp: () => {
      if (temp === undefined) throw new Error('the cache sandbox exists only while a test runs');
      return temp;
    },
    cacheDir: () => join(sandbox.temp(), `pactwright-code-cache-${uid}`),
    cacheFiles: () => (existsSync(sandbox.cacheDir()) ? readdirSync(sandbox.cacheDir()).sort() : []),
    run: (script, args, env = {}) => {
      const child = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, TMPDIR: sandbox.temp(), ...env } });
      expect(child.stderr).toBe('');
      expect(child.status).toBe(0);
      return child.stdout;
    },
  };
  return sandbox;
}

/** The name of `bundle`'s cache file of this Node and architecture, ending in `suffix` (`.v8`, `.import.v8`). */
export function cacheName(bundle: string, suffix: string): RegExp {
  return new RegExp(`^${bundle}-[0-9a-f]{16}-[0-9a-f]{16}-${process.version}-${process.arch}${suffix.replaceAll('.', '\\.')}$`);
}
