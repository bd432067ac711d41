// The engine's Node entries load one bundle with V8's code cache (src/node-bundle/load.ts). Each
// test runs fresh Node processes against the built package, with their own temp directory: the
// first process that runs a test file writes the cache, later ones use it, and anything the loader
// must not trust (a corrupt file, a folder others may write to) is passed over, never fatal.
import { chmodSync, cpSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cacheName, useCacheSandbox } from './cache-sandbox.js';

const script = fileURLToPath(new URL('./fixtures/code-cache-run.mjs', import.meta.url));
const { temp, cacheDir, cacheFiles, run: runFixture } = useCacheSandbox('code-cache-test-');

interface Outcome {
  statusAfterImport: string;
  commonJsFiles: string[];
  sameEngine?: boolean;
  answer: unknown;
  fileStatus?: number;
  verdict?: string;
  writtenBy?: unknown;
  config: unknown;
  stackFile?: string;
  deepPathMessage?: string;
  lazyPart: { afterImport: boolean; fileAfterImport: string; afterEmptyServer: boolean; afterUnitFile?: boolean; unitRecords?: number; afterRequest: boolean };
  lazyStatus: string;
}

const version = (JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { version: string }).version;

function run(kind: 'esm' | 'cjs' | 'both', work: 'file' | 'import', env: Record<string, string> = {}, page: 'dom' | 'none' = 'none'): Outcome {
  const outcome = JSON.parse(runFixture(script, [kind, work, page], env)) as Outcome;
  expect(outcome.answer).toEqual({ id: 1 });
  const unitFile = work === 'file' ? { afterUnitFile: false, unitRecords: 1 } : {};
  expect(outcome.lazyPart).toEqual({ afterImport: false, fileAfterImport: 'not-loaded', afterEmptyServer: false, ...unitFile, afterRequest: true });
  expect(outcome.config).toEqual({ consumer: 'from-config' });
  expect(outcome.deepPathMessage).toMatch(/^interactions\[0\]\.response\.body(\.a)+…\(\d+ levels\)…(\.a)+: nested more than 128 levels/);
  if (work === 'file') expect([outcome.fileStatus, outcome.verdict, outcome.writtenBy]).toEqual([204, 'green', { version }]);
  return outcome;
}

/** The start-up part's cache file (dist/node.cjs), not the lazy part's (dist/node-lazy.cjs). */
const startupCache = (): string => join(cacheDir(), cacheFiles().find((name) => /^node-[0-9a-f]{16}-/.test(name)) as string);

describe("the engine's code cache", () => {
  it('is written by the first process that runs a test file, in a folder only its user may open, and used by the next', () => {
    expect(run('esm', 'file')).toMatchObject({ statusAfterImport: 'created', lazyStatus: 'created' });
    // One per part: the start-up part's (dist/node.cjs) and the lazy part's (dist/node-lazy.cjs).
    expect(cacheFiles()).toEqual([expect.stringMatching(cacheName('node', '.v8')), expect.stringMatching(cacheName('node-lazy', '.v8'))]);
    if (process.platform !== 'win32') {
      expect(statSync(cacheDir()).mode & 0o777).toBe(0o700);
      for (const name of cacheFiles()) expect(statSync(join(cacheDir(), name)).mode & 0o777).toBe(0o600);
    }
    expect(run('cjs', 'file')).toMatchObject({ statusAfterImport: 'used', lazyStatus: 'used' });
    expect(run('esm', 'import')).toMatchObject({ statusAfterImport: 'used', lazyStatus: 'used' });
  });

  it('finds its own files and imports from its own folder where a DOM global exists (jsdom, happy-dom)', () => {
    expect(run('esm', 'file', {}, 'dom').statusAfterImport).toBe('created');
    expect(run('esm', 'file', {}, 'dom').statusAfterImport).toBe('used');
  });

  it("keeps each install's own cache, so that stack traces name the install's own file", () => {
    const own = run('esm', 'file');
    expect(own.stackFile).toBe(fileURLToPath(new URL('../../dist/node.cjs', import.meta.url)));
    // The same build installed elsewhere (another project on the machine): V8 keeps the file name a
    // script was compiled under, so a shared cache would point its stack traces at the first install.
    const copy = join(temp(), 'other-project', 'node_modules', '@pactwright', 'engine');
    cpSync(fileURLToPath(new URL('../../package.json', import.meta.url)), join(copy, 'package.json'));
    cpSync(fileURLToPath(new URL('../../dist', import.meta.url)), join(copy, 'dist'), { recursive: true });
    const elsewhere = { CODE_CACHE_DIST: join(copy, 'dist') };
    expect(run('esm', 'file', elsewhere)).toMatchObject({ statusAfterImport: 'created', stackFile: join(copy, 'dist', 'node.cjs') });
    expect(run('esm', 'file', elsewhere)).toMatchObject({ statusAfterImport: 'used', stackFile: join(copy, 'dist', 'node.cjs') });
    expect(run('esm', 'file')).toMatchObject({ statusAfterImport: 'used', stackFile: own.stackFile });
    expect(cacheFiles()).toHaveLength(4);
  });

  it('gives ES module and CommonJS users one engine: the same classes from both entries', () => {
    expect(run('both', 'file').sameEngine).toBe(true);
    expect(run('cjs', 'file').sameEngine).toBe(true);
  });

  it('has each ES module entry hold its loader, so that importing it reads no other module of the package', () => {
    const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
    for (const entry of ['index.js', 'runner.js', 'dsl.js']) {
      const text = readFileSync(join(dist, entry), 'utf8');
      expect({ entry, imports: text.match(/^\s*import\b.*$|\bfrom\s+["'][^"']+["']/gm) }).toEqual({ entry, imports: null });
      expect(text).toContain('function loadBundle(');
    }
  });

  it("loads through Node's ES module loader alone in an ES module process (no CommonJS loader start-up)", () => {
    const esm = run('esm', 'file');
    expect(esm.commonJsFiles).toEqual([]);
    // runner.js and index.js, each with its own copy of the loader: one engine.
    expect(esm.sameEngine).toBe(true);
    expect(esm.statusAfterImport).toBe('created');
    // The CommonJS loader copy reports the same engine, loaded once.
    expect(run('esm', 'import').statusAfterImport).toBe('used');
  });

  it('is not replaced at exit by a process that only imported the engine', () => {
    run('esm', 'file');
    const file = startupCache();
    const written = statSync(file).mtimeMs;
    expect(run('esm', 'import').statusAfterImport).toBe('used');
    expect(statSync(file).mtimeMs).toBe(written);
    expect(cacheFiles()).toHaveLength(2);
  });

  it('is written partly at exit by a process that only imported the engine when there was none, and in full by the next that runs a test file', () => {
    expect(run('esm', 'import').statusAfterImport).toBe('created');
    expect(cacheFiles()).toEqual([expect.stringMatching(cacheName('node', '.import.v8')), expect.stringMatching(cacheName('node-lazy', '.import.v8'))]);
    expect(run('esm', 'import')).toMatchObject({ statusAfterImport: 'used-partial', lazyStatus: 'used-partial' });
    expect(run('esm', 'file').statusAfterImport).toBe('used-partial');
    expect(cacheFiles().filter((name) => !name.endsWith('.import.v8'))).toHaveLength(2);
    expect(run('esm', 'file')).toMatchObject({ statusAfterImport: 'used', lazyStatus: 'used' });
  });

  it("removes, when it writes a cache, the same install's caches of an older bundle and any cache file not written for 30 days", () => {
    run('esm', 'file');
    const current = cacheFiles();
    const [, bundle, , install, rest] = /^(node)-([0-9a-f]{16})-([0-9a-f]{16})-(.*)$/.exec(current[0] as string) ?? [];
    const superseded = `${bundle}-0000000000000000-${install}-${rest}`;
    const otherInstall = `${bundle}-0000000000000000-ffffffffffffffff-${rest}`;
    const unused = `dsl-bundle-1111111111111111-eeeeeeeeeeeeeeee-v18.0.0-x64.v8`;
    const notOurs = 'notes.txt';
    for (const name of [superseded, otherInstall, unused, notOurs]) writeFileSync(join(cacheDir(), name), 'old');
    const longAgo = (Date.now() - 40 * 24 * 60 * 60 * 1000) / 1000;
    for (const name of [unused, notOurs]) utimesSync(join(cacheDir(), name), longAgo, longAgo);
    // Nothing is written while the caches are there.
    run('esm', 'file');
    expect(cacheFiles()).toEqual([...current, superseded, otherInstall, unused, notOurs].sort());
    // A new start-up cache is written, and the folder pruned.
    rmSync(join(cacheDir(), current[0] as string));
    expect(run('esm', 'file').statusAfterImport).toBe('created');
    expect(cacheFiles()).toEqual([...current, otherInstall, notOurs].sort());
  });

  it('keeps at most 256 cache files when it writes one, removing the least recently written', () => {
    run('esm', 'file');
    const current = cacheFiles();
    const [, rest] = /^node-[0-9a-f]{16}-[0-9a-f]{16}-(.*)$/.exec(current[0] as string) ?? [];
    // Other installs' caches, written one minute apart over the last days (none 30 days old).
    const others = Array.from({ length: 300 }, (_, i) => `node-0000000000000000-${i.toString(16).padStart(16, '0')}-${rest}`);
    others.forEach((name, i) => {
      writeFileSync(join(cacheDir(), name), 'other');
      const writtenAt = (Date.now() - (300 - i) * 60_000) / 1000;
      utimesSync(join(cacheDir(), name), writtenAt, writtenAt);
    });
    // Nothing is written while this install's caches are there: nothing is pruned either.
    run('esm', 'file');
    expect(cacheFiles()).toHaveLength(current.length + 300);
    rmSync(join(cacheDir(), current[0] as string));
    expect(run('esm', 'file').statusAfterImport).toBe('created');
    const after = cacheFiles();
    expect(after).toHaveLength(256);
    // This install's own caches stay, and of the others the most recently written.
    expect(after).toEqual(expect.arrayContaining(current));
    expect(after).toEqual([...current, ...others.slice(300 - (256 - current.length))].sort());
  });

  it('passes over a corrupt cache file, loads the engine as usual and writes a good one', () => {
    run('esm', 'file');
    const file = startupCache();
    writeFileSync(file, Buffer.from('not a V8 code cache'));
    expect(run('esm', 'file').statusAfterImport).toBe('rejected');
    expect(run('esm', 'file').statusAfterImport).toBe('used');
    // The lazy part's own cache, at the first request (`run` checks that the request was answered).
    const lazyFile = join(cacheDir(), cacheFiles().find((name) => cacheName('node-lazy', '.v8').test(name)) as string);
    writeFileSync(lazyFile, Buffer.from('not a V8 code cache either'));
    expect(run('esm', 'file')).toMatchObject({ statusAfterImport: 'used', lazyStatus: 'rejected' });
    expect(run('esm', 'file')).toMatchObject({ statusAfterImport: 'used', lazyStatus: 'used' });
  });

  it.skipIf(process.platform === 'win32')('is not used from a folder that others may write to', () => {
    run('esm', 'file');
    chmodSync(cacheDir(), 0o777);
    expect(run('esm', 'file').statusAfterImport).toBe('unavailable');
  });

  it.each(['0', 'false', 'OFF', 'no'])('is off with PACTWRIGHT_CODE_CACHE=%s', (value) => {
    expect(run('esm', 'file', { PACTWRIGHT_CODE_CACHE: value })).toMatchObject({ statusAfterImport: 'disabled', lazyStatus: 'not-loaded' });
    expect(cacheFiles()).toEqual([]);
  });

  it("loads through the realm's own require in another realm (Jest's test environment is a vm context), and not in this one", () => {
    const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
    const hash = /loadEngine\("([0-9a-f]+)"/.exec(readFileSync(join(dist, 'index.cjs'), 'utf8'))?.[1];
    expect(hash).toBeDefined();
    const loaderSource = readFileSync(join(dist, 'load.cjs'), 'utf8');
    const realmRequire = createRequire(join(dist, 'index.cjs'));
    // The CommonJS loader evaluated in a fresh context, as Jest evaluates a module in its test realm.
    const context = createContext({ process, URL, TextDecoder, TextEncoder });
    const module = { exports: {} as { loadEngine(hash: string, require: NodeJS.Require): { PactNotRunningError: unknown }; codeCacheStatus(): string } };
    (runInContext(`(function (exports, require, module, __filename, __dirname) { ${loaderSource}\n})`, context) as (...args: unknown[]) => void)(module.exports, realmRequire, module, join(dist, 'load.cjs'), dist);
    const engine = module.exports.loadEngine(hash as string, realmRequire);
    expect(module.exports.codeCacheStatus()).toBe('sandbox');
    expect(typeof engine.PactNotRunningError).toBe('function');
  });
});
