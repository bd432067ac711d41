// Loads the engine's Node bundle (dist/node.cjs) with V8's code cache.
//
// Runners that isolate test files (Vitest's forks and threads, a fresh module graph per file) load
// the engine once per file. Compiling its ~0.5 MB of JavaScript, and each function the first time
// it runs, is most of what a Pactwright test file costs there. V8 can hand back the compiled code
// (`createCachedData`) and take it again in the next process (`cachedData`), which Node's module
// loaders do not offer on Node 20 and, on 22+, only process-wide (`module.enableCompileCache`).
// So the bundle is run here as a classic script, the way Node's CommonJS loader runs a file.
//
// The cache lives in the OS temp directory, in a folder of the current user's own (others may not
// write there), per bundle content, install path, Node version and architecture. A process that
// found no full cache writes one after its first test file, holding every function compiled by
// then. Anything unusual (no temp directory, a foreign or open folder, a file V8 rejects, a vm
// sandbox such as Jest's test realm) falls back to plain loading; `PACTWRIGHT_CODE_CACHE=0` (or
// `false`, `off`, `no`) turns it off.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script, runInThisContext } from 'node:vm';
import { fnvHash } from '../fnv-hash.js';
import { importHookKey } from './import-hook.js';

/** Set to `0` (or `false`, `off`, `no`) to load the engine without the code cache. */
export const CODE_CACHE_VARIABLE = 'PACTWRIGHT_CODE_CACHE';

const OFF = ['0', 'false', 'off', 'no'];

/** Where the runner finds the hook that writes the cache (see FileRun.finish). */
const FLUSH_HOOK = Symbol.for('pactwright.codeCache.flush');

/** How the bundle was loaded in this process, for tests and for debugging a slow start. */
export type CodeCacheStatus = 'not-loaded' | 'disabled' | 'sandbox' | 'unavailable' | 'created' | 'used' | 'used-partial' | 'rejected';

let status: CodeCacheStatus = 'not-loaded';
let engine: unknown;

/** How this process loaded the engine. */
export function codeCacheStatus(): CodeCacheStatus {
  return status;
}

/** The engine's Node bundle, loaded once per process; `contentHash` names its cache file. */
export function loadEngine(contentHash: string): unknown {
  engine ??= load(join(__dirname, 'node.cjs'), contentHash);
  return engine;
}

type CommonJsWrapper = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;

function load(file: string, contentHash: string): unknown {
  if (OFF.includes((process.env[CODE_CACHE_VARIABLE] ?? '').trim().toLowerCase())) return plain('disabled', file);
  // In another realm (Jest runs test files in a vm context) a script would run in Node's main
  // realm instead, and hand the test objects of the wrong realm. This module's own `require` is
  // that realm's (Jest's module registry), so the bundle loads there as any other file would.
  if (runInThisContext('globalThis') !== globalThis) return plain('sandbox', file);
  const cache = cacheFilesFor(file, contentHash);
  const full = cache === undefined ? undefined : readIfPresent(cache.full);
  const cachedData = full ?? (cache === undefined ? undefined : readIfPresent(cache.partial));
  // Node's own CommonJS wrapper, on the source's first line, so that line numbers stay the same.
  // The bundle is ASCII (scripts/write-node-entries.mjs), so latin1 reads it right, and fast.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${readFileSync(file, 'latin1')}\n})`, {
    filename: file,
    ...(cachedData === undefined ? {} : { cachedData }),
  });
  // A script restored from V8's cache cannot `import()` (import-module.ts says why): lend it ours.
  // The key is the bundle's `import.meta.url` as its build defines it (tsup.config.ts).
  (globalThis as Record<symbol, unknown>)[importHookKey(pathToFileURL(file).href)] ??= (specifier: string): Promise<unknown> => import(specifier);
  status =
    cache === undefined ? 'unavailable' : cachedData === undefined ? 'created' : script.cachedDataRejected === true ? 'rejected' : full === undefined ? 'used-partial' : 'used';
  const module = { exports: {} };
  (script.runInThisContext() as CommonJsWrapper).call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  if (cache !== undefined && status !== 'used') whenDone(script, cache);
  return module.exports;
}

function plain(reason: CodeCacheStatus, file: string): unknown {
  status = reason;
  // This module's own `require` (the realm's), not one made with createRequire.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(file);
}

/**
 * The cache files of this bundle, install, Node and architecture, or undefined when no safe folder
 * exists: `full`, written after a test file ran, and `partial`, written at exit by a process that
 * ran none.
 */
function cacheFilesFor(file: string, contentHash: string): { full: string; partial: string } | undefined {
  try {
    const uid = process.getuid?.();
    const dir = join(tmpdir(), `pactwright-code-cache-${uid ?? 'user'}`);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const folder = statSync(dir);
    // Only a folder of this user that nobody else may write to: a planted file would run as code.
    if (uid !== undefined && (folder.uid !== uid || (folder.mode & 0o022) !== 0)) return undefined;
    // The bundle's path is part of the name: V8 keeps the script name it compiled under, so a cache
    // from another install of the same bundle would name that install's file in every stack trace.
    const base = join(dir, `${basename(file, '.cjs')}-${contentHash}-${fnvHash(file)}-${process.version}-${process.arch}`);
    return { full: `${base}.v8`, partial: `${base}.import.v8` };
  } catch {
    return undefined;
  }
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Writes the full cache once, when the runner says a test file is done: by then every function a
 * test file needs is compiled, and a process that runs one file (an isolated runner) may be ended
 * before its exit handlers run. A process that ran no test file (a runner's main process loading
 * the config) has compiled little: at exit it writes only the partial cache, and only where there
 * is none of either kind, so that it never replaces a test file's cache; the next process that runs
 * a test file writes the full one.
 */
function whenDone(script: Script, cache: { full: string; partial: string }): void {
  let done = false;
  const finish = (file: string): void => {
    if (done) return;
    done = true;
    process.removeListener('exit', atExit);
    delete (globalThis as Record<symbol, unknown>)[FLUSH_HOOK];
    writeCache(script, file);
  };
  const atExit = (): void => {
    if (!existsSync(cache.full) && !existsSync(cache.partial)) finish(cache.partial);
  };
  (globalThis as Record<symbol, unknown>)[FLUSH_HOOK] = (): void => finish(cache.full);
  process.once('exit', atExit);
}

/** Writes beside and renames, so that a process starting meanwhile reads the old file or the new one. */
function writeCache(script: Script, cacheFile: string): void {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
    renameSync(temporary, cacheFile);
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was written.
    }
  }
}
