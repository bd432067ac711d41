import { createRequire } from 'node:module';

// Several dependencies serve one rare need (XML or multipart bodies, Regex generators, the linear
// regex fallback, diffs in failure reports, locking when a pact is written). Loaded with the engine
// they cost ~60 ms of every test file's start-up in runners that isolate files (a fresh process or
// module graph per file), most of them for nothing. Each is loaded by the first call that needs it.
// `require` keeps those calls synchronous; every such dependency ships a CommonJS entry.
const requireDependency = createRequire(import.meta.url);

/**
 * A getter for a dependency that loads it on its first call and returns the same module after.
 * `T` is the module's CommonJS export, e.g. `typeof import('diff')` via `import type * as`.
 */
export function loadOnFirstUse<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= requireDependency(specifier) as T);
}
