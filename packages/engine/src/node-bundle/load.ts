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
import type * as Fs from 'node:fs';
import type * as Vm from 'node:vm';
import { fnvHash } from '../fnv-hash.js';
import { onCodeCacheFlush } from '../code-cache-flush.js';
import { importHookKey } from './import-hook.js';
import { tempDir } from './temp-dir.js';

// This loader is built as dist/load.cjs for the CommonJS entries and into each ES module entry
// (scripts/write-node-entries.mjs), so that an ES module process never starts Node's CommonJS loader
// for it (its first `require` costs 2-4 ms) and reads no module more than the entry. Node's
// built-ins are reached through process.getBuiltinModule in every copy: an ES import of one builds
// its whole namespace first. The copies share one engine per bundle file, through globalThis.
const fs = (): typeof Fs => process.getBuiltinModule('node:fs');
const path = (): typeof import('node:path') => process.getBuiltinModule('node:path');
const vm = (): typeof Vm => process.getBuiltinModule('node:vm');
const nodeModule = (): typeof import('node:module') => process.getBuiltinModule('node:module');

/** Set to `0` (or `false`, `off`, `no`) to load the engine without the code cache. */
export const CODE_CACHE_VARIABLE = 'PACTWRIGHT_CODE_CACHE';

const OFF = ['0', 'false', 'off', 'no'];

/** How the bundle was loaded in this process, for tests and for debugging a slow start. */
export type CodeCacheStatus = 'not-loaded' | 'disabled' | 'sandbox' | 'unavailable' | 'created' | 'used' | 'used-partial' | 'rejected';

/**
 * The bundles this loader runs, by their file beside it: the whole engine, its lazy part (which the
 * engine's start-up part loads through this loader on first use: scripts/node-bundle-split.mjs),
 * and the DSL alone (`@pactwright/engine/dsl`, which a Vitest worker loads in every isolated test
 * file).
 */
const BUNDLE_FILES = { engine: 'node.cjs', lazy: 'node-lazy.cjs', dsl: 'dsl-bundle.cjs' } as const;

/** Which bundle: the whole engine, its lazy part, or the DSL alone. */
export type BundleName = keyof typeof BUNDLE_FILES;

/** The bundle beside this loader, whichever copy of the loader this is. */
function bundleFile(bundle: BundleName = 'engine'): string {
  return process.getBuiltinModule('node:url').fileURLToPath(new URL(`./${BUNDLE_FILES[bundle]}`, import.meta.url));
}

/** One engine per bundle file and process, shared by the CommonJS and the ES module loader. */
interface Loaded {
  status: CodeCacheStatus;
  engine?: unknown;
}

function loadedState(file: string): Loaded {
  const key = Symbol.for(`pactwright.engine ${file}`);
  const slots = globalThis as unknown as Record<symbol, Loaded | undefined>;
  return (slots[key] ??= { status: 'not-loaded' });
}

/** How this process loaded the engine, or the DSL alone. */
export function codeCacheStatus(bundle: BundleName = 'engine'): CodeCacheStatus {
  return loadedState(bundleFile(bundle)).status;
}

/**
 * Whether this process has run the bundle's lazy part (matching, generators, failure reports and
 * pact files, run on first use: scripts/node-bundle-split.mjs), for tests and for debugging a slow
 * start. The bundle sets the flag when the part runs.
 */
export function lazyPartRan(): boolean {
  return (globalThis as Record<symbol, unknown>)[Symbol.for(`pactwright.lazyPart ${bundleFile()}`)] === true;
}

/**
 * The engine's Node bundle, loaded once per process; `contentHash` names its cache file. `realmRequire`
 * is the CommonJS entry's own `require`, for a realm where the bundle cannot run as a script.
 */
export function loadEngine(contentHash: string, realmRequire?: NodeJS.Require): unknown {
  return loadBundle('engine', contentHash, realmRequire);
}

/** The DSL's bundle (`@pactwright/engine/dsl`), loaded once per process, as {@link loadEngine} loads the engine's. */
export function loadDsl(contentHash: string, realmRequire?: NodeJS.Require): unknown {
  return loadBundle('dsl', contentHash, realmRequire);
}

function loadBundle(bundle: BundleName, contentHash: string, realmRequire: NodeJS.Require | undefined): unknown {
  const file = bundleFile(bundle);
  const state = loadedState(file);
  state.engine ??= load(file, contentHash, state, realmRequire);
  return state.engine;
}

/**
 * A bundle file's module function. The loader passes one argument more than a CommonJS loader: how
 * to load the engine's lazy part with its own code cache (scripts/write-node-entries.mjs).
 */
type CommonJsWrapper = (exports: object, require: (id: string) => unknown, module: { exports: object }, filename: string, dirname: string, loadPart: (contentHash: string) => unknown) => void;

function load(file: string, contentHash: string, state: Loaded, realmRequire: NodeJS.Require | undefined): unknown {
  if (OFF.includes((process.env[CODE_CACHE_VARIABLE] ?? '').trim().toLowerCase())) return plain('disabled', file, state, realmRequire);
  // In another realm (Jest runs test files in a vm context) a script would run in Node's main
  // realm instead, and hand the test objects of the wrong realm. The entry's own `require` is
  // that realm's (Jest's module registry), so the bundle loads there as any other file would.
  // Node's built-in modules are objects of its main realm, so in another realm their prototype is
  // not this realm's Object.prototype (a cheaper test than running a script to compare globals).
  if (Object.getPrototypeOf(fs()) !== Object.prototype) return plain('sandbox', file, state, realmRequire);
  const cache = cacheFilesFor(file, contentHash);
  const full = cache === undefined ? undefined : readIfPresent(cache.full);
  const cachedData = full ?? (cache === undefined ? undefined : readIfPresent(cache.partial));
  // The file is already its module's function (scripts/write-node-entries.mjs, `asModuleFunction`),
  // so its text is compiled as read. It is ASCII, so latin1 reads it right, and fast.
  const script = new (vm().Script)(fs().readFileSync(file, 'latin1'), {
    filename: file,
    ...(cachedData === undefined ? {} : { cachedData }),
  });
  // A script restored from V8's cache cannot `import()` (import-module.ts says why): lend it ours.
  // The key is the bundle's `import.meta.url` as its build defines it (tsup.config.ts).
  (globalThis as Record<symbol, unknown>)[importHookKey(process.getBuiltinModule('node:url').pathToFileURL(file).href)] ??= (specifier: string): Promise<unknown> => import(specifier);
  state.status =
    cache === undefined ? 'unavailable' : cachedData === undefined ? 'created' : script.cachedDataRejected === true ? 'rejected' : full === undefined ? 'used-partial' : 'used';
  const module = { exports: {} };
  // The bundle requires only Node's built-ins as it loads; anything else goes to a real require.
  let fileRequire: NodeJS.Require | undefined;
  const bundleRequire = (id: string): unknown => process.getBuiltinModule(id) ?? (fileRequire ??= nodeModule().createRequire(file))(id);
  const loadPart = (partHash: string): unknown => loadBundle('lazy', partHash, realmRequire);
  (script.runInThisContext() as CommonJsWrapper).call(module.exports, module.exports, bundleRequire, module, file, path().dirname(file), loadPart);
  if (cache !== undefined && state.status !== 'used') whenDone(script, cache);
  return module.exports;
}

function plain(reason: CodeCacheStatus, file: string, state: Loaded, realmRequire: NodeJS.Require | undefined): unknown {
  state.status = reason;
  return (realmRequire ?? nodeModule().createRequire(file))(file);
}

/**
 * The cache files of this bundle, install, Node and architecture, or undefined when no safe folder
 * exists: `full`, written after a test file ran, and `partial`, written at exit by a process that
 * ran none.
 */
function cacheFilesFor(file: string, contentHash: string): { full: string; partial: string } | undefined {
  try {
    const uid = process.getuid?.();
    const { join, basename } = path();
    const dir = join(tempDir(), `pactwright-code-cache-${uid ?? 'user'}`);
    // Made only when missing: every start would otherwise pay for a mkdir of a folder that exists.
    let folder = fs().statSync(dir, { throwIfNoEntry: false });
    if (folder === undefined) {
      fs().mkdirSync(dir, { recursive: true, mode: 0o700 });
      folder = fs().statSync(dir);
    }
    // Only a folder of this user that nobody else may write to: a planted file would run as code.
    if (uid !== undefined && (folder.uid !== uid || (folder.mode & 0o022) !== 0)) return undefined;
    // The bundle's path is part of the name: V8 keeps the script name it compiled under, so a cache
    // from another install of the same bundle would name that install's file in every stack trace.
    // Named so that CACHE_FILE_NAME reads it back (pruneBeside).
    const base = join(dir, `${basename(file, '.cjs')}-${contentHash}-${fnvHash(file)}-${process.version}-${process.arch}`);
    return { full: `${base}.v8`, partial: `${base}.import.v8` };
  } catch {
    return undefined;
  }
}

function readIfPresent(file: string): Buffer | undefined {
  // Asked first: a missing file is the usual case for one of the two, and a failed read costs an
  // exception with its stack.
  if (!fs().existsSync(file)) return undefined;
  try {
    return fs().readFileSync(file);
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
function whenDone(script: Vm.Script, cache: { full: string; partial: string }): void {
  let done = false;
  const finish = (file: string): void => {
    if (done) return;
    done = true;
    process.removeListener('exit', atExit);
    forget();
    writeCache(script, file);
  };
  const atExit = (): void => {
    if (!fs().existsSync(cache.full) && !fs().existsSync(cache.partial)) finish(cache.partial);
  };
  const forget = onCodeCacheFlush(() => finish(cache.full));
  process.once('exit', atExit);
}

/** Writes beside and renames, so that a process starting meanwhile reads the old file or the new one. */
function writeCache(script: Vm.Script, cacheFile: string): void {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    fs().writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
    fs().renameSync(temporary, cacheFile);
  } catch {
    try {
      fs().unlinkSync(temporary);
    } catch {
      // Nothing was written.
    }
    return;
  }
  pruneBeside(cacheFile);
}

/** A cache file's name: bundle, content hash, install path hash, Node version, architecture (cacheFilesFor). */
const CACHE_FILE_NAME = /^([a-z-]+?)-([0-9a-f]{16})-([0-9a-f]{16})-(v[\w.-]+)-(\w+)\.(?:import\.)?v8(?:\.\d+\.tmp)?$/;

/** How long a cache file that no process rewrote is kept: one still in use is made again, once. */
const UNUSED_AFTER_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * How many cache files the folder keeps at most. An install has up to two per bundle and Node
 * version (about 0.7 MB in all), so this holds dozens of projects; it bounds a machine that installs
 * at a new path again and again (a test suite's temporary projects, a CI runner's per-build
 * folders), whose caches the 30 days alone would keep (one development machine had 1,300 files,
 * 200 MB, after two days).
 */
const MAX_CACHE_FILES = 256;

/**
 * Removes the cache files no process will read again, each time a cache is written (which happens
 * once per bundle content, install, Node version and architecture): the caches of the same install
 * and Node for an earlier content of the bundle (an upgrade of the package), any cache file not
 * written for 30 days (an install that is gone, a Node version no longer used), and beyond
 * {@link MAX_CACHE_FILES}, the least recently written. Without it the folder only grows, by a few
 * hundred kilobytes per upgrade and per project. Failures are ignored: a file another process is
 * reading stays readable until it closes it.
 */
function pruneBeside(cacheFile: string): void {
  try {
    const { basename, dirname, join } = path();
    const dir = dirname(cacheFile);
    const written = CACHE_FILE_NAME.exec(basename(cacheFile));
    if (written === null) return;
    const [, bundle, contentHash, installHash, version, arch] = written;
    const unusedBefore = Date.now() - UNUSED_AFTER_MS;
    const kept: { file: string; writtenMs: number }[] = [];
    for (const name of fs().readdirSync(dir)) {
      const other = CACHE_FILE_NAME.exec(name);
      if (other === null) continue;
      const file = join(dir, name);
      const superseded = other[1] === bundle && other[2] !== contentHash && other[3] === installHash && other[4] === version && other[5] === arch;
      // Gone meanwhile: another process pruning at the same time.
      const writtenMs = fs().statSync(file, { throwIfNoEntry: false })?.mtimeMs;
      if (writtenMs === undefined) continue;
      if (superseded || writtenMs < unusedBefore) fs().rmSync(file, { force: true });
      // Another process's write in progress is its own to finish.
      else if (file !== cacheFile && !name.endsWith('.tmp')) kept.push({ file, writtenMs });
    }
    const excess = kept.length + 1 - MAX_CACHE_FILES;
    if (excess > 0) for (const { file } of kept.sort((a, b) => a.writtenMs - b.writtenMs).slice(0, excess)) fs().rmSync(file, { force: true });
  } catch {
    // Left for the next write.
  }
}
