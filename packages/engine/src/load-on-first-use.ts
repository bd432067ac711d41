// Several dependencies serve one rare need (XML or multipart bodies, Regex generators, the linear
// regex fallback, diffs in failure reports). Loaded with the engine they cost ~60 ms of every test
// file's start-up in runners that isolate files (a fresh process or module graph per file), most of
// them for nothing. Each is loaded by the first call that needs it, synchronously.
//
// On Node that is `require` (every such dependency ships a CommonJS entry), reached through
// `process.getBuiltinModule` so that this module imports nothing of Node's: the engine's core, which
// uses it, also runs in browsers and service workers. There, whoever bundles the core hands the
// modules over with `provideDependencies` (a bundler cannot see a specifier chosen at run time).

/** The dependencies loaded on first use, by their package names. */
export const LAZY_DEPENDENCIES = ['@xmldom/xmldom', 're2js', 'randexp', 'diff'] as const;

/** A package name of {@link LAZY_DEPENDENCIES}. */
export type LazyDependency = (typeof LAZY_DEPENDENCIES)[number];

const provided = new Map<string, unknown>();
let nodeRequire: ((specifier: string) => unknown) | null | undefined;

/**
 * Hands the engine the modules it would otherwise `require` on first use, for platforms without
 * `require` (a browser bundle of the core). Modules given here win over `require`.
 *
 * @example
 * ```ts
 * import * as xmldom from '@xmldom/xmldom';
 * provideDependencies({ '@xmldom/xmldom': xmldom });
 * ```
 */
export function provideDependencies(modules: Partial<Record<LazyDependency, unknown>>): void {
  for (const [name, module] of Object.entries(modules)) provided.set(name, module);
}

function platformRequire(): ((specifier: string) => unknown) | null {
  const host = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const moduleApi = host?.getBuiltinModule?.('node:module') as { createRequire(from: string): (specifier: string) => unknown } | undefined;
  return moduleApi === undefined ? null : moduleApi.createRequire(import.meta.url);
}

function load(specifier: LazyDependency): unknown {
  const given = provided.get(specifier);
  if (given !== undefined) return given;
  nodeRequire ??= platformRequire();
  if (nodeRequire === null) {
    throw new Error(`Pactwright needs the package "${specifier}" for this, and this platform has no require(): pass it to provideDependencies() from the engine`);
  }
  return nodeRequire(specifier);
}

/**
 * A getter for a dependency that loads it on its first call and returns the same module after.
 * `T` is the module's CommonJS export, e.g. `typeof import('diff')` via `import type * as`.
 */
export function loadOnFirstUse<T>(specifier: LazyDependency): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load(specifier) as T);
}
